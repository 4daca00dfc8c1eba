import type { CampaignStatus, Trigger } from '@vicinity/schema/graphql';

// The API names fields and enum values as its clients' code does; a person reads the dashboard's words for them.
const fieldWords: Record<string, string> = {
  radiusMeters: 'the radius (in metres)',
  'center.latitude': 'the latitude',
  'center.longitude': 'the longitude',
  dwellMinutes: 'the time spent in the place',
  startsAt: 'the start',
  endsAt: 'the end',
  geofenceIds: 'the geofences',
  beaconIds: 'the beacons',
  maxDeliveries: 'the most deliveries',
  perHours: 'the hours of the cap',
  minimumGapMinutes: 'the minimum gap',
  eventRetentionDays: 'how long events are kept',
  inactiveEndUserDays: 'how long inactive end users are kept',
  actionUrl: 'the action URL',
  imageUrl: 'the image URL',
  deviceId: 'the device id',
  externalId: 'the external id',
  minimumAge: 'the minimum age',
};

const triggerWords: Record<Trigger, string> = {
  ENTER: '“Enter a place”',
  DWELL: '“Stay in a place”',
  BEACON_NEAR: '“Near a beacon”',
};

const statusWords: Record<CampaignStatus, string> = {
  DRAFT: 'draft',
  ACTIVE: 'active',
  PAUSED: 'paused',
  ENDED: 'ended',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const wordFor = (name: string) => fieldWords[name] ?? name;

/**
 * A message of the API in the dashboard's words: no field names, no enum values, numbers with separators.
 * "radiusMeters must be between 1 and 100000" reads "The radius (in metres) must be between 1 and 100,000".
 */
export function inWords(message: string): string {
  const worded = message
    .replace(/\bA (ENTER|DWELL|BEACON_NEAR) campaign\b/g, (_, trigger: string) => {
      const words = triggerWords[trigger as Trigger];
      return `${/^“[AEIOU]/.test(words) ? 'An' : 'A'} ${words} campaign`;
    })
    .replace(/\b(DRAFT|ACTIVE|PAUSED|ENDED)\b/g, (status) => statusWords[status as CampaignStatus])
    .replace(/\b(ENTER|DWELL|BEACON_NEAR)\b/g, (trigger) => triggerWords[trigger as Trigger])
    .replace(/\b[a-z]+(?:\.[a-z]+)?[A-Z][A-Za-z.]*\b|\bcenter\.(?:latitude|longitude)\b/g, wordFor)
    .replace(/\b\d{5,}\b/g, (digits) => Number(digits).toLocaleString('en'));
  return capitalised(worded);
}
