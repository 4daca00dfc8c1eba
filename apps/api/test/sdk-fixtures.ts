import { expect } from 'vitest';
import { setTenantSuspension } from '../src/modules/tenants/suspension';
import { createApiKey, owner } from './fixtures';
import type { GqlClient, TestApi } from './test-api';

export const UPSERT =
  'mutation($input: UpsertEndUserInput!) { upsertEndUser(input: $input) { endUser { id deviceId locationPermission } reasons } }';
export const CONSENT =
  'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id purpose granted policyVersion recordedAt } } }';
export const EVENTS = 'mutation($input: RecordEventsInput!) { recordEvents(input: $input) { accepted rejected } }';

/** A tenant owner with an SDK key. */
export async function sdkTenant(api: GqlClient) {
  const boss = await owner(api);
  const { key } = await createApiKey(api, boss.token, boss.tenantId);
  return { ...boss, key };
}

export async function upsert(api: GqlClient, key: string, input: Record<string, unknown>) {
  const r = await api.gql(UPSERT, { input }, key);
  expect(r.errors).toBeUndefined();
  return r.data!.upsertEndUser as { endUser: { id: string } | null; reasons: string[] };
}

export async function consent(
  api: GqlClient,
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

/**
 * An adult who allowed location and agreed to location, marketing and analytics, at `since` (default now): events
 * are only kept from the moment the consent was given.
 */
export async function consentingAdult(api: GqlClient, key: string, deviceId: string, since?: string) {
  await upsert(api, key, { deviceId, age: 30, locationPermission: 'ALWAYS' });
  for (const purpose of ['LOCATION', 'MARKETING', 'ANALYTICS']) await consent(api, key, deviceId, purpose, true, since);
}

/** Suspends the tenant (or lifts it with null) the way platform operations do (`pnpm tenant:suspend`). */
export async function setSuspended(api: TestApi, tenantId: string, suspendedAt: Date | null) {
  await setTenantSuspension(api.server.orm.em.fork(), tenantId, suspendedAt);
}
