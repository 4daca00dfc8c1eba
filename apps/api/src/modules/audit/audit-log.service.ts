import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { requireMembership } from '../auth/authorization';
import { Operator } from '../auth/operator.entity';
import { PRIVACY_ROLES } from '../privacy/privacy-roles';
import { AuditEntry } from './audit-entry.entity';
import type { AuditEntryView } from './audit-log.types';

export type AuditLogFilter = {
  tenantId: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  first?: number | null;
  after?: string | null;
};

/** The tenant's audit log, newest first, with operators named. */
export async function auditLog(ctx: Context, args: AuditLogFilter): Promise<ConnectionShape<AuditEntryView>> {
  await requireMembership(ctx, args.tenantId, PRIVACY_ROLES);
  const where: FilterQuery<AuditEntry> = {
    tenant: args.tenantId,
    ...(args.actorId && { actorId: args.actorId }),
    ...(args.action && { action: args.action }),
    ...((args.from || args.to) && {
      createdAt: { ...(args.from && { $gte: args.from }), ...(args.to && { $lt: args.to }) },
    }),
  };
  const page = await paginate(ctx.em, AuditEntry, where, { createdAt: 'desc' }, args);
  const actorIds = [...new Set(page.edges.flatMap((e) => (e.node.actorId ? [e.node.actorId] : [])))];
  const operators = actorIds.length ? await ctx.em.find(Operator, { id: { $in: actorIds } }) : [];
  const names = new Map(operators.map((o) => [o.id, o.name]));
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({
      cursor,
      node: {
        id: node.id,
        at: node.createdAt,
        actorType: node.actorType,
        actorId: node.actorId,
        actorName: node.actorId ? names.get(node.actorId) : undefined,
        action: node.action,
        targetId: node.targetId,
        outcome: node.outcome,
        errorCode: node.errorCode,
        erased: node.erased ?? [],
      },
    })),
  };
}
