import type { Context } from '../../context';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { ALL_ROLES, loadForMember, requireMembership } from '../auth/authorization';
import { CONTENT_EDITORS } from '../auth/role';
import { Geofence } from './geofence.entity';
import { type Geometry, geometryFrom } from './geometry';
import type { LatLng } from './lat-lng';
import { archived } from './places.errors';
import { type PlaceListArgs, placeListWhere } from './list-filters';
import { encodeTags } from './tags';

type ShapeInput = { center?: LatLng; radiusMeters?: number; polygon?: LatLng[] };

export async function createGeofence(
  ctx: Context,
  input: { tenantId: string; name: string; tags?: string[] } & ShapeInput,
): Promise<Geofence> {
  const geometry = geometryFrom(input);
  const { tenant } = await requireMembership(ctx, input.tenantId, CONTENT_EDITORS);
  const geofence = new Geofence(tenant, input.name, geometry);
  geofence.tagsText = encodeTags(input.tags ?? []);
  await ctx.em.persistAndFlush(geofence);
  ctx.audit.targetId = geofence.id;
  return geofence;
}

/** A new shape replaces the old one; giving only a radius resizes a circle, only a center moves it. */
function updatedGeometry(current: Geofence, input: ShapeInput): Geometry | undefined {
  if (input.polygon) return geometryFrom({ polygon: input.polygon });
  if (input.center === undefined && input.radiusMeters === undefined) return undefined;
  return geometryFrom({
    center: input.center ?? current.center ?? undefined,
    radiusMeters: input.radiusMeters ?? current.radiusMeters ?? undefined,
  });
}

export async function updateGeofence(
  ctx: Context,
  input: { id: string; name?: string; tags?: string[] } & ShapeInput,
): Promise<Geofence> {
  const geofence = await loadForMember(ctx, Geofence, input.id, CONTENT_EDITORS, 'Geofence');
  if (geofence.archivedAt) throw archived('geofence');
  const geometry = updatedGeometry(geofence, input);
  if (geometry) geofence.setGeometry(geometry);
  if (input.name !== undefined) geofence.name = input.name;
  if (input.tags !== undefined) geofence.tagsText = encodeTags(input.tags);
  await ctx.em.flush();
  return geofence;
}

export async function archiveGeofence(ctx: Context, id: string): Promise<Geofence> {
  const geofence = await loadForMember(ctx, Geofence, id, CONTENT_EDITORS, 'Geofence');
  geofence.archivedAt ??= ctx.app.now();
  await ctx.em.flush();
  return geofence;
}

/** A restored geofence triggers its campaigns again: archiving never took it out of them. */
export async function restoreGeofence(ctx: Context, id: string): Promise<Geofence> {
  const geofence = await loadForMember(ctx, Geofence, id, CONTENT_EDITORS, 'Geofence');
  geofence.archivedAt = undefined;
  await ctx.em.flush();
  return geofence;
}

export async function listGeofences(ctx: Context, args: PlaceListArgs): Promise<ConnectionShape<Geofence>> {
  await requireMembership(ctx, args.tenantId);
  return paginate(ctx.em, Geofence, placeListWhere(args, ctx.app.config.database.kind), { createdAt: 'desc' }, args);
}

export function getGeofence(ctx: Context, id: string): Promise<Geofence> {
  return loadForMember(ctx, Geofence, id, ALL_ROLES, 'Geofence');
}
