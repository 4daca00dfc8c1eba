import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';

/** How many SDK calls of one operation a tenant made on one UTC day. */
export class UsageCounter {
  id: string = newId();
  tenant: Tenant;
  day: string;
  operation: string;
  count = 0;

  constructor(tenant: Tenant, day: string, operation: string) {
    this.tenant = tenant;
    this.day = day;
    this.operation = operation;
  }
}

export const UsageCounterSchema = new EntitySchema<UsageCounter>({
  class: UsageCounter,
  tableName: 'usage_counter',
  filters: { tenant: tenantFilter },
  uniques: [{ properties: ['tenant', 'day', 'operation'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    day: { type: 'string', length: 10 },
    operation: { type: 'string', length: 64 },
    count: { type: 'integer' },
  },
});
