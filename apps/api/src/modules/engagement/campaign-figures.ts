import DataLoader from 'dataloader';
import { Field, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { requireMembership } from '../auth/authorization';
import { policyTenant } from '../end-users/policy-view';
import { Tenant } from '../tenants/tenant.entity';
import { countEngagement } from './engagement-counts';
import { EngagementType } from './engagement-type';
import { statCount } from './small-cohort';
import { StatCount } from './stats.types';

@ObjectType('CampaignFigures', { description: 'all retained engagement of a campaign, under the small-cohort rule' })
export class CampaignFigures {
  @Field(() => StatCount)
  delivered!: StatCount;

  @Field(() => StatCount)
  opened!: StatCount;
}

type Loader = DataLoader<string, CampaignFigures>;

/** One loader per request and tenant: a page of campaigns costs one grouped query, however many rows it has. */
const loaders = new WeakMap<Context, Map<string, Loader>>();

function newLoader(ctx: Context, tenantId: string): Loader {
  return new DataLoader(async (campaignIds: readonly string[]) => {
    const tenant = await ctx.em.findOneOrFail(Tenant, { id: tenantId });
    const counts = await countEngagement(
      ctx,
      { id: tenantId, policy: policyTenant(tenant) },
      { from: new Date(0), to: ctx.app.now(), campaignIds },
      'campaign',
    );
    const figure = (campaignId: string, type: EngagementType) => {
      const c = counts.find((x) => x.campaignId === campaignId && x.type === type);
      return statCount(c?.events ?? 0, c?.endUsers ?? 0);
    };
    return campaignIds.map((id) => ({
      delivered: figure(id, EngagementType.DELIVERED),
      opened: figure(id, EngagementType.OPENED),
    }));
  });
}

/** The figures of a campaign of `tenantId`, which the caller must be a member of (checked once per request). */
export async function campaignFigures(ctx: Context, tenantId: string, campaignId: string): Promise<CampaignFigures> {
  if (!ctx.roles.has(tenantId)) await requireMembership(ctx, tenantId, undefined, 'Campaign');
  let byTenant = loaders.get(ctx);
  if (!byTenant) loaders.set(ctx, (byTenant = new Map()));
  let loader = byTenant.get(tenantId);
  if (!loader) byTenant.set(tenantId, (loader = newLoader(ctx, tenantId)));
  return loader.load(campaignId);
}
