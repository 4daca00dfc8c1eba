import pg from 'pg';
import { EngagementType } from '../modules/engagement/engagement-type';
import { END_USER_SQL, type FastReads, TENANT_SQL, toEndUser, toTenant } from './fast-reads';

/** `?` placeholders numbered for PostgreSQL. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

type Row = Record<string, unknown>;

/** Named statements: PostgreSQL plans each once per connection of this small pool and reuses the plan. */
export function postgresFastReads(url: string): FastReads {
  const pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000 });
  // An idle connection the server ends (a restart, a failover) is dropped from the pool; the next query opens another.
  // Without a listener the pool's error event would end the process.
  pool.on('error', () => {});
  const run = async (name: string, text: string, values: unknown[]): Promise<Row[]> =>
    (await pool.query({ name, text, values })).rows as Row[];
  return {
    async endUser(tenantId, deviceId) {
      const [row] = await run('vicinity_end_user', numbered(END_USER_SQL), [tenantId, deviceId]);
      return row && toEndUser(row);
    },
    async isSuppressed(tenantId, deviceHash) {
      const rows = await run(
        'vicinity_suppressed',
        'select 1 from suppressed_device where tenant_id = $1 and device_hash = $2',
        [tenantId, deviceHash],
      );
      return rows.length > 0;
    },
    async deliveries(endUserId, campaignIds, since) {
      const rows = await run(
        'vicinity_deliveries',
        `select campaign_id, occurred_at from engagement_event where end_user_id = $1 and type = '${EngagementType.DELIVERED}' ` +
          'and campaign_id = any($2::varchar[]) and occurred_at >= $3',
        [endUserId, campaignIds, since],
      );
      return rows.map((r) => ({ campaignId: String(r.campaign_id), occurredAt: r.occurred_at as Date }));
    },
    async activeApiKey(keyHash) {
      const [row] = await run(
        'vicinity_api_key',
        'select id, tenant_id from api_key where key_hash = $1 and revoked_at is null',
        [keyHash],
      );
      return row && { id: String(row.id), tenantId: String(row.tenant_id) };
    },
    async tenant(id) {
      const [row] = await run('vicinity_tenant', numbered(TENANT_SQL), [id]);
      return row && toTenant(row, (v) => v as Date);
    },
    async cacheEpoch() {
      const [row] = await run('vicinity_cache_epoch', 'select epoch from cache_epoch where id = 1', []);
      return Number(row?.epoch ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
}
