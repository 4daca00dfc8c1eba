import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { Operator } from './operator.entity';
import { Role } from './role';

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;

@ObjectType('Invitation', { description: 'An invitation to join a tenant with a role, accepted once by its email' })
export class Invitation {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  /** Only the hash of the one-time token is kept: the token itself is shown once, to the inviting owner. */
  tokenHash: string;

  @Field(() => Operator)
  invitedBy: Operator;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt?: Date;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date;

  constructor(init: { tenant: Tenant; email: string; role: Role; tokenHash: string; invitedBy: Operator; now: Date }) {
    this.tenant = init.tenant;
    this.email = init.email;
    this.role = init.role;
    this.tokenHash = init.tokenHash;
    this.invitedBy = init.invitedBy;
    this.createdAt = init.now;
    this.expiresAt = new Date(init.now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  }
}

export const InvitationSchema = new EntitySchema<Invitation>({
  class: Invitation,
  tableName: 'invitation',
  filters: { tenant: tenantFilter },
  indexes: [{ properties: ['tenant', 'email'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    email: { type: 'string', length: 254 },
    role: { enum: true, items: () => Role },
    tokenHash: { type: 'string', length: 64, unique: true },
    invitedBy: { kind: 'm:1', entity: () => Operator, deleteRule: 'cascade' },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    acceptedAt: { type: 'datetime', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
  },
});
