import { type EventSubscriber, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { CatalogChangeSubscriber } from '../modules/eligibility/catalog-change.subscriber';
import { entities } from './entities';
import { MIGRATION_TABLE, migrate } from './migrate';
import { ServerSqliteDriver } from './sqlite-driver';

export function ormOptions(database: Config['database'], subscribers: EventSubscriber[] = []): Options {
  const common: Options = {
    entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    subscribers: [new CatalogChangeSubscriber(), ...subscribers],
    extensions: [Migrator],
    // Only used to write new migrations (`pnpm migration:create`); they are applied by migrate(), never by a diff.
    migrations: { path: `src/db/migrations/${database.kind}`, emit: 'ts', snapshot: false },
    schemaGenerator: { skipTables: [MIGRATION_TABLE] },
  };
  if (database.kind === 'sqlite') {
    return { ...common, driver: ServerSqliteDriver, dbName: database.path };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url };
}

/** Opens the database and applies the migrations it lacks (see migrate()); nothing is ever changed by a schema diff. */
export async function openOrm(
  database: Config['database'],
  log: (applied: string[]) => void = () => {},
  subscribers: EventSubscriber[] = [],
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, subscribers));
  try {
    if (database.kind === 'postgres') await orm.schema.ensureDatabase();
    const applied = await migrate(orm, database.kind);
    if (applied.length > 0) log(applied);
    return orm;
  } catch (error) {
    await orm.close();
    throw error;
  }
}
