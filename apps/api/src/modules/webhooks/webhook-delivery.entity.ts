import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { Tenant } from '../tenants/tenant.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-enums';

/**
 * One event for one endpoint: the outbox row written in the transaction of the change, then the delivery log.
 * The payload holds no identifier of an end user: who the event is about is added at send time, and only for an end
 * user who consents to third-party sharing then.
 */
@ObjectType('WebhookDelivery')
export class WebhookDelivery {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  endpoint: WebhookEndpoint;

  @Field(() => ID, { description: 'stable across retries, for de-duplication by the receiver' })
  eventId: string;

  @Field(() => WebhookEventType)
  event: WebhookEventType;

  /** The event's data, JSON. */
  payload: string;

  /** The end user the event is about: their pending deliveries go when they are erased. */
  endUserId?: string;

  /** The erasure request an end_user.erased notice answers, for its receipt. */
  privacyRequestId?: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int)
  attempts = 0;

  @Field(() => Date, { nullable: true, description: 'when the next attempt is due, while PENDING or FAILED' })
  nextAttemptAt?: Date;

  /** A dispatcher working on it until then; after that (it died) another may take it. */
  claimedUntil?: Date;

  @Field(() => Date, { nullable: true })
  lastAttemptAt?: Date;

  @Field(() => Int, { nullable: true })
  lastStatusCode?: number;

  @Field(() => Int, { nullable: true, description: 'milliseconds the last attempt took' })
  lastLatencyMs?: number;

  @Field(() => String, { nullable: true, description: 'why the last attempt failed' })
  lastError?: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt?: Date;

  constructor(init: {
    tenant: Tenant;
    endpoint: WebhookEndpoint;
    eventId: string;
    event: WebhookEventType;
    payload: string;
    endUserId?: string;
    privacyRequestId?: string;
    at: Date;
  }) {
    this.tenant = init.tenant;
    this.endpoint = init.endpoint;
    this.eventId = init.eventId;
    this.event = init.event;
    this.payload = init.payload;
    this.endUserId = init.endUserId;
    this.privacyRequestId = init.privacyRequestId;
    this.createdAt = init.at;
    this.nextAttemptAt = init.at;
  }
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery>({
  class: WebhookDelivery,
  tableName: 'webhook_delivery',
  filters: { tenant: tenantFilter },
  indexes: [
    { properties: ['status', 'nextAttemptAt'] },
    { properties: ['endpoint', 'createdAt'] },
    { properties: ['tenant', 'endUserId'] },
    { properties: ['privacyRequestId'] },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    endpoint: { kind: 'm:1', entity: () => WebhookEndpoint, deleteRule: 'cascade' },
    eventId: { type: 'string', length: 36 },
    event: { enum: true, items: () => WebhookEventType },
    payload: { type: 'text' },
    endUserId: { type: 'string', length: 36, nullable: true },
    privacyRequestId: { type: 'string', length: 36, nullable: true },
    status: { enum: true, items: () => WebhookDeliveryStatus },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'datetime', nullable: true },
    claimedUntil: { type: 'datetime', nullable: true },
    lastAttemptAt: { type: 'datetime', nullable: true },
    lastStatusCode: { type: 'integer', nullable: true },
    lastLatencyMs: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 300, nullable: true },
    createdAt: { type: 'datetime' },
    deliveredAt: { type: 'datetime', nullable: true },
  },
});
