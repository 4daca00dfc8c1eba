import { loadConfig } from '../config';
import { openOrm } from '../db/orm';
import { setTenantSuspension } from '../modules/tenants/suspension';

/**
 * `pnpm tenant:suspend <tenant id>` and `pnpm tenant:resume <tenant id>`, for platform operators: while suspended, the
 * tenant's SDK adds no processing (withdrawals, child erasure and privacy rights go on). Every running API replica
 * sees it within a second.
 */
const [action, tenantId] = process.argv.slice(2);
if ((action !== 'suspend' && action !== 'resume') || !tenantId) {
  process.stderr.write('usage: suspend-tenant.ts suspend|resume <tenant id>\n');
  process.exit(2);
}
const orm = await openOrm(loadConfig().database);
try {
  const tenant = await setTenantSuspension(orm.em.fork(), tenantId, action === 'suspend' ? new Date() : null);
  process.stdout.write(
    `${tenant.name}: ${tenant.suspendedAt ? `suspended since ${tenant.suspendedAt.toISOString()}` : 'active'}\n`,
  );
} finally {
  await orm.close();
}
