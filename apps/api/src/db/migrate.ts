import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager, Knex } from '@mikro-orm/knex';
import type { DatabaseKind } from '../config';
import { type MigrationClass, migrations } from './migrations';

export const MIGRATION_TABLE = 'schema_migration';

/** Any constant unique to this application: the PostgreSQL advisory lock every replica takes to migrate. */
const POSTGRES_MIGRATION_LOCK = 4_720_231_977;

export class MigrationError extends Error {}

type Run = (sql: string, bindings?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Brings the database to the newest schema: applies the migrations it lacks, oldest first, in one transaction, under a
 * lock, so that replicas starting together never run one twice (the others wait, then find nothing to do).
 *
 * SQLite: foreign keys are switched off for the run — SQLite ignores that pragma inside a transaction, and a table
 * rebuild (new table, copy, drop, rename) with them on would cascade the drop into every child table — and
 * `pragma foreign_key_check` must find nothing before the transaction commits.
 */
export async function migrate(
  orm: MikroORM,
  kind: DatabaseKind,
  list: readonly MigrationClass[] = migrations[kind],
): Promise<string[]> {
  const em = orm.em as EntityManager;
  const knex = em.getConnection().getKnex();
  const connection = await knex.client.acquireConnection();
  const run: Run = async (sql, bindings = []) => {
    const result = await knex.raw(sql, bindings as Knex.RawBinding[]).connection(connection);
    return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
  };
  try {
    if (kind === 'sqlite') await run('pragma foreign_keys = off');
    await run(kind === 'sqlite' ? 'begin immediate' : 'begin');
    try {
      if (kind === 'postgres') await run('select pg_advisory_xact_lock(?)', [POSTGRES_MIGRATION_LOCK]);
      const applied = await applyPending(run, kind, list, em.getDriver(), orm);
      if (kind === 'sqlite') await assertForeignKeysHold(run);
      await run('commit');
      return applied;
    } catch (error) {
      await run('rollback');
      throw error;
    }
  } finally {
    if (kind === 'sqlite') await run('pragma foreign_keys = on');
    await knex.client.releaseConnection(connection);
  }
}

async function applyPending(
  run: Run,
  kind: DatabaseKind,
  list: readonly MigrationClass[],
  driver: AbstractSqlDriver,
  orm: MikroORM,
): Promise<string[]> {
  const timestamp = kind === 'sqlite' ? 'datetime' : 'timestamptz';
  await run(
    `create table if not exists ${MIGRATION_TABLE} (name varchar(255) primary key, executed_at ${timestamp} not null)`,
  );
  const executed = new Set((await run(`select name from ${MIGRATION_TABLE}`)).map((r) => String(r.name)));
  const known = new Set(list.map((m) => m.name));
  const unknown = [...executed].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database was migrated by a newer version of Vicinity (${unknown.join(', ')}); start that version or newer`,
    );
  }
  const applied: string[] = [];
  for (const migration of list) {
    if (executed.has(migration.name)) continue;
    if (!(await isAdoptable(run, kind, migration))) {
      for (const sql of await statementsOf(migration, driver, orm)) await run(sql);
    }
    await run(`insert into ${MIGRATION_TABLE} (name, executed_at) values (?, ?)`, [
      migration.name,
      kind === 'sqlite' ? Date.now() : new Date(),
    ]);
    applied.push(migration.name);
  }
  return applied;
}

/** True when every table the migration would create is there already (a database from before migrations). */
async function isAdoptable(run: Run, kind: DatabaseKind, migration: MigrationClass): Promise<boolean> {
  if (!migration.adopts) return false;
  const tables = new Set((await run(listTablesSql[kind])).map((r) => String(r.name)));
  const present = migration.adopts.filter((t) => tables.has(t));
  if (present.length === 0) return false;
  if (present.length === migration.adopts.length) return true;
  const missing = migration.adopts.filter((t) => !tables.has(t));
  throw new MigrationError(
    `The database has some of Vicinity's tables but not ${missing.join(', ')}: restore it first`,
  );
}

const listTablesSql: Record<DatabaseKind, string> = {
  sqlite: `select name from sqlite_master where type = 'table'`,
  postgres: `select table_name as name from information_schema.tables where table_schema = current_schema()`,
};

async function statementsOf(migration: MigrationClass, driver: AbstractSqlDriver, orm: MikroORM): Promise<string[]> {
  const instance = new migration(driver, orm.config);
  await instance.up();
  return instance
    .getQueries()
    .map((query) => {
      if (typeof query !== 'string') throw new MigrationError(`${migration.name}: migrations declare plain SQL`);
      return query;
    })
    .filter((sql) => !/^\s*pragma\s+foreign_keys\b/i.test(sql));
}

async function assertForeignKeysHold(run: Run): Promise<void> {
  const violations = await run('pragma foreign_key_check');
  if (violations.length > 0) {
    const tables = [...new Set(violations.map((v) => `${String(v.table)} → ${String(v.parent)}`))];
    throw new MigrationError(`A migration would break foreign keys (${tables.join(', ')}); nothing was changed`);
  }
}
