import type { FilterQuery } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import type { ConnectionShape } from '../../graphql/connection';
import { paginate } from '../../graphql/paginate';
import { loadForMember, requireMembership } from '../auth/authorization';
import type { Tenant } from '../tenants/tenant.entity';
import { deadlinesFor, extendedDueAt, jurisdictionOf, usStateOf } from './deadlines';
import type { CreatePrivacyRequestInput } from './dto/create-privacy-request.input';
import type { PrivacyRequestListArgs } from './dto/privacy-request-list.args';
import { findSubject, type FoundSubject } from './find-subject';
import { PrivacyRequest } from './privacy-request.entity';
import { Jurisdiction, OPEN_STATUSES, PrivacyRequestStatus, PrivacyRequestType } from './privacy-request-enums';
import { extensionRefused, requestClosed } from './privacy-request.errors';
import { PRIVACY_ROLES } from './privacy-roles';
import { subjectHash, subjectLabel } from './subject';
import { suppressDevice } from './suppression';
import { addEvent } from './timeline';

export const NO_SUBJECT_NOTE = 'no end user matched the subject';

type Opening = {
  type: PrivacyRequestType;
  note?: string;
  lift?: boolean;
  rectification?: PrivacyRequest['rectification'];
};

/** A new request about `found`, with its legal deadlines; not yet persisted. */
export function newRequest(ctx: Context, tenant: Tenant, found: FoundSubject, opening: Opening): PrivacyRequest {
  const receivedAt = ctx.app.now();
  const place = { countryCode: found.endUser?.countryCode, regionCode: found.endUser?.regionCode };
  const jurisdiction = jurisdictionOf(place);
  const usState = usStateOf(place);
  const request = new PrivacyRequest({
    tenant,
    type: opening.type,
    receivedAt,
    jurisdiction,
    usState,
    ...deadlinesFor(jurisdiction, receivedAt, usState),
    subjectFound: found.endUser !== null,
    subjectLabel: subjectLabel(found.given),
    subjectHash: subjectHash(ctx.app.config.suppressionSecret, tenant.id, found.key),
  });
  request.endUser = found.endUser;
  request.note = opening.note;
  request.lift = opening.lift ?? false;
  request.rectification = opening.rectification;
  addEvent(ctx, request, 'RECEIVED', found.endUser ? undefined : NO_SUBJECT_NOTE);
  return request;
}

/** The same subject asking the same thing while an earlier request is still open: that one answers both. */
function openDuplicateOf(ctx: Context, request: PrivacyRequest): Promise<PrivacyRequest | null> {
  return ctx.em.findOne(
    PrivacyRequest,
    {
      tenant: request.tenant.id,
      type: request.type,
      lift: request.lift,
      subjectHash: request.subjectHash,
      status: { $in: OPEN_STATUSES },
    },
    { orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
}

/** CCPA: a business need not answer more than two access requests of one consumer in 12 months; flag the second. */
async function isRepeatAccess(ctx: Context, request: PrivacyRequest): Promise<boolean> {
  if (request.type !== PrivacyRequestType.ACCESS || request.jurisdiction !== Jurisdiction.US_CA) return false;
  const since = DateTime.fromJSDate(request.receivedAt, { zone: 'utc' }).minus({ months: 12 }).toJSDate();
  const earlier = await ctx.em.count(PrivacyRequest, {
    tenant: request.tenant.id,
    type: PrivacyRequestType.ACCESS,
    subjectHash: request.subjectHash,
    receivedAt: { $gte: since },
    duplicateOfId: null,
  });
  return earlier > 0;
}

/** Links the request to an open duplicate, closing it there: nothing is done twice and nothing personal is kept. */
function linkToDuplicate(ctx: Context, request: PrivacyRequest, original: PrivacyRequest): void {
  request.duplicateOfId = original.id;
  request.status = PrivacyRequestStatus.COMPLETED;
  request.completedAt = ctx.app.now();
  request.closedAt = request.completedAt;
  request.endUser = null;
  request.rectification = null;
  addEvent(ctx, request, 'LINKED', `duplicate of request ${original.id}, which answers it`);
  addEvent(ctx, original, 'LINKED', `repeated by request ${request.id}`);
}

export async function createPrivacyRequest(ctx: Context, input: CreatePrivacyRequestInput): Promise<PrivacyRequest> {
  const { tenant } = await requireMembership(ctx, input.tenantId, PRIVACY_ROLES);
  return inTransaction(ctx, async (tx) => {
    const found = await findSubject(tx.em, tenant.id, input.subject);
    const request = newRequest(tx, tenant, found, input);
    request.repeatAccessWithin12Months = await isRepeatAccess(tx, request);
    const original = await openDuplicateOf(tx, request);
    if (original) linkToDuplicate(tx, request, original);
    if (input.type === PrivacyRequestType.CHILD_ERASURE && input.subject.deviceId) {
      // Protect first: the device can register nothing more while the erasure waits to be carried out.
      await suppressDevice(tx.em, tx.app.config.suppressionSecret, tenant, input.subject.deviceId);
    }
    tx.em.persist(request);
    await tx.em.flush();
    ctx.audit.targetId = request.id;
    return request;
  });
}

export function getPrivacyRequest(ctx: Context, id: string): Promise<PrivacyRequest> {
  return loadForMember(ctx, PrivacyRequest, id, PRIVACY_ROLES, 'Privacy request');
}

/** An open request of the caller's tenant, loaded for a change; a closed one is a CONFLICT. */
export async function loadOpenRequest(ctx: Context, id: string): Promise<PrivacyRequest> {
  const request = await getPrivacyRequest(ctx, id);
  if (!OPEN_STATUSES.includes(request.status)) throw requestClosed(request.status);
  return request;
}

/** Closing a request forgets who it was about. */
export function forgetSubject(request: PrivacyRequest): void {
  request.endUser = null;
  request.rectification = null;
}

export async function denyPrivacyRequest(ctx: Context, input: { id: string; reason: string }) {
  const request = await loadOpenRequest(ctx, input.id);
  request.status = PrivacyRequestStatus.DENIED;
  request.closedAt = ctx.app.now();
  request.denialReason = input.reason;
  forgetSubject(request);
  addEvent(ctx, request, 'DENIED', input.reason);
  await ctx.em.flush();
  return request;
}

export async function extendPrivacyRequest(
  ctx: Context,
  input: { id: string; reason: string; months?: number; days?: number },
): Promise<PrivacyRequest> {
  const request = await loadOpenRequest(ctx, input.id);
  const extended = extendedDueAt(request, input, ctx.app.now());
  if ('field' in extended) throw extensionRefused(extended.field, extended.message);
  request.dueAt = extended.dueAt;
  request.extendedUntil = extended.dueAt;
  request.extensionReason = input.reason;
  request.status = PrivacyRequestStatus.IN_PROGRESS;
  addEvent(ctx, request, 'EXTENDED', input.reason);
  await ctx.em.flush();
  return request;
}

export async function listPrivacyRequests(
  ctx: Context,
  args: PrivacyRequestListArgs,
): Promise<ConnectionShape<PrivacyRequest>> {
  await requireMembership(ctx, args.tenantId, PRIVACY_ROLES);
  const now = ctx.app.now();
  const overdue = { status: { $in: OPEN_STATUSES }, dueAt: { $lt: now } };
  const conditions: FilterQuery<PrivacyRequest>[] = [
    { tenant: args.tenantId },
    ...(args.status ? [{ status: args.status }] : []),
    ...(args.type ? [{ type: args.type }] : []),
    ...(args.overdue === true ? [overdue] : []),
    ...(args.overdue === false ? [{ $not: overdue }] : []),
  ];
  return paginate(ctx.em, PrivacyRequest, { $and: conditions }, { closedRank: 'asc', queueKey: 'asc' }, args);
}
