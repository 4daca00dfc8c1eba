import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';

export type AuditActorType = 'operator' | 'api_key' | 'anonymous';
export type AuditOutcome = 'success' | 'failure';
export type AuditCount = { kind: string; count: number };

/** Who did what to which id, when, and how it ended. Never personal data values: ids and codes only. */
export class AuditEntry {
  id: string = newId();
  tenant?: Tenant;
  actorType: AuditActorType;
  actorId?: string;
  action: string;
  targetId?: string;
  outcome: AuditOutcome;
  errorCode?: string;
  requestId: string;
  /** What the action erased, by kind (e.g. a raised minimum age): counts, never values. */
  erased?: AuditCount[];
  createdAt: Date = new Date();

  constructor(init: Omit<AuditEntry, 'id' | 'createdAt'>) {
    this.tenant = init.tenant;
    this.actorType = init.actorType;
    this.actorId = init.actorId;
    this.action = init.action;
    this.targetId = init.targetId;
    this.outcome = init.outcome;
    this.errorCode = init.errorCode;
    this.requestId = init.requestId;
    this.erased = init.erased;
  }
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  filters: { tenant: tenantFilter },
  indexes: [{ properties: ['tenant', 'createdAt'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, nullable: true, deleteRule: 'cascade' },
    actorType: { type: 'string', length: 16 },
    actorId: { type: 'string', length: 36, nullable: true },
    action: { type: 'string', length: 64 },
    targetId: { type: 'string', length: 36, nullable: true },
    outcome: { type: 'string', length: 16 },
    errorCode: { type: 'string', length: 32, nullable: true },
    requestId: { type: 'string', length: 64 },
    erased: { type: 'json', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
