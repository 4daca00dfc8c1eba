import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Context } from '../../../context';
import { requireMembership } from '../../auth/authorization';
import { Beacon } from '../beacon.entity';
import { Geofence } from '../geofence.entity';
import { BEACON_COLUMNS, beaconRecord } from './beacon-csv';
import { GEOFENCE_COLUMNS, geofenceRecord } from './geofence-csv';

const PAGE_SIZE = 1000;

type Place = { id: string; createdAt: Date };

const pageOptions = {
  orderBy: { createdAt: 'asc', id: 'asc' },
  limit: PAGE_SIZE,
  disableIdentityMap: true,
} as const;

/** Keyset pagination: the page after `last` in (createdAt, id) order, with no OFFSET to scan past. */
const after = (last: Place | undefined) =>
  last ? { $or: [{ createdAt: { $gt: last.createdAt } }, { createdAt: last.createdAt, id: { $gt: last.id } }] } : {};

async function* pages<T extends Place>(fetchPage: (last: Place | undefined) => Promise<T[]>) {
  let last: T | undefined;
  for (;;) {
    const page = await fetchPage(last);
    if (page.length > 0) yield page;
    if (page.length < PAGE_SIZE) return;
    last = page[page.length - 1];
  }
}

/**
 * One page of rows in memory at a time. Spreadsheets run a cell like `=HYPERLINK(…)` as a formula, so such cells get
 * a leading `'`, which import removes again.
 */
function csvStream<T>(
  columns: readonly string[],
  record: (place: T) => Record<string, unknown>,
  rows: AsyncIterable<T[]>,
): Readable {
  return Readable.from(
    (async function* () {
      yield stringify([], { header: true, columns: [...columns] });
      for await (const page of rows) {
        yield stringify(page.map(record), { columns: [...columns], escape_formulas: true });
      }
    })(),
  );
}

/** Any member may export; archived beacons are left out. */
export async function exportBeacons(ctx: Context, tenantId: string): Promise<Readable> {
  await requireMembership(ctx, tenantId);
  const rows = pages((last) =>
    ctx.em.find(Beacon, { tenant: tenantId, archivedAt: null, ...after(last) }, pageOptions),
  );
  return csvStream(BEACON_COLUMNS, beaconRecord, rows);
}

/** Any member may export; archived geofences are left out. */
export async function exportGeofences(ctx: Context, tenantId: string): Promise<Readable> {
  await requireMembership(ctx, tenantId);
  const rows = pages((last) =>
    ctx.em.find(Geofence, { tenant: tenantId, archivedAt: null, ...after(last) }, pageOptions),
  );
  return csvStream(GEOFENCE_COLUMNS, geofenceRecord, rows);
}
