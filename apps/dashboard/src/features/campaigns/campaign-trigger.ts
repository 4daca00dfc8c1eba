import type { Trigger } from '@vicinity/schema/graphql';

export const triggerLabels: Record<Trigger, string> = {
  ENTER: 'Enter a place',
  DWELL: 'Stay in a place',
  BEACON_NEAR: 'Near a beacon',
};

export const triggerDescriptions: Record<Trigger, string> = {
  ENTER: 'Sent when someone walks into one of the chosen geofences.',
  DWELL: 'Sent when someone stays inside a geofence for a number of minutes.',
  BEACON_NEAR: 'Sent when someone’s phone comes close to one of the chosen beacons.',
};

export const triggerOptions = (Object.keys(triggerLabels) as Trigger[]).map((trigger) => ({
  value: trigger,
  label: triggerLabels[trigger],
}));

export function isTrigger(value: string): value is Trigger {
  return value in triggerLabels;
}

/** How a campaign's trigger reads in a table or summary, e.g. "Stay in a place · 10 min". */
export function describeTrigger(trigger: Trigger, dwellMinutes: number | null): string {
  if (trigger === 'DWELL' && dwellMinutes !== null) return `${triggerLabels.DWELL} · ${dwellMinutes} min`;
  return triggerLabels[trigger];
}
