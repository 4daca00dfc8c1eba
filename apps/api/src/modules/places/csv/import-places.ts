import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../../context';
import { inTransaction } from '../../../db/in-transaction';
import { catalogChanged } from '../../eligibility/catalog-version';
import { conflict } from '../../../graphql/app-error';
import { requireMembership } from '../../auth/authorization';
import { CONTENT_EDITORS } from '../../auth/role';
import { Tenant } from '../../tenants/tenant.entity';
import { Beacon } from '../beacon.entity';
import { applyBeaconFields } from '../beacon.service';
import { Geofence } from '../geofence.entity';
import { encodeTags } from '../tags';
import { BEACON_COLUMNS, beaconKey, checkBeaconRows } from './beacon-csv';
import type { ImportReport } from './csv-report';
import { readCsvTable } from './csv-table';
import { checkGeofenceRows, GEOFENCE_COLUMNS } from './geofence-csv';

/**
 * All rows in one transaction, as multi-row inserts of `batchSize` rows each. insertMany skips the unit of work's
 * change tracking, which would cost more than the inserts themselves for thousands of new entities.
 */
async function insertAll<T extends object>(
  ctx: Context,
  tenantId: string,
  build: (tenant: Tenant) => T[],
): Promise<void> {
  try {
    await inTransaction(ctx, async (tx) => {
      await tx.em.insertMany(build(tx.em.getReference(Tenant, tenantId)));
      await catalogChanged(tx.em, tenantId);
    });
  } catch (error) {
    // Someone created one of these beacons between our check and our insert: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('A beacon of this file was created meanwhile; nothing was imported, try again', 'uuid');
    }
    throw error;
  }
}

async function existingBeaconKeys(ctx: Context, tenantId: string): Promise<Set<string>> {
  const beacons = await ctx.em.find(
    Beacon,
    { tenant: tenantId },
    { fields: ['uuid', 'major', 'minor'], disableIdentityMap: true },
  );
  return new Set(beacons.map(beaconKey));
}

/** Imports every row or none: any invalid row and nothing is written. */
export async function importBeacons(ctx: Context, tenantId: string, csv: string): Promise<ImportReport> {
  await requireMembership(ctx, tenantId, CONTENT_EDITORS);
  const rows = readCsvTable(csv, BEACON_COLUMNS);
  const { values, errors } = checkBeaconRows(rows, await existingBeaconKeys(ctx, tenantId));
  if (errors.length > 0) return { imported: 0, errors };
  await insertAll(ctx, tenantId, (tenant) =>
    values.map((fields) => {
      const beacon = new Beacon({ tenant, ...fields });
      applyBeaconFields(beacon, fields);
      return beacon;
    }),
  );
  return { imported: values.length, errors: [] };
}

/** Imports every row or none: any invalid row and nothing is written. */
export async function importGeofences(ctx: Context, tenantId: string, csv: string): Promise<ImportReport> {
  await requireMembership(ctx, tenantId, CONTENT_EDITORS);
  const { values, errors } = checkGeofenceRows(readCsvTable(csv, GEOFENCE_COLUMNS));
  if (errors.length > 0) return { imported: 0, errors };
  await insertAll(ctx, tenantId, (tenant) =>
    values.map(({ name, tags, geometry }) => {
      const geofence = new Geofence(tenant, name, geometry);
      geofence.tagsText = encodeTags(tags ?? []);
      return geofence;
    }),
  );
  return { imported: values.length, errors: [] };
}
