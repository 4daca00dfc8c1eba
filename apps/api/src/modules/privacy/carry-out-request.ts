import type { Context } from '../../context';
import { inTransaction } from '../../db/in-transaction';
import { EndUser } from '../end-users/end-user.entity';
import { Tenant } from '../tenants/tenant.entity';
import { accessExport } from './access-export';
import { keepAccessExport } from './access-export-store';
import { eraseEndUser, type ErasedCount } from './erase-end-user';
import { PrivacyRequest } from './privacy-request.entity';
import { PrivacyRequestStatus, PrivacyRequestType } from './privacy-request-enums';
import { forgetSubject, loadOpenRequest, NO_SUBJECT_NOTE } from './privacy-request.service';
import { suppressDevice } from './suppression';
import { addEvent } from './timeline';

export type CompletedRequest = { request: PrivacyRequest; export: string | null; erased: ErasedCount[] };

const describeCounts = (counts: ErasedCount[]) => counts.map((c) => `${c.count} ${c.kind}`).join(', ');

/** Does what the request asks to the end user; returns what to tell the operator. */
async function carryOut(
  tx: Context,
  request: PrivacyRequest,
  tenant: Tenant,
  endUser: EndUser,
): Promise<{ export?: string; erased?: ErasedCount[]; note: string }> {
  const now = tx.app.now();
  switch (request.type) {
    case PrivacyRequestType.ACCESS: {
      const json = await accessExport(tx.em, tenant, endUser, request.subjectHash, now);
      keepAccessExport(request, json, tenant, now);
      return { export: json, note: 'export generated' };
    }
    case PrivacyRequestType.ERASURE:
    case PrivacyRequestType.CHILD_ERASURE: {
      if (request.type === PrivacyRequestType.CHILD_ERASURE) {
        await suppressDevice(tx.em, tx.app.config.suppressionSecret, tenant, endUser.deviceId);
      }
      const erased = await eraseEndUser(tx.em, endUser, {
        serverSecret: tx.app.config.suppressionSecret,
        reason: request.type === PrivacyRequestType.CHILD_ERASURE ? 'CHILD' : 'PRIVACY_REQUEST',
        at: now,
        privacyRequestId: request.id,
      });
      return { erased, note: `erased: ${describeCounts(erased)}` };
    }
    case PrivacyRequestType.RECTIFICATION:
      for (const [field, value] of Object.entries(request.rectification ?? {})) {
        if (value !== undefined) Object.assign(endUser, { [field]: value });
      }
      return { note: `corrected: ${Object.keys(request.rectification ?? {}).join(', ')}` };
    case PrivacyRequestType.RESTRICTION:
      endUser.restrictedAt = request.lift ? undefined : now;
      return { note: request.lift ? 'restriction lifted' : 'processing restricted' };
    case PrivacyRequestType.OBJECTION:
      endUser.objectedAt = request.lift ? undefined : now;
      return { note: request.lift ? 'objection lifted' : 'objection in force' };
  }
}

/**
 * Carries out an open request in one transaction: all of it happens, the request is marked completed and forgets its
 * subject, or (on any failure) nothing happens and the request stays open.
 */
export async function completeRequest(ctx: Context, request: PrivacyRequest): Promise<CompletedRequest> {
  return inTransaction(ctx, async (tx) => {
    const tenant = await tx.em.findOneOrFail(Tenant, { id: request.tenant.id });
    const endUserId = request.endUser?.id;
    const endUser = endUserId ? await tx.em.findOne(EndUser, { id: endUserId, tenant: tenant.id }) : null;
    const outcome = endUser
      ? await carryOut(tx, request, tenant, endUser)
      : { note: `${NO_SUBJECT_NOTE}: nothing to do` };
    request.status = PrivacyRequestStatus.COMPLETED;
    request.completedAt = tx.app.now();
    request.closedAt = request.completedAt;
    request.subjectFound = endUser !== null;
    request.erased = outcome.erased ?? [];
    forgetSubject(request);
    addEvent(tx, request, 'COMPLETED', outcome.note);
    tx.em.persist(request);
    await tx.em.flush();
    return { request, export: outcome.export ?? null, erased: request.erased };
  });
}

export async function completePrivacyRequest(ctx: Context, id: string): Promise<CompletedRequest> {
  return completeRequest(ctx, await loadOpenRequest(ctx, id));
}
