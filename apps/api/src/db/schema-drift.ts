import type { MikroORM } from '@mikro-orm/core';

/**
 * The SQL the ORM would run to make the database match the entities: empty when every entity change came with its
 * migration. Never run at start; the `migration:check` command and the tests use it.
 */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ safe: false, dropTables: true, wrap: false })).trim();
}
