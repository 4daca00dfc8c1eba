import { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../src/config';
import { entities } from '../src/db/entities';
import { MIGRATION_TABLE } from '../src/db/migrate';
import { ormOptions } from '../src/db/orm';

export type TableRows = Record<string, string[]>;

/** The table of every entity, and the migrations table. */
export function vicinityTables(): string[] {
  return [...entities.map((e) => e.meta.tableName), MIGRATION_TABLE].sort();
}

/**
 * Every row of every table, read straight from the database (no server running), each row as canonical JSON and
 * sorted: two snapshots are equal exactly when the tables hold the same rows.
 */
export async function readAllRows(databaseUrl: string, tables = vicinityTables()): Promise<TableRows> {
  const orm = await MikroORM.init({ ...ormOptions(loadConfig({ DATABASE_URL: databaseUrl }).database), debug: false });
  try {
    const connection = orm.em.getConnection();
    const snapshot: TableRows = {};
    for (const table of tables) {
      const rows: Record<string, unknown>[] = await connection.execute(`select * from ${table}`);
      snapshot[table] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
    }
    return snapshot;
  } finally {
    await orm.close();
  }
}
