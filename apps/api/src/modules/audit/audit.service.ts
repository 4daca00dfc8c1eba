import type { Context } from '../../context';
import { Tenant } from '../tenants/tenant.entity';
import { AuditEntry, type AuditOutcome } from './audit-entry.entity';

/** Written through its own fork, so that a failed mutation's rollback never takes its audit entry with it. */
export async function recordAudit(
  ctx: Context,
  action: string,
  outcome: AuditOutcome,
  errorCode?: string,
): Promise<void> {
  const em = ctx.app.orm.em.fork();
  const actorId = ctx.principal.kind === 'operator' ? ctx.principal.operator.id : ctx.audit.actorId;
  const entry = new AuditEntry({
    tenant: ctx.audit.tenantId ? em.getReference(Tenant, ctx.audit.tenantId) : undefined,
    actorType: actorId ? 'operator' : 'anonymous',
    actorId,
    action,
    targetId: ctx.audit.targetId,
    outcome,
    errorCode,
    requestId: ctx.requestId.slice(0, 64),
    erased: ctx.audit.erased,
  });
  try {
    await em.persistAndFlush(entry);
  } catch (error) {
    ctx.log.error({ err: error, action }, 'could not write the audit entry');
    throw error;
  }
}
