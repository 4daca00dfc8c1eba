import type { AuditCount } from './audit-entry.entity';

/** Filled in by a mutation as it learns its tenant and target; the audit middleware writes it down. */
export type AuditNote = { tenantId?: string; targetId?: string; actorId?: string; erased?: AuditCount[] };
