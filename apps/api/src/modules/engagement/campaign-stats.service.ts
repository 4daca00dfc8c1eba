import { DateTime, type DateTimeUnit } from 'luxon';
import type { Context } from '../../context';
import { badInput } from '../../graphql/app-error';
import { mayCount } from '../../policy/decide';
import { ALL_ROLES, loadForMember } from '../auth/authorization';
import { Campaign } from '../campaigns/campaign.entity';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EndUser } from '../end-users/end-user.entity';
import { consentFacts, policyEndUser, policyTenant } from '../end-users/policy-view';
import { ConsentPurpose } from '../../policy/policy-enums';
import { EngagementEvent } from './engagement-event.entity';
import { EngagementType } from './engagement-type';
import { statCount } from './small-cohort';
import { type CampaignStats, type CampaignStatsPoint, StatsBucket } from './stats.types';

const UNIT: Record<StatsBucket, DateTimeUnit> = { HOUR: 'hour', DAY: 'day', WEEK: 'week' };
const MAX_POINTS = 2000;
const MAX_RANGE_DAYS = 400;

type Tally = { events: Map<EngagementType, number>; users: Map<EngagementType, Set<string>> };
const emptyTally = (): Tally => ({ events: new Map(), users: new Map() });

function add(tally: Tally, type: EngagementType, endUserId: string): void {
  tally.events.set(type, (tally.events.get(type) ?? 0) + 1);
  if (!tally.users.has(type)) tally.users.set(type, new Set());
  tally.users.get(type)!.add(endUserId);
}

function point(start: Date, t: Tally): CampaignStatsPoint {
  const count = (type: EngagementType) => statCount(t.events.get(type) ?? 0, t.users.get(type)?.size ?? 0);
  const delivered = count(EngagementType.DELIVERED);
  const opened = count(EngagementType.OPENED);
  const clicked = count(EngagementType.CLICKED);
  const reachUsers = t.users.get(EngagementType.DELIVERED)?.size ?? 0;
  const rate = (part: number | null) => (part !== null && delivered.value ? part / delivered.value : null);
  return {
    start,
    delivered,
    opened,
    clicked,
    uniqueReach: statCount(reachUsers, reachUsers),
    openRate: rate(opened.value),
    clickRate: rate(clicked.value),
  };
}

/** End users whose engagement may be counted at all, asked of the policy. */
async function countableEndUsers(ctx: Context, campaign: Campaign, ids: string[], at: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const tenant = policyTenant(campaign.tenant);
  const [users, consents] = await Promise.all([
    ctx.em.find(EndUser, { tenant: campaign.tenant.id, id: { $in: ids } }),
    ctx.em.find(ConsentRecord, {
      tenant: campaign.tenant.id,
      endUser: { $in: ids },
      purpose: ConsentPurpose.ANALYTICS,
    }),
  ]);
  const countable = users.filter((u) =>
    mayCount(policyEndUser(u), consentFacts(consents.filter((c) => c.endUser.id === u.id)), tenant, at),
  );
  return new Set(countable.map((u) => u.id));
}

export async function campaignStats(
  ctx: Context,
  args: { campaignId: string; from: Date; to: Date; bucket: StatsBucket },
): Promise<CampaignStats> {
  if (args.from >= args.to) throw badInput('to', 'to must be after from');
  if (args.to.getTime() - args.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badInput('to', `a range of at most ${MAX_RANGE_DAYS} days`);
  }
  const campaign = await loadForMember(ctx, Campaign, args.campaignId, ALL_ROLES, 'Campaign');
  await ctx.em.populate(campaign, ['tenant']);
  const zone = campaign.tenant.timezone;
  const unit = UNIT[args.bucket];
  const bucketOf = (d: Date) => DateTime.fromJSDate(d, { zone }).startOf(unit).toMillis();

  const starts: number[] = [];
  for (
    let t = bucketOf(args.from);
    t < args.to.getTime();
    t = DateTime.fromMillis(t, { zone })
      .plus({ [unit]: 1 })
      .toMillis()
  ) {
    starts.push(t);
    if (starts.length > MAX_POINTS) throw badInput('bucket', `at most ${MAX_POINTS} points: choose a larger bucket`);
  }

  const events = await ctx.em.find(
    EngagementEvent,
    { campaign: campaign.id, tenant: campaign.tenant.id, occurredAt: { $gte: args.from, $lt: args.to } },
    { fields: ['type', 'occurredAt', 'endUser'] },
  );
  const countable = await countableEndUsers(
    ctx,
    campaign,
    [...new Set(events.map((e) => e.endUser.id))],
    ctx.app.now(),
  );

  const tallies = new Map(starts.map((s) => [s, emptyTally()]));
  const total = emptyTally();
  for (const e of events) {
    if (!countable.has(e.endUser.id)) continue;
    const bucket = tallies.get(bucketOf(e.occurredAt));
    if (bucket) add(bucket, e.type, e.endUser.id);
    add(total, e.type, e.endUser.id);
  }
  return {
    bucket: args.bucket,
    from: args.from,
    to: args.to,
    points: starts.map((s) => point(new Date(s), tallies.get(s)!)),
    totals: point(args.from, total),
  };
}
