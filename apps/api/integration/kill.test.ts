import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../test/databases';
import { CREATE_GEOFENCE, PARIS } from '../test/places-fixtures';
import { CONSENT, EVENTS } from '../test/sdk-fixtures';
import { readAllRows } from './database-rows';
import { seedEveryEntity } from './seed-every-entity';
import { startServerProcess, type ServerProcess } from './server-process';

const WRITERS = 8;
/** Kill once every kind of write has been acknowledged this many times (however long a busy machine takes). */
const ACKNOWLEDGED_EACH = 10;

type Acknowledged = { consents: string[]; geofences: string[]; eventTimes: string[] };

/** One writer: consents, events and places in turn, as fast as the server answers, noting every acknowledged write. */
async function write(
  server: ServerProcess,
  seeded: Awaited<ReturnType<typeof seedEveryEntity>>,
  writer: number,
  acknowledged: Acknowledged,
  stopAt: { killed: boolean },
): Promise<void> {
  const eventBase = Date.now() - 60 * 60_000 + writer * 100_000;
  for (let i = 0; !stopAt.killed; i++) {
    try {
      if (i % 3 === 0) {
        const r = await server.gql(
          CONSENT,
          {
            input: {
              deviceId: seeded.deviceId,
              purpose: 'THIRD_PARTY_SHARING',
              granted: i % 2 === 0,
              source: 'SDK',
              policyVersion: '1',
            },
          },
          seeded.key,
        );
        if (r.data?.recordConsent) acknowledged.consents.push(r.data.recordConsent.consent.id);
      } else if (i % 3 === 1) {
        const occurredAt = new Date(eventBase + i).toISOString();
        const r = await server.gql(
          EVENTS,
          {
            input: {
              events: [{ deviceId: seeded.deviceId, campaignId: seeded.campaignId, type: 'OPENED', occurredAt }],
            },
          },
          seeded.key,
        );
        if (r.data?.recordEvents?.accepted === 1) acknowledged.eventTimes.push(occurredAt);
      } else {
        const r = await server.gql(
          CREATE_GEOFENCE,
          { input: { tenantId: seeded.tenantId, name: `w${writer}-${i}`, center: PARIS, radiusMeters: 50 } },
          seeded.token,
        );
        if (r.data?.createGeofence) acknowledged.geofences.push(r.data.createGeofence.id);
      }
    } catch {
      // The connection died with the server: this write was never acknowledged, so it may or may not be there.
    }
  }
}

describe.each(databaseKinds)('killing the server with SIGKILL on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
  });
  afterAll(() => database.drop());

  it('loses no write it acknowledged, whatever was in flight', async () => {
    const server = await startServerProcess(database.url);
    const seeded = await seedEveryEntity(server, 'kill');
    const acknowledged: Acknowledged = { consents: [], geofences: [], eventTimes: [] };
    const state = { killed: false };
    const writers = Array.from({ length: WRITERS }, (_, w) => write(server, seeded, w, acknowledged, state));
    while (
      Math.min(acknowledged.consents.length, acknowledged.geofences.length, acknowledged.eventTimes.length) <
      ACKNOWLEDGED_EACH
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await server.kill();
    state.killed = true;
    await Promise.all(writers);

    const restarted = await startServerProcess(database.url);
    expect(await restarted.stop()).toBe(0);
    const rows = await readAllRows(database.url, ['consent_record', 'geofence', 'engagement_event']);
    const stored = (table: string, column: string) =>
      new Set(rows[table]!.map((row) => String(JSON.parse(row)[column])));
    const eventTimes = new Set(
      [...stored('engagement_event', 'occurred_at')].map((t) =>
        new Date(/^\d+$/.test(t) ? Number(t) : t).toISOString(),
      ),
    );
    const lost = {
      consents: acknowledged.consents.filter((id) => !stored('consent_record', 'id').has(id)),
      geofences: acknowledged.geofences.filter((id) => !stored('geofence', 'id').has(id)),
      events: acknowledged.eventTimes.filter((at) => !eventTimes.has(at)),
    };
    console.log(
      `${kind}: ${acknowledged.consents.length} consents, ${acknowledged.eventTimes.length} events and ` +
        `${acknowledged.geofences.length} geofences acknowledged before SIGKILL; lost: ` +
        `${lost.consents.length + lost.events.length + lost.geofences.length}`,
    );
    expect(
      acknowledged.consents.length * acknowledged.eventTimes.length * acknowledged.geofences.length,
    ).toBeGreaterThan(0);
    expect(lost).toEqual({ consents: [], geofences: [], events: [] });
  });
});
