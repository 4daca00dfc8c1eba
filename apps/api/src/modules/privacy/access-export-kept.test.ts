import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { completeRequest, createRequest, GET_REQUEST, logIn, member } from '../../../test/privacy-fixtures';
import { consentingAdult, sdkTenant } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { AuditEntry } from '../audit/audit-entry.entity';
import { PrivacyRequest } from './privacy-request.entity';

const DOWNLOAD = 'mutation($id: ID!) { downloadAccessExport(id: $id) }';
const PURGE = 'mutation($tenantId: ID!) { runRetentionPurge(tenantId: $tenantId) { erased { kind count } } }';
const UPDATE_RETENTION =
  'mutation($input: UpdateRetentionInput!) { updateRetention(input: $input) { eventRetentionDays } }';

const DAY = 86_400_000;

describe.each(databaseKinds)('a kept ACCESS export (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());
  const later = (days: number) => {
    clock = new Date(clock.getTime() + days * DAY);
  };

  async function answeredAccess(t: { token: string; tenantId: string; key: string }, deviceId: string) {
    await consentingAdult(api, t.key, deviceId);
    const created = await createRequest(api, t.token, { tenantId: t.tenantId, type: 'ACCESS', subject: { deviceId } });
    return completeRequest(api, t.token, created.id);
  }

  const stored = (id: string) =>
    api.server.orm.em.fork().findOneOrFail(PrivacyRequest, { id }, { filters: false, populate: ['accessExport'] });

  it('can be downloaded again for 30 days, each download audited, then is purged', async () => {
    const t = await sdkTenant(api);
    const done = await answeredAccess(t, 'reader');
    const id = done.request.id as string;
    expect(done.request.accessExportExpiresAt).toBe(new Date(clock.getTime() + 30 * DAY).toISOString());

    const officer = await member(api, t.token, t.tenantId, 'PRIVACY_OFFICER');
    const again = await api.gql(DOWNLOAD, { id }, officer.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.downloadAccessExport).toBe(done.export);
    const audited = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: 'downloadAccessExport', targetId: id }, { filters: false });
    expect(audited).toHaveLength(1);

    later(29);
    t.token = await logIn(api, t.email);
    expect((await api.gql(DOWNLOAD, { id }, t.token)).errors).toBeUndefined();
    later(2);
    t.token = await logIn(api, t.email);
    expect(codes(await api.gql(DOWNLOAD, { id }, t.token))).toEqual(['NOT_FOUND']);
    const purged = await api.gql(PURGE, { tenantId: t.tenantId }, t.token);
    expect(purged.data!.runRetentionPurge.erased).toContainEqual({ kind: 'AccessExport', count: 1 });
    expect(await stored(id)).toMatchObject({ accessExport: null, accessExportExpiresAt: null });
    expect((await api.gql(GET_REQUEST, { id }, t.token)).data!.privacyRequest.accessExportExpiresAt).toBeNull();
  });

  it('is kept no longer than the tenant keeps its events', async () => {
    const t = await sdkTenant(api);
    await api.gql(UPDATE_RETENTION, { input: { tenantId: t.tenantId, eventRetentionDays: 7 } }, t.token);
    const done = await answeredAccess(t, 'short-lived');
    expect(done.request.accessExportExpiresAt).toBe(new Date(clock.getTime() + 7 * DAY).toISOString());
  });

  it('goes when the same person is erased, and only theirs', async () => {
    const t = await sdkTenant(api);
    const theirs = await answeredAccess(t, 'leaving');
    const someoneElse = await answeredAccess(t, 'staying');
    const erasure = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'leaving' },
    });
    const erased = await completeRequest(api, t.token, erasure.id);
    expect(erased.erased).toContainEqual({ kind: 'AccessExport', count: 1 });
    expect(codes(await api.gql(DOWNLOAD, { id: theirs.request.id }, t.token))).toEqual(['NOT_FOUND']);
    const row = await stored(theirs.request.id as string);
    expect(row.accessExport).toBeNull();
    expect(JSON.stringify(row)).not.toContain('leaving');
    expect((await api.gql(DOWNLOAD, { id: someoneElse.request.id }, t.token)).data!.downloadAccessExport).toBe(
      someoneElse.export,
    );
  });

  it("is for OWNER and PRIVACY_OFFICER of the request's tenant only, and only of an answered ACCESS request", async () => {
    const t = await sdkTenant(api);
    const done = await answeredAccess(t, 'guarded');
    for (const role of ['MARKETER', 'ANALYST']) {
      const op = await member(api, t.token, t.tenantId, role);
      expect(codes(await api.gql(DOWNLOAD, { id: done.request.id }, op.token))).toEqual(['FORBIDDEN']);
    }
    const stranger = await sdkTenant(api);
    expect(codes(await api.gql(DOWNLOAD, { id: done.request.id }, stranger.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(DOWNLOAD, { id: done.request.id }, t.key))).toEqual(['FORBIDDEN']);
    const open = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: 'not-yet' },
    });
    expect(codes(await api.gql(DOWNLOAD, { id: open.id }, t.token))).toEqual(['NOT_FOUND']);
  });
});
