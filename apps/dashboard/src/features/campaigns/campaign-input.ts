import type { CreateCampaignInput, UpdateCampaignInput } from '@vicinity/schema/graphql';
import type { NumberFieldValue } from '@vicinity/ui';
import dayjs from 'dayjs';
import type { CampaignDraft } from './campaign-draft';

function numberOrNull(value: NumberFieldValue): number | null {
  return value === '' ? null : value;
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function isoOrNull(localDateTime: string | null): string | null {
  return localDateTime ? dayjs(localDateTime).toISOString() : null;
}

/** The settings shared by create and update, from a draft that passed every step's schema. */
function campaignSettings(draft: CampaignDraft) {
  const { maxDeliveries, perHours } = draft.frequencyCap;
  const beaconTriggered = draft.trigger === 'BEACON_NEAR';
  return {
    name: draft.name.trim(),
    trigger: draft.trigger,
    dwellMinutes: draft.trigger === 'DWELL' ? numberOrNull(draft.dwellMinutes) : null,
    geofenceIds: beaconTriggered ? [] : draft.geofences.map((geofence) => geofence.id),
    beaconIds: beaconTriggered ? draft.beacons.map((beacon) => beacon.id) : [],
    content: {
      title: draft.content.title.trim(),
      body: textOrNull(draft.content.body),
      imageUrl: textOrNull(draft.content.imageUrl),
      actionUrl: textOrNull(draft.content.actionUrl),
    },
    schedule: {
      startsAt: isoOrNull(draft.schedule.startsAt),
      endsAt: isoOrNull(draft.schedule.endsAt),
      timeWindows: draft.schedule.timeWindows.map((window) => ({
        dayOfWeek: Number(window.dayOfWeek),
        startTime: window.startTime,
        endTime: window.endTime,
      })),
    },
    frequencyCap: maxDeliveries !== '' && perHours !== '' ? { maxDeliveries, perHours } : null,
    minimumGapMinutes: numberOrNull(draft.minimumGapMinutes),
    priority: numberOrNull(draft.priority) ?? 0,
    tags: draft.tags.map((tag) => tag.trim()),
  };
}

export function createCampaignInput(tenantId: string, draft: CampaignDraft): CreateCampaignInput {
  return { tenantId, ...campaignSettings(draft) };
}

export function updateCampaignInput(id: string, draft: CampaignDraft): UpdateCampaignInput {
  return { id, ...campaignSettings(draft) };
}
