import type { Context } from '../../context';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { unknownPlaces } from './campaign.errors';
import type { Campaign } from './campaign.entity';
import { CampaignTarget } from './campaign-target.entity';

/** The live (not archived) places of the campaign's own tenant with these ids; any other id is bad input. */
async function livePlaces<T extends Geofence | Beacon>(
  ctx: Context,
  entity: typeof Geofence | typeof Beacon,
  tenantId: string,
  ids: string[],
  field: 'geofenceIds' | 'beaconIds',
): Promise<T[]> {
  if (ids.length === 0) return [];
  const found = (await ctx.em.find(entity, { id: { $in: ids }, tenant: tenantId, archivedAt: null })) as T[];
  const missing = ids.filter((id) => !found.some((p) => p.id === id));
  if (missing.length) throw unknownPlaces(field, missing);
  return found;
}

export async function replaceTargets(
  ctx: Context,
  campaign: Campaign,
  changes: { geofenceIds?: string[]; beaconIds?: string[] },
): Promise<void> {
  const tenantId = campaign.tenant.id;
  const geofences =
    changes.geofenceIds && (await livePlaces<Geofence>(ctx, Geofence, tenantId, changes.geofenceIds, 'geofenceIds'));
  const beacons =
    changes.beaconIds && (await livePlaces<Beacon>(ctx, Beacon, tenantId, changes.beaconIds, 'beaconIds'));
  const existing = await ctx.em.find(CampaignTarget, { campaign: campaign.id, tenant: tenantId });
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
