import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { requireMembership } from '../auth/authorization';
import { Operator } from '../auth/operator.entity';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { AuditEntry } from './audit-entry.entity';
import type { AuditActionView, AuditEntryView } from './audit-log.types';
import { auditTargets } from './audit-targets';
import { actionWords } from './audit-words';

export type AuditLogFilter = {
  tenantId: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  first?: number | null;
  after?: string | null;
};

export const auditWhere = (args: AuditLogFilter): FilterQuery<AuditEntry> => ({
  tenant: args.tenantId,
  ...(args.actorId && { actorId: args.actorId }),
  ...(args.action && { action: args.action }),
  ...((args.from || args.to) && {
    createdAt: { ...(args.from && { $gte: args.from }), ...(args.to && { $lt: args.to }) },
  }),
});

/** Entries as people read them: operators and targets named, actions in words. */
export async function describeEntries(
  ctx: Context,
  tenantId: string,
  entries: readonly AuditEntry[],
): Promise<AuditEntryView[]> {
  const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const targetIds = [...new Set(entries.flatMap((e) => (e.targetId ? [e.targetId] : [])))];
  const [operators, targets] = await Promise.all([
    actorIds.length ? ctx.em.find(Operator, { id: { $in: actorIds } }) : [],
    auditTargets(ctx.em, tenantId, targetIds),
  ]);
  const names = new Map(operators.map((o) => [o.id, o.name]));
  return entries.map((entry) => {
    const target = entry.targetId ? targets.get(entry.targetId) : undefined;
    return {
      id: entry.id,
      at: entry.createdAt,
      actorType: entry.actorType,
      actorId: entry.actorId,
      actorName: entry.actorId ? names.get(entry.actorId) : undefined,
      action: entry.action,
      actionWords: actionWords(entry.action),
      targetId: entry.targetId,
      targetKind: target?.kind,
      targetName: target?.name ?? undefined,
      outcome: entry.outcome,
      errorCode: entry.errorCode,
      erased: entry.erased ?? [],
    };
  });
}

/** The tenant's audit log, newest first. */
export async function auditLog(ctx: Context, args: AuditLogFilter): Promise<ConnectionShape<AuditEntryView>> {
  await requireMembership(ctx, args.tenantId, PRIVACY_ROLES);
  const page = await paginate(ctx.em, AuditEntry, auditWhere(args), { createdAt: 'desc' }, args);
  const described = await describeEntries(
    ctx,
    args.tenantId,
    page.edges.map((e) => e.node),
  );
  return { ...page, edges: page.edges.map(({ cursor }, i) => ({ cursor, node: described[i]! })) };
}

/** Every action the tenant's log holds, in words, for the filter's list. */
export async function auditActions(ctx: Context, tenantId: string): Promise<AuditActionView[]> {
  await requireMembership(ctx, tenantId, PRIVACY_ROLES);
  const rows: { action: string }[] = await (ctx.em as SqlEntityManager)
    .createQueryBuilder(AuditEntry)
    .select('action', true)
    .where({ tenant: tenantId })
    .execute('all', true);
  return rows
    .map(({ action }) => ({ action, words: actionWords(action) }))
    .sort((a, b) => a.words.localeCompare(b.words));
}
