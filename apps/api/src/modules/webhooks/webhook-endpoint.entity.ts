import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { WebhookEventType } from './webhook-enums';

@ObjectType('WebhookEndpoint', { description: "A URL of the tenant's that receives signed events" })
export class WebhookEndpoint {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  url: string;

  @Field(() => [WebhookEventType])
  events: WebhookEventType[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Boolean, { description: 'false while paused: events are kept and sent once it is resumed' })
  active = true;

  @Field(() => String, { nullable: true, description: 'why it was paused, when it was paused automatically' })
  pausedReason?: string;

  /** The signing secret, sealed with the server's key (it must be read back to sign). */
  secretSealed: string;

  /** The secret before the last rotation, still signing until previousSecretExpiresAt. */
  previousSecretSealed?: string;

  @Field(() => Date, { nullable: true, description: 'until when the secret before the last rotation still signs' })
  previousSecretExpiresAt?: Date;

  @Field(() => Int, { description: 'failed attempts in a row; reset by a delivery' })
  failureStreak = 0;

  createdById: string;

  @Field(() => Date)
  createdAt: Date = new Date();

  constructor(init: {
    tenant: Tenant;
    url: string;
    events: WebhookEventType[];
    secretSealed: string;
    createdById: string;
  }) {
    this.tenant = init.tenant;
    this.url = init.url;
    this.events = init.events;
    this.secretSealed = init.secretSealed;
    this.createdById = init.createdById;
  }
}

export const WebhookEndpointSchema = new EntitySchema<WebhookEndpoint>({
  class: WebhookEndpoint,
  tableName: 'webhook_endpoint',
  filters: { tenant: tenantFilter },
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    url: { type: 'string', length: 2048 },
    events: { type: 'json' },
    description: { type: 'string', length: 200, nullable: true },
    active: { type: 'boolean' },
    pausedReason: { type: 'string', length: 300, nullable: true },
    secretSealed: { type: 'string', length: 200 },
    previousSecretSealed: { type: 'string', length: 200, nullable: true },
    previousSecretExpiresAt: { type: 'datetime', nullable: true },
    failureStreak: { type: 'integer' },
    createdById: { type: 'string', length: 36 },
    createdAt: { type: 'datetime' },
  },
});
