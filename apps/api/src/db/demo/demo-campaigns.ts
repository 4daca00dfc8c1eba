import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { inputSchema } from '../../graphql/input-rules';
import { CampaignStatus, Trigger } from '../../modules/campaigns/campaign-enums';
import { createCampaign, setCampaignStatus } from '../../modules/campaigns/campaign.service';
import { CreateCampaignInput } from '../../modules/campaigns/dto/campaign.inputs';
import { SetCampaignStatusInput } from '../../modules/campaigns/dto/set-campaign-status.input';
import type { IndexedCampaign } from '../../modules/eligibility/catalog-index';
import type { DemoCalendar } from './demo-calendar';
import type { DemoSpot } from './demo-places';

/** How people react to a campaign's notification. */
type Reaction = { open: number; clickIfOpened: number; dismissIfNotOpened: number };

/** A demo campaign as the engagement generator sees it: its rules, where it reaches, and when it ran. */
export type DemoCampaign = {
  key: string;
  rules: IndexedCampaign;
  spotKeys: Set<string>;
  liveFrom: Date;
  liveUntil?: Date;
  reaction: Reaction;
};

type Plan = {
  key: string;
  input: Omit<CreateCampaignInput, 'tenantId' | 'geofenceIds' | 'beaconIds'>;
  reaches: (spot: DemoSpot) => 'geofence' | 'beacons' | null;
  reaction: Reaction;
  /** Status changes after creation, in days before now (fractions for the hour). */
  moves: { daysAgo: number; hour: number; status: CampaignStatus }[];
};

const weekdays = [1, 2, 3, 4, 5];
const window = (days: number[], startTime: string, endTime: string) =>
  days.map((dayOfWeek) => ({ dayOfWeek, startTime, endTime }));

function plans(calendar: DemoCalendar): Plan[] {
  const tastingEnds = calendar.localTime(12, 0);
  return [
    {
      key: 'coffee-break',
      input: {
        name: 'Coffee break – 20% off',
        trigger: Trigger.ENTER,
        content: {
          title: 'Time for a coffee? 20% off',
          body: 'Show this at the counter – any size, any blend.',
          actionUrl: 'https://example.com/demo-coffee/offers/coffee-break',
          imageUrl: 'https://example.com/demo-coffee/images/coffee-break.jpg',
        },
        schedule: { timeWindows: [...window(weekdays, '07:00', '20:00'), ...window([6, 7], '08:30', '19:00')] },
        frequencyCap: { maxDeliveries: 2, perHours: 24 },
        minimumGapMinutes: 120,
        priority: 10,
        tags: ['loyalty', 'all-shops'],
      },
      reaches: (spot) => (spot.kind === 'cafe' ? 'geofence' : null),
      reaction: { open: 0.34, clickIfOpened: 0.3, dismissIfNotOpened: 0.4 },
      moves: [{ daysAgo: 30, hour: 6, status: CampaignStatus.ACTIVE }],
    },
    {
      key: 'lunch',
      input: {
        name: 'Lunch on the go',
        trigger: Trigger.ENTER,
        content: {
          title: 'Sandwich + coffee for €9.50',
          body: 'Our street team is just around the corner until 14:30.',
          actionUrl: 'https://example.com/demo-coffee/offers/lunch',
        },
        schedule: { timeWindows: window(weekdays, '11:30', '14:30') },
        frequencyCap: { maxDeliveries: 1, perHours: 24 },
        tags: ['street-team'],
      },
      reaches: (spot) => (spot.kind === 'area' ? 'geofence' : null),
      reaction: { open: 0.27, clickIfOpened: 0.22, dismissIfNotOpened: 0.45 },
      moves: [
        { daysAgo: 30, hour: 6, status: CampaignStatus.ACTIVE },
        { daysAgo: 4, hour: 15, status: CampaignStatus.PAUSED },
      ],
    },
    {
      key: 'tasting',
      input: {
        name: 'Winter blend tasting',
        trigger: Trigger.BEACON_NEAR,
        content: {
          title: 'Taste our winter blend, on us',
          body: 'Ask at the counter for a free tasting cup of this season’s blend.',
          actionUrl: 'https://example.com/demo-coffee/winter-blend',
        },
        schedule: { startsAt: calendar.localTime(30, 0), endsAt: tastingEnds },
        frequencyCap: { maxDeliveries: 3, perHours: 168 },
        minimumGapMinutes: 240,
        priority: 5,
        tags: ['in-store', 'seasonal'],
      },
      reaches: (spot) => (spot.beaconIds.length > 0 ? 'beacons' : null),
      reaction: { open: 0.41, clickIfOpened: 0.35, dismissIfNotOpened: 0.3 },
      moves: [
        { daysAgo: 30, hour: 6, status: CampaignStatus.ACTIVE },
        { daysAgo: 12, hour: 0, status: CampaignStatus.ENDED },
      ],
    },
  ];
}

/** A status change of one campaign, at its time, through the campaign's status machine. */
type CampaignMove = { at: Date; run: (request: () => Context) => Promise<void> };

/**
 * Creates the three campaigns as DRAFTs through the campaigns service; returns them with the status changes that
 * make one ACTIVE, one PAUSED and one ENDED, for the timeline to play at their times.
 */
export async function createDemoCampaigns(
  request: () => Context,
  tenantId: string,
  spots: DemoSpot[],
  calendar: DemoCalendar,
): Promise<{ campaigns: DemoCampaign[]; moves: CampaignMove[] }> {
  const campaigns: DemoCampaign[] = [];
  const moves: CampaignMove[] = [];
  for (const plan of plans(calendar)) {
    const reached = spots.filter((spot) => plan.reaches(spot));
    const input = parseInput(inputSchema(CreateCampaignInput), {
      ...plan.input,
      tenantId,
      geofenceIds: reached.filter((s) => plan.reaches(s) === 'geofence').map((s) => s.geofenceId),
      beaconIds: reached.filter((s) => plan.reaches(s) === 'beacons').flatMap((s) => s.beaconIds),
    });
    const campaign = await createCampaign(request(), input);
    const times = plan.moves.map((m) => ({ ...m, at: calendar.localTime(m.daysAgo, m.hour) }));
    for (const move of times) {
      const change = parseInput(inputSchema(SetCampaignStatusInput), { campaignId: campaign.id, status: move.status });
      moves.push({
        at: move.at,
        run: async (r) => void (await setCampaignStatus(r(), change.campaignId, change.status)),
      });
    }
    campaigns.push({
      key: plan.key,
      rules: {
        id: campaign.id,
        trigger: campaign.trigger,
        priority: campaign.priority,
        activatedAt: times[0]!.at.getTime(),
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
        timeWindows: campaign.timeWindows,
        capMaxDeliveries: campaign.capMaxDeliveries,
        capPerHours: campaign.capPerHours,
        minimumGapMinutes: campaign.minimumGapMinutes,
        content: campaign.content,
      },
      spotKeys: new Set(reached.map((s) => s.key)),
      liveFrom: times[0]!.at,
      liveUntil: times.find((m) => m.status !== CampaignStatus.ACTIVE)?.at,
      reaction: plan.reaction,
    });
  }
  return { campaigns, moves };
}
