import { expect } from 'vitest';
import { createApiKey, owner } from './fixtures';
import type { TestApi } from './test-api';

export const UPSERT =
  'mutation($input: UpsertEndUserInput!) { upsertEndUser(input: $input) { endUser { id deviceId locationPermission } reasons } }';
export const CONSENT =
  'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id purpose granted policyVersion recordedAt } } }';
export const EVENTS = 'mutation($input: RecordEventsInput!) { recordEvents(input: $input) { accepted rejected } }';

/** A tenant owner with an SDK key. */
export async function sdkTenant(api: TestApi) {
  const boss = await owner(api);
  const { key } = await createApiKey(api, boss.token, boss.tenantId);
  return { ...boss, key };
}

export async function upsert(api: TestApi, key: string, input: Record<string, unknown>) {
  const r = await api.gql(UPSERT, { input }, key);
  expect(r.errors).toBeUndefined();
  return r.data!.upsertEndUser as { endUser: { id: string } | null; reasons: string[] };
}

export async function consent(
  api: TestApi,
  key: string,
  deviceId: string,
  purpose: string,
  granted: boolean,
  recordedAt?: string,
) {
  const r = await api.gql(
    CONSENT,
    { input: { deviceId, purpose, granted, source: 'SDK', policyVersion: '1', recordedAt } },
    key,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.recordConsent.consent;
}

/** An adult who allowed location and agreed to location, marketing and analytics. */
export async function consentingAdult(api: TestApi, key: string, deviceId: string) {
  await upsert(api, key, { deviceId, age: 30, locationPermission: 'ALWAYS' });
  for (const purpose of ['LOCATION', 'MARKETING', 'ANALYTICS']) await consent(api, key, deviceId, purpose, true);
}
