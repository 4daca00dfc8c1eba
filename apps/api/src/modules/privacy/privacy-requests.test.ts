import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createApiKey } from '../../../test/fixtures';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import {
  COMPLETE_REQUEST,
  completeRequest,
  CREATE_REQUEST,
  createRequest,
  DENY_REQUEST,
  END_USER,
  endUserId,
  EXTEND_REQUEST,
  GET_REQUEST,
  LIST_REQUESTS,
  logIn,
  member,
} from '../../../test/privacy-fixtures';
import { consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { PrivacyRequest } from './privacy-request.entity';

const ELIGIBILITY = 'query($input: EligibilityInput!) { eligibility(input: $input) { eligible reasons } }';

describe.each(databaseKinds)('privacy requests (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-01-31T10:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const later = (days: number) => {
    clock = new Date(clock.getTime() + days * 86_400_000);
  };

  it('answers an ACCESS request with the documented export, and keeps nothing personal once completed', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'device-access-1');
    await upsert(api, t.key, {
      deviceId: 'device-access-1',
      countryCode: 'FR',
      email: 'Jane.Doe@Example.com',
      phone: '+33 6 12 34 56 78',
      name: 'Jane Doe',
    });
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await api.gql(
      EVENTS,
      { input: { events: [{ deviceId: 'device-access-1', campaignId, type: 'DELIVERED' }] } },
      t.key,
    );

    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { email: 'jane.doe@example.com' },
      note: 'by letter',
    });
    expect(created).toMatchObject({
      type: 'ACCESS',
      status: 'RECEIVED',
      jurisdiction: 'EU_EEA_UK_CH',
      receivedAt: '2026-01-31T10:00:00.000Z',
      dueAt: '2026-02-28T10:00:00.000Z',
      acknowledgeBy: null,
      subjectFound: true,
      subjectLabel: 'email j***@e***.com',
      daysLeft: 28,
      erased: [],
      repeatAccessWithin12Months: false,
    });
    expect(created.events).toEqual([
      { at: '2026-01-31T10:00:00.000Z', action: 'RECEIVED', note: null, actorName: 'Olivia Operator' },
    ]);

    const done = await completeRequest(api, t.token, created.id);
    expect(done.request).toMatchObject({ status: 'COMPLETED', completedAt: '2026-01-31T10:00:00.000Z' });
    expect(done.request.events.map((e: { action: string }) => e.action)).toEqual(['RECEIVED', 'COMPLETED']);
    const exported = JSON.parse(done.export!);
    expect(exported).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-01-31T10:00:00.000Z',
      tenant: { id: t.tenantId, name: 'Acme Retail' },
      profile: {
        deviceId: 'device-access-1',
        email: 'jane.doe@example.com',
        phone: '+33 6 12 34 56 78',
        name: 'Jane Doe',
        countryCode: 'FR',
        age: 30,
        locationPermission: 'ALWAYS',
      },
      events: [{ type: 'DELIVERED', campaignId }],
      requests: [{ id: created.id, type: 'ACCESS' }],
    });
    expect(exported.consents).toHaveLength(3);
    expect(exported.consents.find((c: { purpose: string }) => c.purpose === 'LOCATION')).toEqual({
      purpose: 'LOCATION',
      granted: true,
      source: 'SDK',
      policyVersion: '1',
      recordedAt: expect.any(String),
      receivedAt: expect.any(String),
    });

    const stored = await api.server.orm.em.fork().findOneOrFail(PrivacyRequest, { id: created.id }, { filters: false });
    const text = JSON.stringify(stored);
    for (const identifier of ['device-access-1', 'jane.doe@example.com', 'Jane Doe', exported.profile.id]) {
      expect(text).not.toContain(identifier);
    }
    expect(stored.endUser).toBeNull();
  });

  it('records a request whose subject matches nobody, and completes it with nothing to do, saying so', async () => {
    const t = await sdkTenant(api);
    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { externalId: 'crm-000042' },
    });
    expect(created).toMatchObject({ subjectFound: false, jurisdiction: 'OTHER', subjectLabel: 'external id cr…42' });
    expect(created.acknowledgeBy).toBe('2026-02-13T10:00:00.000Z');
    expect(created.dueAt).toBe('2026-03-17T10:00:00.000Z');
    const done = await completeRequest(api, t.token, created.id);
    expect(done.erased).toEqual([]);
    expect(done.export).toBeNull();
    expect(done.request.events.at(-1)).toMatchObject({
      action: 'COMPLETED',
      note: 'no end user matched the subject: nothing to do',
    });
  });

  it('erases an end user on ERASURE, reporting counts by kind, and leaves others alone', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'erase-me');
    await consentingAdult(api, t.key, 'keep-me');
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const events = ['erase-me', 'erase-me', 'keep-me'].map((deviceId) => ({ deviceId, campaignId, type: 'DELIVERED' }));
    await api.gql(EVENTS, { input: { events } }, t.key);
    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'erase-me' },
    });
    const done = await completeRequest(api, t.token, created.id);
    expect(Object.fromEntries(done.erased.map((c) => [c.kind, c.count]))).toEqual({
      ConsentRecord: 3,
      EngagementEvent: 2,
      EndUser: 1,
      WebhookDelivery: 0,
    });
    expect(done.request.erased).toEqual(done.erased);
    const left = await api.gql(
      ELIGIBILITY,
      { input: { deviceId: 'erase-me', position: { latitude: 0, longitude: 0 } } },
      t.key,
    );
    expect(left.data!.eligibility.reasons).toEqual(['UNKNOWN_END_USER']);
    const kept = await api.gql(
      ELIGIBILITY,
      { input: { deviceId: 'keep-me', position: { latitude: 0, longitude: 0 } } },
      t.key,
    );
    expect(kept.data!.eligibility.eligible).toBe(true);
  });

  it('erases a child on CHILD_ERASURE and suppresses the device so the SDK cannot bring it back', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'child-device');
    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'CHILD_ERASURE',
      subject: { deviceId: 'child-device' },
    });
    const done = await completeRequest(api, t.token, created.id);
    expect(done.erased.find((c) => c.kind === 'EndUser')?.count).toBe(1);
    expect(await upsert(api, t.key, { deviceId: 'child-device', age: 30 })).toEqual({
      endUser: null,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
  });

  it('corrects profile fields on RECTIFICATION, validated like the SDK upsert', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, {
      deviceId: 'rectify-me',
      age: 30,
      email: 'old@example.com',
      countryCode: 'US',
      regionCode: 'CA',
    });
    const bad = await api.gql(
      CREATE_REQUEST,
      {
        input: {
          tenantId: t.tenantId,
          type: 'RECTIFICATION',
          subject: { deviceId: 'rectify-me' },
          rectification: { email: 'not-an-email' },
        },
      },
      t.token,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectification.email' });
    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'RECTIFICATION',
      subject: { deviceId: 'rectify-me' },
      rectification: { email: 'New@Example.com', name: 'Sam', countryCode: 'de' },
    });
    expect(created.jurisdiction).toBe('US_CA');
    await completeRequest(api, t.token, created.id);
    const profile = await api.gql(END_USER, { id: await endUserId(api, t.token, t.tenantId, 'rectify-me') }, t.token);
    expect(profile.data!.endUser).toMatchObject({ maskedEmail: 'n***@e***.com', name: 'Sam', countryCode: 'DE' });
  });

  it('restricts and lifts processing on RESTRICTION and OBJECTION: no offers until lifted', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'restrict-me');
    const ask = async () =>
      (
        await api.gql(
          ELIGIBILITY,
          { input: { deviceId: 'restrict-me', position: { latitude: 0, longitude: 0 } } },
          t.key,
        )
      ).data!.eligibility.reasons;
    for (const type of ['RESTRICTION', 'OBJECTION']) {
      const set = await createRequest(api, t.token, {
        tenantId: t.tenantId,
        type,
        subject: { deviceId: 'restrict-me' },
      });
      await completeRequest(api, t.token, set.id);
      expect(await ask()).toEqual(['PROCESSING_RESTRICTED']);
      const lift = await createRequest(api, t.token, {
        tenantId: t.tenantId,
        type,
        subject: { deviceId: 'restrict-me' },
        lift: true,
      });
      const done = await completeRequest(api, t.token, lift.id);
      expect(done.request.events.at(-1).note).toMatch(/lifted/);
      expect(await ask()).toEqual([]);
    }
  });

  it('links a duplicate of an open request instead of doubling it', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'dup-device', age: 30, email: 'dup@example.com' });
    const first = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'dup-device' },
    });
    const second = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { email: 'DUP@example.com' },
    });
    expect(second).toMatchObject({ duplicateOfId: first.id, status: 'COMPLETED' });
    const original = await api.gql(GET_REQUEST, { id: first.id }, t.token);
    expect(original.data!.privacyRequest.events.map((e: { action: string }) => e.action)).toEqual([
      'RECEIVED',
      'LINKED',
    ]);
    const access = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'dup-device' },
    });
    expect(access.duplicateOfId).toBeNull();
  });

  it('flags a second ACCESS request within 12 months under CCPA', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'ca-device', age: 30, regionCode: 'us-ca' });
    await upsert(api, t.key, { deviceId: 'eu-device', age: 30, countryCode: 'FR' });
    const ask = (deviceId: string) =>
      createRequest(api, t.token, { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId } });
    const first = await ask('ca-device');
    expect(first).toMatchObject({ repeatAccessWithin12Months: false, jurisdiction: 'US_CA' });
    await completeRequest(api, t.token, first.id);
    later(200);
    t.token = await logIn(api, t.email);
    const second = await ask('ca-device');
    expect(second.repeatAccessWithin12Months).toBe(true);
    await completeRequest(api, t.token, second.id);
    await completeRequest(api, t.token, (await ask('eu-device')).id);
    expect((await ask('eu-device')).repeatAccessWithin12Months).toBe(false);
    later(370);
    t.token = await logIn(api, t.email);
    expect((await ask('ca-device')).repeatAccessWithin12Months).toBe(false);
  });

  it('denies with a reason only, and extends by the rules of the jurisdiction', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'eu-subject', age: 30, countryCode: 'IT' });
    await upsert(api, t.key, { deviceId: 'us-subject', age: 30, countryCode: 'US' });
    const eu = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'eu-subject' },
    });
    const us = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'us-subject' },
    });

    const noReason = await api.gql(DENY_REQUEST, { input: { id: eu.id, reason: ' ' } }, t.token);
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const tooLong = await api.gql(EXTEND_REQUEST, { input: { id: eu.id, reason: 'complex', months: 3 } }, t.token);
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    const extended = await api.gql(EXTEND_REQUEST, { input: { id: eu.id, reason: 'complex', months: 2 } }, t.token);
    expect(extended.data!.extendPrivacyRequest).toMatchObject({
      status: 'IN_PROGRESS',
      extensionReason: 'complex',
      dueAt: DateTimeIso(eu.receivedAt, 3),
    });
    const again = await api.gql(EXTEND_REQUEST, { input: { id: eu.id, reason: 'more', months: 1 } }, t.token);
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);

    const wrongDays = await api.gql(EXTEND_REQUEST, { input: { id: us.id, reason: 'volume', days: 30 } }, t.token);
    expect(wrongDays.errors![0]!.extensions).toMatchObject({ field: 'days' });
    const usExtended = await api.gql(EXTEND_REQUEST, { input: { id: us.id, reason: 'volume', days: 45 } }, t.token);
    expect(usExtended.data!.extendPrivacyRequest.events.at(-1)).toMatchObject({ action: 'EXTENDED', note: 'volume' });

    const denied = await api.gql(DENY_REQUEST, { input: { id: us.id, reason: 'identity not verified' } }, t.token);
    expect(denied.data!.denyPrivacyRequest).toMatchObject({ status: 'DENIED', denialReason: 'identity not verified' });
    expect(codes(await api.gql(COMPLETE_REQUEST, { id: us.id }, t.token))).toEqual(['CONFLICT']);
  });

  it('lists requests by due date, filtered by status, type and overdue, in pages', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'eu-list', age: 30, countryCode: 'FR' });
    const other = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'nobody' },
    });
    const eu = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'eu-list' },
    });
    const list = async (filters: Record<string, unknown> = {}) => {
      const r = await api.gql(LIST_REQUESTS, { tenantId: t.tenantId, ...filters }, t.token);
      expect(r.errors).toBeUndefined();
      return r.data!.privacyRequests;
    };
    expect((await list()).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([eu.id, other.id]);
    expect((await list({ type: 'ACCESS' })).totalCount).toBe(1);
    const page = await list({ first: 1 });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await list({ first: 1, after: page.pageInfo.endCursor });
    expect(next.edges[0].node.id).toBe(other.id);
    later(40);
    t.token = await logIn(api, t.email);
    const overdue = await list({ overdue: true });
    expect(
      overdue.edges.map((e: { node: { id: string; daysLeft: number } }) => [e.node.id, e.node.daysLeft < 0]),
    ).toEqual([[eu.id, true]]);
    expect((await list({ overdue: false })).totalCount).toBe(1);
    await completeRequest(api, t.token, eu.id);
    expect((await list({ overdue: true })).totalCount).toBe(0);
    expect((await list({ status: 'COMPLETED' })).totalCount).toBe(1);
  });

  it('lists open requests first, soonest due first, then closed ones, most recently closed first, in pages', async () => {
    const t = await sdkTenant(api);
    const request = async (deviceId: string) =>
      (await createRequest(api, t.token, { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId } })).id;
    const closedFirst = await request('closed-first');
    later(1);
    const openSooner = await request('open-sooner');
    later(1);
    const closedLast = await request('closed-last');
    later(1);
    const openLater = await request('open-later');
    t.token = await logIn(api, t.email);
    await api.gql(DENY_REQUEST, { input: { id: closedFirst, reason: 'identity not verified' } }, t.token);
    later(1);
    t.token = await logIn(api, t.email);
    await completeRequest(api, t.token, closedLast);
    const list = async (page: Record<string, unknown>) => {
      const r = await api.gql(LIST_REQUESTS, { tenantId: t.tenantId, ...page }, t.token);
      expect(r.errors).toBeUndefined();
      return r.data!.privacyRequests;
    };
    const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

    expect(ids(await list({}))).toEqual([openSooner, openLater, closedLast, closedFirst]);
    const first = await list({ first: 1 });
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    const third = await list({ first: 2, after: second.pageInfo.endCursor });
    expect([ids(first), ids(second), ids(third)]).toEqual([[openSooner], [openLater, closedLast], [closedFirst]]);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('tells apart two people whose masked labels read alike, and gives one person the same reference each time', async () => {
    const t = await sdkTenant(api);
    const request = async (type: string, deviceId: string) => {
      const r = await api.gql(
        `mutation($input: CreatePrivacyRequestInput!) { createPrivacyRequest(input: $input) { subjectLabel subjectReference } }`,
        { input: { tenantId: t.tenantId, type, subject: { deviceId } } },
        t.token,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.createPrivacyRequest;
    };
    const [kim, lou, kimAgain] = [
      await request('ACCESS', 'kim'),
      await request('ACCESS', 'lou'),
      await request('ERASURE', 'kim'),
    ];
    expect([kim.subjectLabel, lou.subjectLabel]).toEqual(['device •••', 'device •••']);
    expect(kim.subjectReference).toMatch(/^[0-9A-F]{6}$/);
    expect(lou.subjectReference).not.toBe(kim.subjectReference);
    expect(kimAgain.subjectReference).toBe(kim.subjectReference);
  });

  it("lets only OWNER and PRIVACY_OFFICER in, never an API key, and hides other tenants' requests", async () => {
    const t = await sdkTenant(api);
    const created = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'x' },
    });
    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    expect((await api.gql(GET_REQUEST, { id: created.id }, officer.token)).errors).toBeUndefined();
    for (const role of ['MARKETER', 'ANALYST']) {
      const op = await member(api, t.token, t.tenantId, role);
      expect(codes(await api.gql(GET_REQUEST, { id: created.id }, op.token))).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(COMPLETE_REQUEST, { id: created.id }, op.token))).toEqual(['FORBIDDEN']);
      const create = await api.gql(
        CREATE_REQUEST,
        { input: { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId: 'x' } } },
        op.token,
      );
      expect(codes(create)).toEqual(['FORBIDDEN']);
      expect(codes(await api.gql(LIST_REQUESTS, { tenantId: t.tenantId }, op.token))).toEqual(['FORBIDDEN']);
    }
    const { key } = await createApiKey(api, t.token, t.tenantId);
    expect(codes(await api.gql(GET_REQUEST, { id: created.id }, key))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(GET_REQUEST, { id: created.id }))).toEqual(['UNAUTHENTICATED']);

    const stranger = await sdkTenant(api);
    expect(codes(await api.gql(GET_REQUEST, { id: created.id }, stranger.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(COMPLETE_REQUEST, { id: created.id }, stranger.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(DENY_REQUEST, { input: { id: created.id, reason: 'r' } }, stranger.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(LIST_REQUESTS, { tenantId: t.tenantId }, stranger.token))).toEqual(['NOT_FOUND']);
    const status = await api.gql(GET_REQUEST, { id: created.id }, t.token);
    expect(status.data!.privacyRequest.status).toBe('RECEIVED');
  });

  it('refuses a request without any subject identifier, writing nothing', async () => {
    const t = await sdkTenant(api);
    const r = await api.gql(CREATE_REQUEST, { input: { tenantId: t.tenantId, type: 'ACCESS', subject: {} } }, t.token);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject.deviceId' });
    expect(await api.server.orm.em.fork().count(PrivacyRequest, { tenant: t.tenantId }, { filters: false })).toBe(0);
  });
});

/** `iso` plus `months` calendar months, as the API writes it. */
function DateTimeIso(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}
