import { readFileSync } from 'node:fs';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, databaseKinds, type TestDatabase } from '../../test/databases';
import { gqlOver } from '../../test/test-api';
import { END_USER, endUserId, logIn } from '../../test/privacy-fixtures';
import { readAllRows } from '../../integration/database-rows';
import { loadConfig } from '../config';
import { createServer } from '../server';
import { entities } from './entities';
import { MIGRATION_TABLE, migrate, MigrationError } from './migrate';
import { migrations } from './migrations';
import { ormOptions } from './orm';
import { schemaDrift } from './schema-drift';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Runs a fixture's statements one by one, as the code before migrations would have left the database. */
async function runSql(orm: MikroORM, sql: string): Promise<void> {
  const statements = sql
    .split(/;\n/)
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter(Boolean);
  for (const statement of statements) await orm.em.getConnection().execute(statement);
}

const openUnmigrated = (url: string, extra: EntitySchema[] = []) =>
  MikroORM.init({ ...ormOptions(loadConfig({ DATABASE_URL: url }).database), entities: [...entities, ...extra] });

describe.each(databaseKinds)('migrations on %s', (kind) => {
  const databases: TestDatabase[] = [];
  const freshDatabase = async () => {
    const database = await createTestDatabaseUrl(kind);
    databases.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.drop();
  });

  it('leave nothing for the schema diff to do on a new database', async () => {
    const { url } = await freshDatabase();
    const orm = await openUnmigrated(url);
    expect(await migrate(orm, kind)).toEqual(migrations[kind].map((m) => m.name));
    expect(await schemaDrift(orm)).toBe('');
    expect(await migrate(orm, kind)).toEqual([]);
    await orm.close();
  });

  it('notice an entity that changed without a migration', async () => {
    const { url } = await freshDatabase();
    const orm = await openUnmigrated(url);
    await migrate(orm, kind);
    await orm.close();
    class Unmigrated {
      id!: string;
    }
    const probe = new EntitySchema({
      class: Unmigrated,
      tableName: 'unmigrated',
      properties: { id: { type: 'string', primary: true } },
    });
    const changed = await openUnmigrated(url, [probe]);
    expect(await schemaDrift(changed)).toMatch(/create table .unmigrated./);
    await changed.close();
  });

  it('bring a database made before migrations to the new schema with every row', async () => {
    const { url } = await freshDatabase();
    const legacy = await openUnmigrated(url);
    await runSql(legacy, fixture(`schema-before-migrations.${kind}.sql`));
    await runSql(legacy, fixture(`rows-before-migrations.${kind}.sql`));
    const email = (await legacy.em.getConnection().execute<{ email: string }[]>('select email from operator'))[0]!
      .email;
    await legacy.close();
    const legacyTables = tablesOf(fixture(`schema-before-migrations.${kind}.sql`));
    const before = await readAllRows(url, legacyTables);

    const server = await createServer(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', DATABASE_URL: url }),
    );
    expect(await schemaDrift(server.orm)).toBe('');
    await server.fastify.listen({ host: '127.0.0.1', port: 0 });
    const api = {
      gql: gqlOver(`http://127.0.0.1:${(server.fastify.server.address() as { port: number }).port}/graphql`),
    };
    const token = await logIn(api, email);
    const tenants = await api.gql('{ tenants { id } }', {}, token);
    const tenantId = tenants.data!.tenants[0].id as string;
    const profile = await api.gql(END_USER, { id: await endUserId(api, token, tenantId, 'legacy-adult') }, token);
    expect(profile.data!.endUser.consents).toHaveLength(3);
    const [state] = await server.orm.em
      .getConnection()
      .execute(
        `select location_consent, marketing_consent, analytics_consent, third_party_sharing_consent from end_user where device_id = 'legacy-adult'`,
      );
    // The consent state a later migration added is filled from the ledger: the three purposes the adult granted.
    expect(Object.values(state).map(Boolean)).toEqual([true, true, true, false]);
    await server.close();

    // Signing in adds a session and audit entries; every row that was there must be there unchanged.
    const after = await readAllRows(url, legacyTables);
    // Later migrations may add columns: each old row must be there with the values it had in the columns it had.
    const lost = Object.entries(before).flatMap(([table, rows]) => {
      const columns = Object.keys(JSON.parse(rows[0] ?? '{}') as object);
      const kept = new Set(after[table]!.map((row) => JSON.stringify(JSON.parse(row), columns)));
      return rows.filter((row) => !kept.has(row)).map((row) => `${table}: ${row}`);
    });
    expect(lost).toEqual([]);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  });

  it('change nothing when a migration fails half way', async () => {
    const { url } = await freshDatabase();
    class HalfDone extends Migration {
      override up() {
        this.addSql('create table half_done (id int primary key)');
        this.addSql('insert into no_such_table values (1)');
      }
    }
    const orm = await openUnmigrated(url);
    await migrate(orm, kind);
    await expect(migrate(orm, kind, [...migrations[kind], HalfDone])).rejects.toThrow();
    const tables = await orm.em.getConnection().execute(listTables[kind]);
    expect(tables.map((t: { name: string }) => t.name)).not.toContain('half_done');
    expect(await orm.em.getConnection().execute(`select name from ${MIGRATION_TABLE}`)).toHaveLength(
      migrations[kind].length,
    );
    await orm.close();
  });

  it('refuse a database migrated by a newer version', async () => {
    const { url } = await freshDatabase();
    const orm = await openUnmigrated(url);
    class FromTheFuture extends Migration {
      override up() {
        this.addSql('select 1');
      }
    }
    await migrate(orm, kind, [...migrations[kind], FromTheFuture]);
    await expect(migrate(orm, kind)).rejects.toThrow(MigrationError);
    await orm.close();
  });
});

describe('migrations on PostgreSQL', () => {
  // libsql waits for a lock synchronously, so two SQLite connections of one process would wait on each other:
  // integration/replicas.test.ts starts two processes for that.
  it('run each migration once when two replicas start together', async () => {
    const database = await createTestDatabaseUrl('postgres');
    const { url } = database;
    const [a, b] = await Promise.all([openUnmigrated(url), openUnmigrated(url)]);
    const [appliedByA, appliedByB] = await Promise.all([migrate(a, 'postgres'), migrate(b, 'postgres')]);
    expect([...appliedByA, ...appliedByB]).toEqual(migrations['postgres'].map((m) => m.name));
    const recorded = await a.em.getConnection().execute(`select name from ${MIGRATION_TABLE}`);
    expect(recorded).toHaveLength(migrations['postgres'].length);
    await Promise.all([a.close(), b.close()]);
    await database.drop();
  });
});

describe('SQLite table rebuilds in a migration', () => {
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.drop();
  });

  async function migratedWithRows() {
    const database = await createTestDatabaseUrl('sqlite');
    databases.push(database);
    const orm = await openUnmigrated(database.url);
    await migrate(orm, 'sqlite');
    await runSql(orm, fixture('rows-before-migrations.sqlite.sql'));
    const [{ sql }] = await orm.em
      .getConnection()
      .execute<{ sql: string }[]>(`select sql from sqlite_master where type = 'table' and name = 'end_user'`);
    const createRebuilt = sql.replace(/^create table `end_user`/i, 'create table `end_user__rebuilt`');
    return { orm, url: database.url, createRebuilt };
  }

  it('keep every row of the child tables when a parent table is rebuilt', async () => {
    const { orm, url, createRebuilt } = await migratedWithRows();
    const before = await readAllRows(url);
    class RebuildEndUser extends Migration {
      override up() {
        this.addSql('pragma foreign_keys = off');
        this.addSql(createRebuilt);
        this.addSql('insert into end_user__rebuilt select * from end_user');
        this.addSql('drop table end_user');
        this.addSql('alter table end_user__rebuilt rename to end_user');
        this.addSql('pragma foreign_keys = on');
      }
    }
    await migrate(orm, 'sqlite', [...migrations.sqlite, RebuildEndUser]);
    await orm.close();
    const after = await readAllRows(url);
    expect(after.consent_record).toEqual(before.consent_record);
    expect(after.engagement_event).toEqual(before.engagement_event);
    expect(after.end_user).toEqual(before.end_user);
  });

  it('roll a rebuild back when it would leave a row pointing at nothing', async () => {
    const { orm, url, createRebuilt } = await migratedWithRows();
    const before = await readAllRows(url);
    class LoseTheEndUsers extends Migration {
      override up() {
        this.addSql(createRebuilt);
        this.addSql('drop table end_user');
        this.addSql('alter table end_user__rebuilt rename to end_user');
      }
    }
    await expect(migrate(orm, 'sqlite', [...migrations.sqlite, LoseTheEndUsers])).rejects.toThrow(
      /would break foreign keys \(consent_record → end_user/,
    );
    await orm.close();
    expect(await readAllRows(url)).toEqual(before);
  });
});

const listTables: Record<'sqlite' | 'postgres', string> = {
  sqlite: `select name from sqlite_master where type = 'table'`,
  postgres: `select table_name as name from information_schema.tables where table_schema = current_schema()`,
};

function tablesOf(schemaSql: string): string[] {
  return [...schemaSql.matchAll(/^create table [`"]([^`"]+)[`"]/gm)].map((m) => m[1]!);
}
