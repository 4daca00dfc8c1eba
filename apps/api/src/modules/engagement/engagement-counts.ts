import type { Context } from '../../context';
import { countableEndUsersSql } from '../../policy/opt-in-end-users.sql';
import type { PolicyTenant } from '../../policy/decide';
import { EngagementType } from './engagement-type';

export type EngagementCount = { campaignId: string | null; type: EngagementType; events: number; endUsers: number };

type Row = { campaign_id: string | null; type: EngagementType; events: number | string; end_users: number | string };

const COUNTED_TYPES = [EngagementType.DELIVERED, EngagementType.OPENED];

/**
 * Delivered and opened events of one tenant in [from, to), with how many distinct end users are behind each, by type
 * (the whole tenant: an end user reached by two campaigns is one) or by campaign and type: one grouped query, counting
 * only end users whose engagement mayCount() (the policy's SQL twin).
 */
export async function countEngagement(
  ctx: Context,
  tenant: { id: string; policy: PolicyTenant },
  range: { from: Date; to: Date; campaignIds?: readonly string[] },
  by: 'type' | 'campaign',
): Promise<EngagementCount[]> {
  if (range.campaignIds?.length === 0) return [];
  const countable = countableEndUsersSql('u', tenant.policy, range.to);
  const campaigns = range.campaignIds ? `and e.campaign_id in (${range.campaignIds.map(() => '?').join(', ')})` : '';
  const sql = `
    select ${by === 'campaign' ? 'e.campaign_id' : 'null'} as campaign_id, e.type, count(*) as events, count(distinct e.end_user_id) as end_users
    from engagement_event e
    join end_user u on u.id = e.end_user_id and u.tenant_id = e.tenant_id
    where e.tenant_id = ? and e.occurred_at >= ? and e.occurred_at < ?
      and e.type in (${COUNTED_TYPES.map(() => '?').join(', ')}) ${campaigns}
      and ${countable.sql}
    group by ${by === 'campaign' ? 'e.campaign_id, ' : ''}e.type`;
  const rows: Row[] = await ctx.em
    .getConnection()
    .execute(sql, [
      tenant.id,
      range.from,
      range.to,
      ...COUNTED_TYPES,
      ...(range.campaignIds ?? []),
      ...countable.params,
    ]);
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    type: r.type,
    events: Number(r.events),
    endUsers: Number(r.end_users),
  }));
}
