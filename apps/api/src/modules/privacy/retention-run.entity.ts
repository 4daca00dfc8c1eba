import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import type { ErasedCount } from './erase-end-user';

export type RetentionTrigger = 'schedule' | 'manual';

/** One retention purge of one tenant: when, why, and how much went. Counts only. */
export class RetentionRun {
  id: string = newId();
  tenant: Tenant;
  trigger: RetentionTrigger;
  ranAt: Date;
  finishedAt?: Date;
  erased: ErasedCount[] = [];

  constructor(tenant: Tenant, trigger: RetentionTrigger, ranAt: Date) {
    this.tenant = tenant;
    this.trigger = trigger;
    this.ranAt = ranAt;
  }
}

export const RetentionRunSchema = new EntitySchema<RetentionRun>({
  class: RetentionRun,
  tableName: 'retention_run',
  filters: { tenant: tenantFilter },
  indexes: [{ properties: ['tenant', 'ranAt'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    trigger: { type: 'string', length: 16 },
    ranAt: { type: 'datetime' },
    finishedAt: { type: 'datetime', nullable: true },
    erased: { type: 'json' },
  },
});
