import type { DateTime } from 'luxon';
import { isInSchedule } from '../../modules/campaigns/schedule';
import { underFrequencyLimits } from '../../modules/eligibility/frequency';
import type { EngagementEventInput } from '../../modules/engagement/dto/record-events.input';
import { EngagementType } from '../../modules/engagement/engagement-type';
import { type DemoCalendar, DEMO_TIMEZONE } from './demo-calendar';
import type { DemoCampaign } from './demo-campaigns';
import type { DemoPerson } from './demo-people';
import type { DemoSpot } from './demo-places';
import type { DemoRandom } from './demo-random';

/** When people come by, hour by hour (local time): busy mornings, lunch and evenings, quiet nights. */
const WEEKDAY_RHYTHM = [0.3, 0.15, 0.1, 0.1, 0.15, 0.4, 1.5, 6, 10, 7, 4, 5, 10, 8, 4, 3, 3.5, 6, 8, 6, 3.5, 2, 1, 0.6];
/** Weekends start later and spread over the afternoon. */
const WEEKEND_RHYTHM = [0.6, 0.4, 0.2, 0.1, 0.1, 0.1, 0.3, 1, 3, 6, 8, 8, 9, 8, 6, 6, 6, 6, 5, 4, 3, 2, 1.2, 0.8];
const hours = (rhythm: number[]) => rhythm.map((weight, hour) => [hour, weight] as const);
const WEEKDAY_HOURS = hours(WEEKDAY_RHYTHM);
const WEEKEND_HOURS = hours(WEEKEND_RHYTHM);
const WEEKEND_BUSIER = 1.2;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

type Visit = { at: Date; spot: DemoSpot };

/** Where a visit happens: mostly their own shop, sometimes another; at lunch, commuters cross the station or a square. */
function spotOf(rng: DemoRandom, person: DemoPerson, hour: number, places: { cafes: DemoSpot[]; areas: DemoSpot[] }) {
  const lunch = hour >= 11 && hour < 15;
  if (rng.chance(person.habit.commuter ? (lunch ? 0.7 : 0.15) : lunch ? 0.25 : 0.04)) return rng.pick(places.areas);
  return rng.chance(0.82) ? places.cafes[person.habit.homeCafe]! : rng.pick(places.cafes);
}

function visitsOf(
  rng: DemoRandom,
  person: DemoPerson,
  days: DateTime[],
  calendar: DemoCalendar,
  spots: { cafes: DemoSpot[]; areas: DemoSpot[] },
): Visit[] {
  const visits: Visit[] = [];
  for (const day of days) {
    const weekend = day.weekday >= 6;
    const count = rng.poisson(person.habit.visitsPerDay * (weekend ? WEEKEND_BUSIER : 1));
    for (let i = 0; i < count; i += 1) {
      const hour = rng.weighted(weekend ? WEEKEND_HOURS : WEEKDAY_HOURS);
      const at = day.set({ hour, minute: rng.int(0, 59), second: rng.int(0, 59) }).toJSDate();
      if (at < calendar.monthStart || at >= calendar.now || at < person.registeredAt) continue;
      visits.push({ at, spot: spotOf(rng, person, hour, spots) });
    }
  }
  return visits.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** What the SDK reports after one delivery: opened (and maybe clicked), dismissed, or nothing. */
function reactionTo(rng: DemoRandom, campaign: DemoCampaign, deliveredAt: Date): [EngagementType, Date][] {
  const { open, clickIfOpened, dismissIfNotOpened } = campaign.reaction;
  if (rng.chance(open)) {
    const openedAt = new Date(deliveredAt.getTime() + rng.int(1, 25) * MINUTE);
    const clicked = rng.chance(clickIfOpened)
      ? [[EngagementType.CLICKED, new Date(openedAt.getTime() + rng.int(10, 180) * SECOND)] as [EngagementType, Date]]
      : [];
    return [[EngagementType.OPENED, openedAt], ...clicked];
  }
  if (rng.chance(dismissIfNotOpened)) {
    return [[EngagementType.DISMISSED, new Date(deliveredAt.getTime() + rng.int(30, 600) * SECOND)]];
  }
  return [];
}

/**
 * A month of engagement as the SDK would report it: each visit to a place reached by a campaign that was live, inside
 * its weekly windows and under its frequency cap, delivers it; some deliveries are opened, clicked or dismissed. The
 * generator does not ask the policy: the API judges every event by the consent ledger as it stood then.
 */
export function demoEngagement(
  rng: DemoRandom,
  people: DemoPerson[],
  campaigns: DemoCampaign[],
  spots: DemoSpot[],
  calendar: DemoCalendar,
): EngagementEventInput[] {
  const days = calendar.monthDays();
  const places = { cafes: spots.filter((s) => s.kind === 'cafe'), areas: spots.filter((s) => s.kind === 'area') };
  const events: EngagementEventInput[] = [];
  for (const person of people) {
    const delivered = new Map<string, Date[]>(campaigns.map((c) => [c.key, []]));
    for (const visit of visitsOf(rng, person, days, calendar, places)) {
      for (const campaign of campaigns) {
        const live = visit.at >= campaign.liveFrom && (!campaign.liveUntil || visit.at < campaign.liveUntil);
        if (!live || !campaign.spotKeys.has(visit.spot.key)) continue;
        if (!isInSchedule(campaign.rules, visit.at, DEMO_TIMEZONE)) continue;
        const before = delivered.get(campaign.key)!;
        if (!underFrequencyLimits(campaign.rules, before, visit.at)) continue;
        before.push(visit.at);
        const report = [
          [EngagementType.DELIVERED, visit.at] as [EngagementType, Date],
          ...reactionTo(rng, campaign, visit.at),
        ];
        for (const [type, occurredAt] of report) {
          if (occurredAt < calendar.now)
            events.push({ deviceId: person.profile.deviceId, campaignId: campaign.rules.id, type, occurredAt });
        }
      }
    }
  }
  return events.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
}
