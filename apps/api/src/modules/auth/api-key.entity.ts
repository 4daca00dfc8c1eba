import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { ApiKeyScope } from './api-key-scope';

@ObjectType('ApiKey', { description: 'A secret an SDK backend uses to act for exactly one tenant' })
export class ApiKey {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The visible start of the key, to tell keys apart' })
  prefix: string;

  keyHash: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  createdById: string;

  @Field(() => Date)
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  revokedAt?: Date;

  constructor(init: {
    tenant: Tenant;
    name: string;
    prefix: string;
    keyHash: string;
    scopes: ApiKeyScope[];
    createdById: string;
  }) {
    this.tenant = init.tenant;
    this.name = init.name;
    this.prefix = init.prefix;
    this.keyHash = init.keyHash;
    this.scopes = init.scopes;
    this.createdById = init.createdById;
  }
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'api_key',
  filters: { tenant: tenantFilter },
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    name: { type: 'string', length: 120 },
    prefix: { type: 'string', length: 16 },
    keyHash: { type: 'string', length: 64, unique: true },
    scopes: { type: 'json' },
    createdById: { type: 'string', length: 36 },
    createdAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
  },
});
