import { EntitySchema } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids';
import { tenantFilter } from '../../db/tenant-filter';
import { EndUser } from '../end-users/end-user.entity';
import { Tenant } from '../tenants/tenant.entity';
import type { ErasedCount } from './erase-end-user';
import { ErasedCountType } from './erased-count.type';
import { Jurisdiction, OPEN_STATUSES, PrivacyRequestStatus, PrivacyRequestType } from './privacy-request-enums';

/** One step of a request's life, kept on the request (the audit log has the same, by ids). */
export type TimelineEntry = { at: string; action: string; note?: string; actorName?: string };

/** Corrected profile values of a RECTIFICATION, held only until it is carried out. */
export type Rectification = {
  email?: string;
  phone?: string;
  name?: string;
  locale?: string;
  countryCode?: string;
  externalId?: string;
};

/** Open requests by due date, soonest first; closed ones after them, most recently closed first. */
export function queueKeyOf(request: Pick<PrivacyRequest, 'status' | 'dueAt' | 'closedAt' | 'receivedAt'>): number {
  if (OPEN_STATUSES.includes(request.status)) return request.dueAt.getTime();
  return -(request.closedAt ?? request.receivedAt).getTime();
}

/**
 * A data-subject request. It proves the request was handled (type, dates, outcome, counts) and holds no personal
 * data once closed: the subject is a keyed hash and a masked label; the link to the end user lives only while open.
 * The one exception is a completed ACCESS request's export, kept for the subject to download until it expires (see
 * access-export-store.ts) or the subject is erased, whichever comes first.
 */
@ObjectType('PrivacyRequest')
export class PrivacyRequest {
  @Field(() => ID)
  id: string = newId();

  tenant: Tenant;

  @Field(() => PrivacyRequestType)
  type: PrivacyRequestType;

  @Field(() => PrivacyRequestStatus)
  status: PrivacyRequestStatus = PrivacyRequestStatus.RECEIVED;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Date, { description: "legal deadline computed from the type and the subject's jurisdiction" })
  dueAt: Date;

  /** 0 while the request is open, 1 once closed: the queue lists open requests first. Computed by the database. */
  closedRank?: number;

  /** The order within each half of the queue, kept by the ORM on every write: see queueKeyOf(). */
  queueKey?: number;

  @Field(() => Date, { nullable: true })
  completedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'when the request was completed, denied or linked to a duplicate' })
  closedAt?: Date;

  @Field(() => Jurisdiction)
  jurisdiction: Jurisdiction;

  @Field(() => String, {
    nullable: true,
    description: "US only: the subject's state (ISO 3166-2 subdivision, e.g. VA) when the profile gave it",
  })
  usState?: string;

  @Field(() => Date, { nullable: true, description: 'US-CA/OTHER: 10 business days from receipt' })
  acknowledgeBy?: Date;

  @Field(() => Date, { nullable: true })
  extendedUntil?: Date;

  @Field(() => String, { nullable: true })
  extensionReason?: string;

  @Field(() => String, { nullable: true })
  denialReason?: string;

  @Field(() => Boolean, { description: 'whether the subject matched an end user at creation or completion' })
  subjectFound: boolean;

  @Field(() => String, { description: 'masked, e.g. "device ab…9f": never the identifiers themselves' })
  subjectLabel: string;

  subjectHash: string;

  /** Only while the request is open. */
  endUser?: EndUser | null;

  @Field(() => ID, { nullable: true, description: 'the open request for the same subject and type this one repeats' })
  duplicateOfId?: string;

  @Field(() => Boolean, { description: 'CCPA: another ACCESS request for this subject in the last 12 months' })
  repeatAccessWithin12Months = false;

  @Field(() => String, { nullable: true, description: "the operator's note: no personal data" })
  note?: string;

  /** RESTRICTION/OBJECTION: lifts instead of setting. */
  lift = false;

  rectification?: Rectification | null;

  @Field(() => [ErasedCountType], { description: 'the erasure receipt: records erased by kind; empty otherwise' })
  erased: ErasedCount[] = [];

  timeline: TimelineEntry[] = [];

  /** ACCESS: the export as JSON, kept until accessExportExpiresAt. Loaded only when asked for. */
  accessExport?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'ACCESS: until when its export can be downloaded again; null when there is none (any more)',
  })
  accessExportExpiresAt?: Date | null;

  constructor(init: {
    tenant: Tenant;
    type: PrivacyRequestType;
    receivedAt: Date;
    dueAt: Date;
    acknowledgeBy?: Date;
    jurisdiction: Jurisdiction;
    usState?: string;
    subjectFound: boolean;
    subjectLabel: string;
    subjectHash: string;
  }) {
    this.tenant = init.tenant;
    this.type = init.type;
    this.receivedAt = init.receivedAt;
    this.dueAt = init.dueAt;
    this.acknowledgeBy = init.acknowledgeBy;
    this.jurisdiction = init.jurisdiction;
    this.usState = init.usState;
    this.subjectFound = init.subjectFound;
    this.subjectLabel = init.subjectLabel;
    this.subjectHash = init.subjectHash;
  }
}

export const PrivacyRequestSchema = new EntitySchema<PrivacyRequest>({
  class: PrivacyRequest,
  tableName: 'privacy_request',
  filters: { tenant: tenantFilter },
  indexes: [{ properties: ['tenant', 'dueAt'] }, { properties: ['tenant', 'subjectHash', 'type'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    tenant: { kind: 'm:1', entity: () => Tenant, deleteRule: 'cascade' },
    type: { enum: true, items: () => PrivacyRequestType },
    status: { enum: true, items: () => PrivacyRequestStatus },
    receivedAt: { type: 'datetime' },
    dueAt: { type: 'datetime' },
    closedRank: {
      type: 'integer',
      persist: false,
      formula: (table) =>
        `(case when ${table.alias}.status in (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}) then 0 else 1 end)`,
    },
    queueKey: { type: 'double', default: 0, onCreate: queueKeyOf, onUpdate: queueKeyOf },
    completedAt: { type: 'datetime', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    jurisdiction: { enum: true, items: () => Jurisdiction },
    usState: { type: 'string', length: 3, nullable: true },
    acknowledgeBy: { type: 'datetime', nullable: true },
    extendedUntil: { type: 'datetime', nullable: true },
    extensionReason: { type: 'string', length: 500, nullable: true },
    denialReason: { type: 'string', length: 500, nullable: true },
    subjectFound: { type: 'boolean' },
    subjectLabel: { type: 'string', length: 64 },
    subjectHash: { type: 'string', length: 64 },
    endUser: { kind: 'm:1', entity: () => EndUser, nullable: true, deleteRule: 'set null' },
    duplicateOfId: { type: 'string', length: 36, nullable: true },
    repeatAccessWithin12Months: { type: 'boolean' },
    note: { type: 'string', length: 500, nullable: true },
    lift: { type: 'boolean' },
    rectification: { type: 'json', nullable: true },
    erased: { type: 'json' },
    timeline: { type: 'json' },
    accessExport: { type: 'text', nullable: true, lazy: true },
    accessExportExpiresAt: { type: 'datetime', nullable: true },
  },
});
