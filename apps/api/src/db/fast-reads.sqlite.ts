import Database from 'libsql';
import { EngagementType } from '../modules/engagement/engagement-type';
import { SQLITE_BUSY_TIMEOUT } from './sqlite-driver';
import { END_USER_SQL, type FastReads, TENANT_SQL, toEndUser, toTenant } from './fast-reads';

type Row = Record<string, unknown>;
type Statement = {
  raw(on: boolean): Statement;
  columns(): { name: string }[];
  get(...params: unknown[]): unknown[] | undefined;
  all(...params: unknown[]): unknown[][];
};

/** MikroORM keeps SQLite date-times as milliseconds (or, from older writes, ISO text). */
const sqliteDate = (v: unknown): Date => new Date(typeof v === 'string' && !/^\d+$/.test(v) ? v : Number(v));

/**
 * A second connection to the file, for reads only: in WAL mode it reads the last commit without waiting for the
 * writer, and its statements are prepared once. Rows come back as arrays: libsql's row objects cost twice the query.
 */
export function sqliteFastReads(path: string): FastReads {
  const db = new Database(path);
  db.exec(SQLITE_BUSY_TIMEOUT);
  const prepare = (sql: string) => {
    const statement = (db.prepare(sql) as unknown as Statement).raw(true);
    const names = statement.columns().map((c) => c.name);
    const row = (values: unknown[]): Row => Object.fromEntries(names.map((name, i) => [name, values[i]]));
    return {
      get: (...params: unknown[]) => {
        const values = statement.get(...params);
        return values && row(values);
      },
      all: (...params: unknown[]) => statement.all(...params).map(row),
    };
  };
  const endUser = prepare(END_USER_SQL);
  const suppressed = prepare('select 1 as found from suppressed_device where tenant_id = ? and device_hash = ?');
  const deliveries = prepare(
    `select campaign_id, occurred_at from engagement_event where end_user_id = ? and type = '${EngagementType.DELIVERED}' ` +
      'and campaign_id in (select value from json_each(?)) and occurred_at >= ?',
  );
  const apiKey = prepare('select id, tenant_id from api_key where key_hash = ? and revoked_at is null');
  const tenant = prepare(TENANT_SQL);
  const epoch = prepare('select epoch from cache_epoch where id = 1');
  return {
    async endUser(tenantId, deviceId) {
      const found = endUser.get(tenantId, deviceId);
      return found && toEndUser(found);
    },
    async isSuppressed(tenantId, deviceHash) {
      return suppressed.get(tenantId, deviceHash) !== undefined;
    },
    async deliveries(endUserId, campaignIds, since) {
      return deliveries
        .all(endUserId, JSON.stringify(campaignIds), since.getTime())
        .map((r) => ({ campaignId: String(r.campaign_id), occurredAt: sqliteDate(r.occurred_at) }));
    },
    async activeApiKey(keyHash) {
      const found = apiKey.get(keyHash);
      return found && { id: String(found.id), tenantId: String(found.tenant_id) };
    },
    async tenant(id) {
      const found = tenant.get(id);
      return found && toTenant(found, sqliteDate);
    },
    async cacheEpoch() {
      return Number(epoch.get()?.epoch ?? 0);
    },
    async close() {
      db.close();
    },
  };
}
