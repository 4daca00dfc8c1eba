import type { BeaconsTable_BeaconFragment } from '@vicinity/schema/graphql';
import { z } from 'zod';
import { latitudeText, longitudeText, numberText } from './coordinates.schema';
import { formatTags, parseTags } from './tags';

export interface BeaconFormValues {
  name: string;
  uuid: string;
  major: string;
  minor: string;
  latitude: string;
  longitude: string;
  tags: string;
}

const beaconNumber = (label: string) => numberText(label, 0, 65_535).pipe(z.number().int(`${label} is a whole number`));

export const beaconFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the beacon').max(120, 'At most 120 characters'),
    // iBeacon proximity UUIDs are any 128-bit value, so no RFC 4122 version check.
    uuid: z
      .string()
      .trim()
      .regex(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        'Enter a UUID like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0',
      ),
    major: beaconNumber('Major'),
    minor: beaconNumber('Minor'),
    latitude: z.string(),
    longitude: z.string(),
    tags: z.string().transform(parseTags),
  })
  .transform((values, context) => {
    const { latitude, longitude, ...rest } = values;
    if (!latitude.trim() && !longitude.trim()) return { ...rest, placement: undefined };
    const placement = z.object({ latitude: latitudeText, longitude: longitudeText }).safeParse({ latitude, longitude });
    if (!placement.success) {
      for (const issue of placement.error.issues)
        context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { ...rest, placement: placement.data };
  });

export const emptyBeaconValues: BeaconFormValues = {
  name: '',
  uuid: '',
  major: '',
  minor: '',
  latitude: '',
  longitude: '',
  tags: '',
};

export function beaconValuesOf(beacon: BeaconsTable_BeaconFragment): BeaconFormValues {
  return {
    name: beacon.name,
    uuid: beacon.uuid,
    major: String(beacon.major),
    minor: String(beacon.minor),
    latitude: beacon.placement ? String(beacon.placement.latitude) : '',
    longitude: beacon.placement ? String(beacon.placement.longitude) : '',
    tags: formatTags(beacon.tags),
  };
}

/** Which form field a server error's `extensions.field` belongs to ("placement.latitude" -> "latitude"). */
export function beaconFormField(serverField: string): keyof BeaconFormValues | null {
  if (serverField === 'placement.longitude') return 'longitude';
  if (serverField.startsWith('placement')) return 'latitude';
  if (serverField.startsWith('tags')) return 'tags';
  const known: readonly string[] = ['name', 'uuid', 'major', 'minor'];
  return known.includes(serverField) ? (serverField as keyof BeaconFormValues) : null;
}
