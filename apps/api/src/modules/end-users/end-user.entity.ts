import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { LocationPermission } from '../../policy/policy-enums';
import { Tenant } from '../tenants/tenant.entity';
import { Platform } from './end-user-enums';

@ObjectType('EndUser', { description: "A person using one of the tenant's apps, known by device" })
export class EndUser {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => String)
  deviceId: string;

  externalId?: string;
  platform?: Platform;
  locale?: string;
  countryCode?: string;
  /** The subdivision of the country, e.g. "CA" in the US: it decides which state's privacy law applies. */
  regionCode?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  age?: number;

  @Field(() => LocationPermission)
  locationPermission: LocationPermission = LocationPermission.NOT_DETERMINED;

  email?: string;
  phone?: string;
  name?: string;
  /** GDPR Art. 18 restriction in force since. */
  restrictedAt?: Date;
  /** GDPR Art. 21 objection in force since. */
  objectedAt?: Date;
  /**
   * The current state of each consent purpose: what the latest record of the ledger says, written in the same
   * transaction as each record, so the hot path reads one row. The ledger stays the truth (see consent-state.ts).
   */
  locationConsent = false;
  marketingConsent = false;
  analyticsConsent = false;
  thirdPartySharingConsent = false;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
  lastSeenAt: Date = new Date();

  constructor(tenant: Tenant, deviceId: string) {
    this.tenant = tenant;
    this.deviceId = deviceId;
  }
}

export const EndUserSchema = new EntitySchema<EndUser>({
  class: EndUser,
  tableName: 'end_user',
  filters: { tenant: tenantFilter },
  uniques: [{ properties: ['tenant', 'deviceId'] }],
  indexes: [
    { properties: ['tenant', 'externalId'] },
    { properties: ['tenant', 'email'] },
    { properties: ['tenant', 'createdAt'] },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    deviceId: { type: 'string', length: 200 },
    externalId: { type: 'string', length: 200, nullable: true },
    platform: { enum: true, items: () => Platform, nullable: true },
    locale: { type: 'string', length: 35, nullable: true },
    countryCode: { type: 'string', length: 2, nullable: true },
    regionCode: { type: 'string', length: 3, nullable: true },
    birthDate: { type: 'string', length: 10, nullable: true },
    age: { type: 'integer', nullable: true },
    locationPermission: { enum: true, items: () => LocationPermission },
    email: { type: 'string', length: 254, nullable: true },
    phone: { type: 'string', length: 32, nullable: true },
    name: { type: 'string', length: 200, nullable: true },
    restrictedAt: { type: 'datetime', nullable: true },
    objectedAt: { type: 'datetime', nullable: true },
    locationConsent: { type: 'boolean', default: false },
    marketingConsent: { type: 'boolean', default: false },
    analyticsConsent: { type: 'boolean', default: false },
    thirdPartySharingConsent: { type: 'boolean', default: false },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', onUpdate: () => new Date() },
    lastSeenAt: { type: 'datetime' },
  },
});
