import type { Context } from '../../context';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { unknownPlaces } from './campaign.errors';
import type { Campaign } from './campaign.entity';
import { CampaignTarget } from './campaign-target.entity';

/**
 * The places of the campaign's own tenant with these ids: live ones, or archived ones it already targets (an edit
 * that keeps them must not fail); any other id is bad input.
 */
async function choosablePlaces<T extends Geofence | Beacon>(
  ctx: Context,
  entity: typeof Geofence | typeof Beacon,
  tenantId: string,
  ids: string[],
  alreadyTargeted: Set<string>,
  field: 'geofenceIds' | 'beaconIds',
): Promise<T[]> {
  if (ids.length === 0) return [];
  const found = (await ctx.em.find(entity, { id: { $in: ids }, tenant: tenantId })) as T[];
  const choosable = found.filter((place) => !place.archivedAt || alreadyTargeted.has(place.id));
  const missing = ids.filter((id) => !choosable.some((p) => p.id === id));
  if (missing.length) throw unknownPlaces(field, missing);
  return choosable;
}

export async function replaceTargets(
  ctx: Context,
  campaign: Campaign,
  changes: { geofenceIds?: string[]; beaconIds?: string[] },
): Promise<void> {
  const tenantId = campaign.tenant.id;
  const existing = await ctx.em.find(CampaignTarget, { campaign: campaign.id, tenant: tenantId });
  const targeted = new Set(existing.flatMap((t) => [t.geofence?.id, t.beacon?.id]).filter((id) => id !== undefined));
  const geofences =
    changes.geofenceIds &&
    (await choosablePlaces<Geofence>(ctx, Geofence, tenantId, changes.geofenceIds, targeted, 'geofenceIds'));
  const beacons =
    changes.beaconIds &&
    (await choosablePlaces<Beacon>(ctx, Beacon, tenantId, changes.beaconIds, targeted, 'beaconIds'));
  for (const target of existing) {
    if ((geofences && target.geofence) || (beacons && target.beacon)) ctx.em.remove(target);
  }
  for (const geofence of geofences ?? []) ctx.em.persist(new CampaignTarget(campaign, { geofence }));
  for (const beacon of beacons ?? []) ctx.em.persist(new CampaignTarget(campaign, { beacon }));
}

export async function targetsOf(ctx: Context, campaign: Campaign): Promise<CampaignTarget[]> {
  return ctx.em.find(
    CampaignTarget,
    { campaign: campaign.id, tenant: campaign.tenant.id },
    { populate: ['geofence', 'beacon'], orderBy: { id: 'asc' } },
  );
}
