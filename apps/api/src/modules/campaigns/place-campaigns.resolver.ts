import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Beacon } from '../places/beacon.entity';
import { Geofence } from '../places/geofence.entity';
import { CampaignStatus } from './campaign-enums';
import { Campaign } from './campaign.entity';
import { CampaignTarget } from './campaign-target.entity';

const LIVE_CAMPAIGNS_DESCRIPTION =
  'campaigns that target it and are ACTIVE or PAUSED (not archived), by name: archiving it takes it from them; ' +
  'one query per place, so ask for it on one place rather than on a list';

/** The running or paused campaigns of the place's own tenant that target it. */
async function liveCampaignsTargeting(
  ctx: Context,
  tenantId: string,
  place: { geofence: string } | { beacon: string },
): Promise<Campaign[]> {
  const targets = await ctx.em.find(
    CampaignTarget,
    {
      tenant: tenantId,
      ...place,
      campaign: { archivedAt: null, status: { $in: [CampaignStatus.ACTIVE, CampaignStatus.PAUSED] } },
    },
    { populate: ['campaign'] },
  );
  const campaigns = new Map(targets.map((target) => [target.campaign.id, target.campaign]));
  return [...campaigns.values()].sort((a, b) => a.name.localeCompare(b.name));
}

@Resolver(() => Geofence)
export class GeofenceCampaignsResolver {
  @FieldResolver(() => [Campaign], { description: LIVE_CAMPAIGNS_DESCRIPTION })
  liveCampaigns(@Root() geofence: Geofence, @Ctx() ctx: Context): Promise<Campaign[]> {
    return liveCampaignsTargeting(ctx, geofence.tenant.id, { geofence: geofence.id });
  }
}

@Resolver(() => Beacon)
export class BeaconCampaignsResolver {
  @FieldResolver(() => [Campaign], { description: LIVE_CAMPAIGNS_DESCRIPTION })
  liveCampaigns(@Root() beacon: Beacon, @Ctx() ctx: Context): Promise<Campaign[]> {
    return liveCampaignsTargeting(ctx, beacon.tenant.id, { beacon: beacon.id });
  }
}
