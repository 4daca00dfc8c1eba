import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, type TestDatabase } from './databases';

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL test harness', () => {
  const created: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(created.map((database) => database.drop()));
  });

  it('creates a fresh, empty database on every call', async () => {
    const first = await createTestDatabaseUrl('postgres');
    const second = await createTestDatabaseUrl('postgres');
    created.push(first, second);

    expect(first.url).toMatch(/^postgres:\/\/.+\/vicinity_test_[0-9a-f]+$/);
    expect(second.url).not.toBe(first.url);
    for (const { url } of [first, second]) {
      expect(await query<{ answer: number }>(url, 'SELECT 1 AS answer')).toEqual([{ answer: 1 }]);
      const tables = await query(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      expect(tables).toEqual([]);
    }
  });

  it('keeps one database apart from another', async () => {
    const first = await createTestDatabaseUrl('postgres');
    const second = await createTestDatabaseUrl('postgres');
    created.push(first, second);

    await query(first.url, 'CREATE TABLE only_in_first (id int)');

    const tablesInSecond = await query(
      second.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tablesInSecond).toEqual([]);
  });

  it('drops the database for good', async () => {
    const database = await createTestDatabaseUrl('postgres');
    const name = new URL(database.url).pathname.slice(1);
    await query(database.url, 'SELECT 1');

    await database.drop();

    const adminUrl = new URL(database.url);
    adminUrl.pathname = '/postgres';
    const remaining = await query(adminUrl.toString(), `SELECT datname FROM pg_database WHERE datname = '${name}'`);
    expect(remaining).toEqual([]);
  });
});
