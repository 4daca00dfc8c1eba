import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { ALL_ROLES, loadForMember, requireMembership } from '../auth/authorization';
import { CONTENT_EDITORS } from '../auth/role';
import { Beacon } from './beacon.entity';
import type { LatLng } from './lat-lng';
import { type PlaceListArgs, placeListWhere } from './list-filters';
import { archived, duplicateBeacon } from './places.errors';
import { encodeTags } from './tags';

type BeaconFields = { name: string; uuid: string; major: number; minor: number; placement?: LatLng; tags?: string[] };

async function assertUnique(
  ctx: Context,
  tenantId: string,
  b: { uuid: string; major: number; minor: number },
  exceptId?: string,
) {
  const clash = await ctx.em.findOne(Beacon, { tenant: tenantId, uuid: b.uuid, major: b.major, minor: b.minor });
  if (clash && clash.id !== exceptId) throw duplicateBeacon();
}

async function flushUnique(ctx: Context): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    // Two concurrent writes of the same beacon: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw duplicateBeacon();
    throw error;
  }
}

export function applyBeaconFields(beacon: Beacon, fields: Partial<BeaconFields>): void {
  if (fields.name !== undefined) beacon.name = fields.name;
  if (fields.uuid !== undefined) beacon.uuid = fields.uuid;
  if (fields.major !== undefined) beacon.major = fields.major;
  if (fields.minor !== undefined) beacon.minor = fields.minor;
  if (fields.placement !== undefined) {
    beacon.placementLatitude = fields.placement.latitude;
    beacon.placementLongitude = fields.placement.longitude;
  }
  if (fields.tags !== undefined) beacon.tagsText = encodeTags(fields.tags);
}

export async function createBeacon(ctx: Context, input: { tenantId: string } & BeaconFields): Promise<Beacon> {
  const { tenant } = await requireMembership(ctx, input.tenantId, CONTENT_EDITORS);
  await assertUnique(ctx, input.tenantId, input);
  const beacon = new Beacon({ tenant, ...input });
  applyBeaconFields(beacon, input);
  ctx.em.persist(beacon);
  await flushUnique(ctx);
  ctx.audit.targetId = beacon.id;
  return beacon;
}

export async function updateBeacon(ctx: Context, input: { id: string } & Partial<BeaconFields>): Promise<Beacon> {
  const beacon = await loadForMember(ctx, Beacon, input.id, CONTENT_EDITORS, 'Beacon');
  if (beacon.archivedAt) throw archived('beacon');
  const identity = {
    uuid: input.uuid ?? beacon.uuid,
    major: input.major ?? beacon.major,
    minor: input.minor ?? beacon.minor,
  };
  await assertUnique(ctx, beacon.tenant.id, identity, beacon.id);
  applyBeaconFields(beacon, input);
  await flushUnique(ctx);
  return beacon;
}

export async function archiveBeacon(ctx: Context, id: string): Promise<Beacon> {
  const beacon = await loadForMember(ctx, Beacon, id, CONTENT_EDITORS, 'Beacon');
  beacon.archivedAt ??= ctx.app.now();
  await ctx.em.flush();
  return beacon;
}

/** A restored beacon triggers its campaigns again: archiving never took it out of them. */
export async function restoreBeacon(ctx: Context, id: string): Promise<Beacon> {
  const beacon = await loadForMember(ctx, Beacon, id, CONTENT_EDITORS, 'Beacon');
  beacon.archivedAt = undefined;
  await ctx.em.flush();
  return beacon;
}

export async function listBeacons(ctx: Context, args: PlaceListArgs): Promise<ConnectionShape<Beacon>> {
  await requireMembership(ctx, args.tenantId);
  return paginate(ctx.em, Beacon, placeListWhere(args, ctx.app.config.database.kind), { createdAt: 'desc' }, args);
}

export function getBeacon(ctx: Context, id: string): Promise<Beacon> {
  return loadForMember(ctx, Beacon, id, ALL_ROLES, 'Beacon');
}
