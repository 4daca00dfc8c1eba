import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../test/databases';
import { END_USER, endUserId } from '../test/privacy-fixtures';
import { readAllRows, vicinityTables } from './database-rows';
import { seedEveryEntity } from './seed-every-entity';
import { startServerProcess } from './server-process';

describe.each(databaseKinds)('restarting the server on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(kind);
  });
  afterAll(() => database.drop());

  it('keeps every row of every table through three stops and starts', async () => {
    const first = await startServerProcess(database.url);
    const seeded = await seedEveryEntity(first);
    expect(await first.stop()).toBe(0);
    const before = await readAllRows(database.url);
    const empty = vicinityTables().filter((table) => before[table]!.length === 0);
    expect(empty, 'every table holds at least one row before the restarts').toEqual([]);

    for (let restart = 1; restart <= 3; restart++) {
      const server = await startServerProcess(database.url);
      if (restart === 3) {
        const id = await endUserId(server, seeded.token, seeded.tenantId, seeded.deviceId);
        const profile = await server.gql(END_USER, { id }, seeded.token);
        expect(profile.data!.endUser.consents).toHaveLength(3);
        expect(profile.data!.endUser.decision.eligible).toBe(true);
        const campaign = await server.gql(
          'query($id: ID!) { campaign(id: $id) { geofences { id } beacons { id } } }',
          { id: seeded.campaignId },
          seeded.token,
        );
        expect(campaign.data!.campaign.geofences).toEqual([{ id: seeded.geofenceId }]);
        expect(campaign.data!.campaign.beacons).toHaveLength(1);
      }
      expect(await server.stop()).toBe(0);
      expect(await readAllRows(database.url), `after restart ${restart}`).toEqual(before);
    }
  });
});
