import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { CatalogChangeSubscriber } from '../modules/eligibility/catalog-change.subscriber';
import { entities } from './entities';

export function ormOptions(database: Config['database']): Options {
  const common: Options = {
    entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    subscribers: [new CatalogChangeSubscriber()],
  };
  if (database.kind === 'sqlite') {
    return { ...common, driver: LibSqlDriver, dbName: database.path };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url };
}

/** Opens the database and brings its schema up to date; an upgrade only ever adds, it never drops. */
export async function openOrm(database: Config['database']): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database));
  if (database.kind === 'sqlite') {
    const connection = orm.em.getConnection();
    // Erased rows must not linger in free pages of the file.
    await connection.execute('pragma secure_delete = on');
    await connection.execute('pragma busy_timeout = 5000');
  }
  await orm.schema.ensureDatabase();
  await orm.schema.updateSchema({ safe: true, dropTables: false });
  return orm;
}
