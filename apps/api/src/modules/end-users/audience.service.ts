import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { badInput } from '../../graphql/app-error';
import type { ConnectionShape } from '../../graphql/connection';
import { eligibleEndUsersSql } from '../../policy/eligible-end-users.sql';
import { CampaignStatus } from '../campaigns/campaign-enums';
import { Campaign } from '../campaigns/campaign.entity';
import { isInSchedule } from '../campaigns/schedule';
import { Tenant } from '../tenants/tenant.entity';
import { EndUser } from './end-user.entity';
import { policyTenant } from './policy-view';

const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
function decodeCursor(after: string): string {
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
    throw badInput('after', 'after: not a cursor from this list');
  return id;
}

const EMPTY: ConnectionShape<EndUser> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** The tenant's end users whom the policy lets be targeted at `at`, as one query with the tenant always in it. */
function eligibleQuery(ctx: Context, tenant: Tenant, at: Date) {
  const condition = eligibleEndUsersSql('u', policyTenant(tenant), at);
  return (ctx.em as SqlEntityManager)
    .createQueryBuilder(EndUser, 'u')
    .where({ tenant: tenant.id })
    .andWhere(condition.sql, condition.params);
}

export async function countEligibleEndUsers(ctx: Context, tenant: Tenant, at: Date): Promise<number> {
  return eligibleQuery(ctx, tenant, at).getCount();
}

/**
 * The end users a campaign may reach now: none unless it is ACTIVE and in schedule; otherwise every end user the
 * policy allows, in a stable order (by id), filtered in the database so that pages are full and totalCount is right.
 */
export async function campaignAudience(
  ctx: Context,
  tenantId: string,
  args: { campaignId: string; first?: number; after?: string },
): Promise<ConnectionShape<EndUser>> {
  const campaign = await ctx.em.findOne(Campaign, { id: args.campaignId, tenant: tenantId }, { populate: ['tenant'] });
  if (!campaign) throw badInput('campaignId', 'campaignId: no such campaign in this tenant');
  const tenant = campaign.tenant as Tenant;
  const at = ctx.app.now();
  if (
    campaign.status !== CampaignStatus.ACTIVE ||
    campaign.archivedAt ||
    !isInSchedule(campaign, at, tenant.timezone)
  ) {
    return EMPTY;
  }
  const first = args.first ?? 50;
  const page = eligibleQuery(ctx, tenant, at)
    .orderBy({ id: 'asc' })
    .limit(first + 1);
  if (args.after) page.andWhere({ id: { $gt: decodeCursor(args.after) } });
  const [rows, totalCount] = await Promise.all([page.getResultList(), countEligibleEndUsers(ctx, tenant, at)]);
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!.id) : null,
    },
    totalCount,
  };
}
