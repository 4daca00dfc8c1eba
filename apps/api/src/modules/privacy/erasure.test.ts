import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { createCampaign, createCircle } from '../../../test/places-fixtures';
import { COMPLETE_REQUEST, completeRequest, createRequest, endUserId } from '../../../test/privacy-fixtures';
import { consentingAdult, EVENTS, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { ConsentRecord } from '../end-users/consent-record.entity';
import { EndUser } from '../end-users/end-user.entity';
import { EngagementEvent } from '../engagement/engagement-event.entity';
import { endUserReferences } from './erase-end-user';
import { PrivacyRequest } from './privacy-request.entity';

type Row = Record<string, unknown>;

describe.each(databaseKinds)('erasure (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  const execute = (sql: string) => api.server.orm.em.fork().getConnection().execute(sql);

  /** Every row of every table the ORM knows, read with raw SQL, as JSON text per table. */
  async function everyRow(): Promise<Map<string, Row[]>> {
    const tables = new Map<string, Row[]>();
    for (const meta of Object.values(api.server.orm.getMetadata().getAll())) {
      if (meta.embeddable || meta.virtual || !meta.tableName) continue;
      tables.set(meta.tableName, (await execute(`select * from ${meta.tableName}`)) as Row[]);
    }
    return tables;
  }

  it('covers every relation to an end user that the ORM knows, by erasing or unlinking it', () => {
    const em = api.server.orm.em.fork();
    const covered = new Set(endUserReferences(em).map((r) => `${r.meta.className}.${r.property}`));
    for (const meta of Object.values(api.server.orm.getMetadata().getAll())) {
      for (const p of Object.values(meta.properties)) {
        if (p.type !== EndUser.name || meta.className === EndUser.name) continue;
        expect(['m:1', '1:1'], `${meta.className}.${p.name} is a ${p.kind} the eraser cannot follow`).toContain(p.kind);
        expect(covered, `${meta.className}.${p.name} is not erased`).toContain(`${meta.className}.${p.name}`);
      }
    }
    expect(covered).toEqual(new Set(['ConsentRecord.endUser', 'EngagementEvent.endUser', 'PrivacyRequest.endUser']));
  });

  it("leaves none of the subject's identifiers in any table, and every other end user's rows as they were", async () => {
    const t = await sdkTenant(api);
    const subject = {
      deviceId: 'scan-subject-device-7f3a9c',
      email: 'scan.subject.7f3a9c@example.org',
      phone: '+33 6 98 76 54 32',
      externalId: 'crm-scan-subject-7f3a9c',
    };
    await consentingAdult(api, t.key, subject.deviceId);
    await upsert(api, t.key, { ...subject, name: 'Scan Subject' });
    await consentingAdult(api, t.key, 'bystander-device-51e2');
    await upsert(api, t.key, { deviceId: 'bystander-device-51e2', email: 'bystander@example.org' });
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const events = [subject.deviceId, subject.deviceId, 'bystander-device-51e2'].map((deviceId) => ({
      deviceId,
      campaignId,
      type: 'DELIVERED',
    }));
    await api.gql(EVENTS, { input: { events } }, t.key);
    const id = await endUserId(api, t.token, t.tenantId, subject.deviceId);
    const bystanderId = await endUserId(api, t.token, t.tenantId, 'bystander-device-51e2');
    // Operations that name the end user in the audit log and in open requests.
    await api.gql('mutation($id: ID!) { revealEndUserContact(id: $id) { email } }', { id }, t.token);
    await api.gql('mutation($id: ID!) { restrictEndUser(id: $id) { id } }', { id }, t.token);
    const access = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ACCESS',
      subject: { deviceId: subject.deviceId },
    });
    await completeRequest(api, t.token, access.id);
    const pending = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'RECTIFICATION',
      subject: { email: subject.email },
      rectification: { name: 'Scan Subject Corrected' },
    });

    const aboutBystander = (tables: Map<string, Row[]>) =>
      [...tables].map(([table, rows]) => [
        table,
        rows.map((r) => JSON.stringify(r)).filter((r) => r.includes(bystanderId) || r.includes('bystander')),
      ]);
    const before = await everyRow();
    expect(JSON.stringify([...before])).toContain(subject.deviceId);

    const erasure = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { externalId: subject.externalId },
    });
    const done = await completeRequest(api, t.token, erasure.id);
    expect(done.erased.find((c) => c.kind === 'EndUser')?.count).toBe(1);

    const after = await everyRow();
    const text = JSON.stringify([...after]);
    for (const value of [...Object.values(subject), subject.phone.replace(/ /g, ''), 'Scan Subject', id]) {
      expect(text, `"${value}" is still stored`).not.toContain(value);
    }
    expect(aboutBystander(after)).toEqual(aboutBystander(before));
    const stillPending = after.get('privacy_request')!.find((r) => r.id === pending.id)!;
    expect([stillPending.status, stillPending.end_user_id, stillPending.rectification]).toEqual([
      'RECEIVED',
      null,
      null,
    ]);

    if (kind === 'sqlite') {
      // secure_delete: the values are gone from the file's bytes too, not only from query results.
      const file = await readFile(api.server.orm.config.get('dbName') as string);
      for (const value of [subject.deviceId, subject.email, subject.externalId, id]) {
        expect(file.includes(Buffer.from(value)), `"${value}" is still in the SQLite file`).toBe(false);
      }
    }
  });

  it('erases nothing and leaves the request open when a step fails half-way', async () => {
    const t = await sdkTenant(api);
    await consentingAdult(api, t.key, 'half-way');
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await api.gql(EVENTS, { input: { events: [{ deviceId: 'half-way', campaignId, type: 'OPENED' }] } }, t.key);
    const request = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'half-way' },
    });
    const em = api.server.orm.em.fork();
    const counts = async () => [
      await em.count(ConsentRecord, { tenant: t.tenantId }, { filters: false }),
      await em.count(EngagementEvent, { tenant: t.tenantId }, { filters: false }),
      await em.count(EndUser, { tenant: t.tenantId }, { filters: false }),
    ];
    expect(await counts()).toEqual([3, 1, 1]);

    // The end user's own row goes last: failing there means consents and events were already deleted in the transaction.
    if (kind === 'sqlite') {
      await execute(
        "create trigger fail_erasure before delete on end_user begin select raise(abort, 'injected failure'); end",
      );
    } else {
      await execute(
        "create function fail_erasure() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$",
      );
      await execute(
        'create trigger fail_erasure before delete on end_user for each row execute function fail_erasure()',
      );
    }
    try {
      const failed = await api.gql(COMPLETE_REQUEST, { id: request.id }, t.token);
      expect(codes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await execute(kind === 'sqlite' ? 'drop trigger fail_erasure' : 'drop trigger fail_erasure on end_user');
    }
    expect(await counts()).toEqual([3, 1, 1]);
    const stored = await em.fork().findOneOrFail(PrivacyRequest, { id: request.id }, { filters: false });
    expect(stored.status).toBe('RECEIVED');
    expect(stored.completedAt ?? null).toBeNull();
    expect(stored.endUser).not.toBeNull();

    const retried = await completeRequest(api, t.token, request.id);
    expect(retried.request.status).toBe('COMPLETED');
    expect(await counts()).toEqual([0, 0, 0]);
  });
});
