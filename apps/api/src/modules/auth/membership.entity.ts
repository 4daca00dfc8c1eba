import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { Operator } from './operator.entity';
import { Role } from './role';

@ObjectType('Membership', { description: "An operator's role in a tenant" })
export class Membership {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => Operator)
  operator: Operator;

  @Field(() => Role)
  role: Role;

  @Field(() => Date)
  createdAt: Date = new Date();

  constructor(tenant: Tenant, operator: Operator, role: Role) {
    this.tenant = tenant;
    this.operator = operator;
    this.role = role;
  }
}

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'membership',
  uniques: [{ properties: ['tenant', 'operator'] }],
  filters: { tenant: tenantFilter },
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    operator: { kind: 'm:1', entity: () => Operator, deleteRule: 'cascade' },
    role: { enum: true, items: () => Role },
    createdAt: { type: 'datetime' },
  },
});
