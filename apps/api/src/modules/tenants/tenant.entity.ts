import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { MINIMUM_AGE_FLOOR } from '../../policy/age';

/** Thirteen months: a year of seasonal comparisons, then gone. */
export const DEFAULT_EVENT_RETENTION_DAYS = 395;
export const DEFAULT_INACTIVE_END_USER_DAYS = 730;

@ObjectType('Tenant', { description: 'A business that runs campaigns for the end users of its apps' })
export class Tenant {
  @Field(() => ID)
  id: string = newId();

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'End users younger than this are children: never stored (13 at the least)' })
  minimumAge: number = MINIMUM_AGE_FLOOR;

  @Field(() => String, { description: 'IANA time zone used for schedules and reports' })
  timezone = 'UTC';

  @Field(() => Boolean)
  requireMarketingConsent = true;

  @Field(() => String, { description: 'The current privacy policy version end users consent to' })
  policyVersion = '1';

  @Field(() => Date)
  createdAt: Date = new Date();

  /** Bumped whenever places or campaigns change: the eligibility index of this tenant is rebuilt when it moves. */
  catalogVersion = 0;

  /** Set by platform operations (e.g. an unpaid account): nobody of the tenant is processed while it is. */
  suspendedAt?: Date;

  /** Engagement events older than this many days are purged. */
  eventRetentionDays = DEFAULT_EVENT_RETENTION_DAYS;
  /** End users not seen for this many days are erased with everything about them. */
  inactiveEndUserDays = DEFAULT_INACTIVE_END_USER_DAYS;
  /** Held by the replica running this tenant's retention purge, until then; claimed by one conditional update. */
  purgeLeaseUntil?: Date;

  constructor(name: string) {
    this.name = name;
  }
}

export const TenantSchema = new EntitySchema<Tenant>({
  class: Tenant,
  tableName: 'tenant',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    name: { type: 'string', length: 120 },
    minimumAge: { type: 'integer' },
    timezone: { type: 'string', length: 64 },
    requireMarketingConsent: { type: 'boolean' },
    policyVersion: { type: 'string', length: 32 },
    createdAt: { type: 'datetime' },
    catalogVersion: { type: 'integer', default: 0 },
    suspendedAt: { type: 'datetime', nullable: true },
    eventRetentionDays: { type: 'integer', default: DEFAULT_EVENT_RETENTION_DAYS },
    inactiveEndUserDays: { type: 'integer', default: DEFAULT_INACTIVE_END_USER_DAYS },
    purgeLeaseUntil: { type: 'datetime', nullable: true },
  },
});
