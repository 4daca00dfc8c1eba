import type { Configuration, Transaction } from '@mikro-orm/core';
import {
  AbstractSqlDriver,
  type AbstractSqlConnection,
  type Knex,
  LibSqlConnection,
  LibSqlKnexDialect,
  LibSqlPlatform,
  LibSqlSchemaHelper,
} from '@mikro-orm/libsql';

/**
 * Set on every connection the pool opens: pragmas other than journal_mode belong to a connection, not to the file.
 * - busy_timeout, first: another process holding the lock (a second replica, the `migrate` command) makes this
 *   connection wait instead of failing at once with "database is locked" — switching to WAL needs that lock too.
 * - WAL: readers never wait for the writer.
 * - synchronous FULL: a commit is fsynced to the WAL before it is acknowledged, so an acknowledged write survives the
 *   process being killed and the machine losing power.
 * - foreign keys: SQLite enforces them (and their cascades) only when asked, per connection.
 * - secure_delete: erased rows are zeroed in the file, not left in free pages.
 */
export const SQLITE_BUSY_TIMEOUT = 'pragma busy_timeout = 5000';

export const SQLITE_CONNECTION_PRAGMAS = [
  SQLITE_BUSY_TIMEOUT,
  'pragma journal_mode = wal',
  'pragma synchronous = full',
  'pragma foreign_keys = on',
  'pragma secure_delete = on',
];

type RawSqliteConnection = { open: boolean; exec(sql: string): void };

/**
 * MikroORM's libsql dialect throws away any connection older than ten seconds (meant for remote libsql servers), and
 * every new one would start without the pragmas above. A local file connection stays valid while it is open.
 */
class LocalFileDialect extends LibSqlKnexDialect {
  override validateConnection(connection: RawSqliteConnection): boolean {
    return connection.open;
  }
}

class ServerSqliteConnection extends LibSqlConnection {
  override createKnex(): void {
    this.client = this.createKnexClient(LocalFileDialect as unknown as string);
    this.connected = true;
  }

  protected override getKnexOptions(type: string): Knex.Config {
    return {
      ...super.getKnexOptions(type),
      // One connection: SQLite has one writer anyway, and a second connection in the same process would only wait.
      pool: {
        min: 1,
        max: 1,
        afterCreate(connection: RawSqliteConnection, done: (error: Error | null, connection: unknown) => void) {
          try {
            connection.exec(SQLITE_CONNECTION_PRAGMAS.join(';\n'));
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    };
  }
}

/**
 * MikroORM 6.6.16 reads an enum's check constraint from SQLite wrongly when it has three or more values (it keeps the
 * first and the last), so its schema diff never converges and wants to rebuild those tables on every comparison.
 */
class ServerSqliteSchemaHelper extends LibSqlSchemaHelper {
  override async getEnumDefinitions(
    connection: AbstractSqlConnection,
    _checks: unknown,
    tableName: string,
    _schemaName?: string,
    ctx?: Transaction,
  ): Promise<Record<string, string[]>> {
    const row = await connection.execute<{ sql: string }>(
      'select sql from sqlite_master where type = ? and name = ?',
      ['table', tableName],
      'get',
      ctx,
    );
    return parseEnumChecks(row.sql);
  }
}

/** `col` text check (`col` in ('A', 'B', 'C')) → { col: ['A', 'B', 'C'] } for every such column of a create table. */
export function parseEnumChecks(createTableSql: string): Record<string, string[]> {
  const enums: Record<string, string[]> = {};
  const checks = createTableSql.matchAll(
    /[`"]([^`"]+)[`"] text check \([`"]\1[`"] in \(((?:'(?:[^']|'')*'(?:, *)?)+)\)\)/g,
  );
  for (const [, column, values] of checks) {
    enums[column!] = [...values!.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"));
  }
  return enums;
}

/**
 * MikroORM 6.6.16's SQLite platforms snapshot a loaded Date property as milliseconds for the change set, but libsql's
 * rows reach the snapshot already turned into Date objects: every flush saw every date-time of every loaded entity as
 * changed, and wrote it back (an UPDATE of the consent ledger, of the tenant on each consent, of end users'
 * `updated_at`). Dates are compared as Dates here; libsql's bindings still store them as milliseconds.
 */
class ServerSqlitePlatform extends LibSqlPlatform {
  protected override readonly schemaHelper: LibSqlSchemaHelper = new ServerSqliteSchemaHelper(this);

  override processDateProperty(value: unknown): string | number | Date {
    return value as string | number | Date;
  }
}

/** libsql on a local file, set up for a server: see SQLITE_CONNECTION_PRAGMAS and the two classes above. */
export class ServerSqliteDriver extends AbstractSqlDriver<ServerSqliteConnection, ServerSqlitePlatform> {
  constructor(config: Configuration) {
    super(config, new ServerSqlitePlatform(), ServerSqliteConnection, ['knex', 'libsql']);
  }
}
