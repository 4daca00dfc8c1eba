import { expect } from 'vitest';
import type { GqlClient } from './test-api';

export const CREATE_GEOFENCE =
  'mutation($input: CreateGeofenceInput!) { createGeofence(input: $input) { id name shape center { latitude longitude } radiusMeters polygon { latitude longitude } tags } }';
export const CREATE_BEACON =
  'mutation($input: CreateBeaconInput!) { createBeacon(input: $input) { id name uuid major minor placement { latitude longitude } tags } }';

export const PARIS = { latitude: 48.8566, longitude: 2.3522 };
export const SQUARE = [
  { latitude: 48.85, longitude: 2.34 },
  { latitude: 48.85, longitude: 2.36 },
  { latitude: 48.87, longitude: 2.36 },
  { latitude: 48.87, longitude: 2.34 },
];

export async function createCircle(
  api: GqlClient,
  token: string,
  tenantId: string,
  name = 'Store',
  radiusMeters = 150,
  tags: string[] = [],
) {
  const r = await api.gql(CREATE_GEOFENCE, { input: { tenantId, name, center: PARIS, radiusMeters, tags } }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.createGeofence.id as string;
}

export async function createBeacon(api: GqlClient, token: string, tenantId: string, major = 1, minor = 1) {
  const r = await api.gql(
    CREATE_BEACON,
    {
      input: { tenantId, name: `Beacon ${major}.${minor}`, uuid: 'F7826DA6-4FA2-4E98-8024-BC5B71E0893E', major, minor },
    },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createBeacon.id as string;
}

export const CREATE_CAMPAIGN =
  'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id name status trigger dwellMinutes priority tags content { title body imageUrl actionUrl } schedule { startsAt endsAt timeWindows { dayOfWeek startTime endTime } } frequencyCap { maxDeliveries perHours } minimumGapMinutes geofences { id } beacons { id } } }';
export const SET_STATUS =
  'mutation($input: SetCampaignStatusInput!) { setCampaignStatus(input: $input) { id status } }';

export async function createCampaign(
  api: GqlClient,
  token: string,
  tenantId: string,
  patch: Record<string, unknown> = {},
) {
  const r = await api.gql(
    CREATE_CAMPAIGN,
    { input: { tenantId, name: 'Autumn coffee', trigger: 'ENTER', content: { title: 'A warm welcome' }, ...patch } },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createCampaign.id as string;
}
