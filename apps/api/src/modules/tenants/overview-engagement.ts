import type { Context } from '../../context';
import type { PolicyTenant } from '../../policy/decide';
import { countEngagement, type EngagementCount } from '../engagement/engagement-counts';
import { EngagementType } from '../engagement/engagement-type';
import { statCount } from '../engagement/small-cohort';
import type { StatCount } from '../engagement/stats.types';
import type { EngagementPeriod, TrendFigure } from './tenant-overview.types';

const DAY_MS = 86_400_000;

type Totals = { delivered: StatCount; opened: StatCount; reach: StatCount };

function totals(counts: EngagementCount[]): Totals {
  const of = (type: EngagementType) => counts.find((c) => c.type === type) ?? { events: 0, endUsers: 0 };
  const delivered = of(EngagementType.DELIVERED);
  const opened = of(EngagementType.OPENED);
  return {
    delivered: statCount(delivered.events, delivered.endUsers),
    opened: statCount(opened.events, opened.endUsers),
    reach: statCount(delivered.endUsers, delivered.endUsers),
  };
}

function trend(current: StatCount, previous: StatCount): TrendFigure {
  const change =
    current.value !== null && previous.value !== null && previous.value > 0
      ? (current.value - previous.value) / previous.value
      : null;
  return { current, previous, change };
}

/** The last `days` days up to `now` against the `days` before them, each under the small-cohort rule. */
export async function engagementPeriod(
  ctx: Context,
  tenant: { id: string; policy: PolicyTenant },
  days: number,
  now: Date,
): Promise<EngagementPeriod> {
  const from = new Date(now.getTime() - days * DAY_MS);
  const before = new Date(from.getTime() - days * DAY_MS);
  const [current, previous] = await Promise.all([
    countEngagement(ctx, tenant, { from, to: now }, 'type').then(totals),
    countEngagement(ctx, tenant, { from: before, to: from }, 'type').then(totals),
  ]);
  return {
    days,
    from,
    to: now,
    delivered: trend(current.delivered, previous.delivered),
    opened: trend(current.opened, previous.opened),
    reach: trend(current.reach, previous.reach),
  };
}
