import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { ConsentPurpose } from '../../policy/policy-enums';
import { Tenant } from '../tenants/tenant.entity';
import { ConsentSource } from './end-user-enums';
import { EndUser } from './end-user.entity';

export type ConsentEvidence = { apiKeyId?: string; operatorId?: string; requestId: string };

/** One entry of the append-only consent ledger: never updated; the latest per purpose is the current state. */
@ObjectType('ConsentRecord')
export class ConsentRecord {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;
  endUser: EndUser;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => Boolean)
  granted: boolean;

  @Field(() => ConsentSource)
  source: ConsentSource;

  @Field(() => String)
  policyVersion: string;

  @Field(() => Date)
  recordedAt: Date;

  receivedAt: Date = new Date();
  evidence: ConsentEvidence;

  constructor(init: Omit<ConsentRecord, 'id' | 'receivedAt'>) {
    this.tenant = init.tenant;
    this.endUser = init.endUser;
    this.purpose = init.purpose;
    this.granted = init.granted;
    this.source = init.source;
    this.policyVersion = init.policyVersion;
    this.recordedAt = init.recordedAt;
    this.evidence = init.evidence;
  }
}

export const ConsentRecordSchema = new EntitySchema<ConsentRecord>({
  class: ConsentRecord,
  tableName: 'consent_record',
  filters: { tenant: tenantFilter },
  indexes: [{ properties: ['endUser', 'purpose', 'recordedAt'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    endUser: { kind: 'm:1', entity: () => EndUser, deleteRule: 'cascade' },
    purpose: { enum: true, items: () => ConsentPurpose },
    granted: { type: 'boolean' },
    source: { enum: true, items: () => ConsentSource },
    policyVersion: { type: 'string', length: 32 },
    recordedAt: { type: 'datetime' },
    receivedAt: { type: 'datetime' },
    evidence: { type: 'json' },
  },
});
