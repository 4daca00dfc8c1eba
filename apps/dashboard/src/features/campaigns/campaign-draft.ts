import type { CampaignDraft_CampaignFragment, Trigger } from '@vicinity/schema/graphql';
import type { NumberFieldValue } from '@vicinity/ui';
import dayjs from 'dayjs';

export interface TargetRef {
  id: string;
  name: string;
  /** Archived since it was chosen: kept by the campaign, but it triggers nothing until restored. */
  archived?: boolean;
}

export interface TimeWindowDraft {
  /** Identifies the row while the list is edited; never sent. */
  key: string;
  /** "1" (Monday) … "7" (Sunday). */
  dayOfWeek: string;
  startTime: string;
  endTime: string;
}

/** What the editor's fields hold: strings and '' for empty numbers, shaped like CreateCampaignInput. */
export interface CampaignDraft {
  name: string;
  content: { title: string; body: string; imageUrl: string; actionUrl: string };
  trigger: Trigger;
  dwellMinutes: NumberFieldValue;
  geofences: TargetRef[];
  beacons: TargetRef[];
  schedule: {
    /** Local "YYYY-MM-DD HH:mm:ss" as the date-time picker gives it. */
    startsAt: string | null;
    endsAt: string | null;
    timeWindows: TimeWindowDraft[];
  };
  frequencyCap: { maxDeliveries: NumberFieldValue; perHours: NumberFieldValue };
  minimumGapMinutes: NumberFieldValue;
  priority: NumberFieldValue;
  tags: string[];
}

let nextWindowKey = 0;

export function newTimeWindow(dayOfWeek = '1', startTime = '09:00', endTime = '18:00'): TimeWindowDraft {
  nextWindowKey += 1;
  return { key: `window-${nextWindowKey}`, dayOfWeek, startTime, endTime };
}

export function emptyDraft(): CampaignDraft {
  return {
    name: '',
    content: { title: '', body: '', imageUrl: '', actionUrl: '' },
    trigger: 'ENTER',
    dwellMinutes: 10,
    geofences: [],
    beacons: [],
    schedule: { startsAt: null, endsAt: null, timeWindows: [] },
    frequencyCap: { maxDeliveries: '', perHours: '' },
    minimumGapMinutes: '',
    priority: 0,
    tags: [],
  };
}

const pickerFormat = 'YYYY-MM-DD HH:mm:ss';

function toPickerValue(iso: string | null | undefined): string | null {
  return iso ? dayjs(iso).format(pickerFormat) : null;
}

export function draftFromCampaign(campaign: CampaignDraft_CampaignFragment): CampaignDraft {
  return {
    name: campaign.name,
    content: {
      title: campaign.content.title,
      body: campaign.content.body ?? '',
      imageUrl: campaign.content.imageUrl ?? '',
      actionUrl: campaign.content.actionUrl ?? '',
    },
    trigger: campaign.trigger,
    dwellMinutes: campaign.dwellMinutes ?? 10,
    geofences: campaign.geofences.map(({ id, name, archivedAt }) => ({ id, name, archived: archivedAt !== null })),
    beacons: campaign.beacons.map(({ id, name, archivedAt }) => ({ id, name, archived: archivedAt !== null })),
    schedule: {
      startsAt: toPickerValue(campaign.schedule?.startsAt),
      endsAt: toPickerValue(campaign.schedule?.endsAt),
      timeWindows: (campaign.schedule?.timeWindows ?? []).map((window) =>
        newTimeWindow(String(window.dayOfWeek), window.startTime, window.endTime),
      ),
    },
    frequencyCap: {
      maxDeliveries: campaign.frequencyCap?.maxDeliveries ?? '',
      perHours: campaign.frequencyCap?.perHours ?? '',
    },
    minimumGapMinutes: campaign.minimumGapMinutes ?? '',
    priority: campaign.priority,
    tags: [...campaign.tags],
  };
}

/** The places a campaign with this trigger listens to: beacons for BEACON_NEAR, geofences otherwise. */
export function draftTargets(draft: CampaignDraft): { kind: 'geofences' | 'beacons'; targets: TargetRef[] } {
  return draft.trigger === 'BEACON_NEAR'
    ? { kind: 'beacons', targets: draft.beacons }
    : { kind: 'geofences', targets: draft.geofences };
}

/** Adds the target, or takes it out when it is already chosen. */
export function toggleTarget(targets: readonly TargetRef[], target: TargetRef): TargetRef[] {
  return targets.some(({ id }) => id === target.id)
    ? targets.filter(({ id }) => id !== target.id)
    : [...targets, target];
}
