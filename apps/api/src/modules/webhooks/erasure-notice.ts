import type { EntityManager } from '@mikro-orm/core';
import type { EndUser } from '../end-users/end-user.entity';
import type { ErasedCount } from '../privacy/erase-end-user';
import { WebhookEventType } from './webhook-enums';
import { enqueueWebhookEvents } from './webhook-outbox';
import { subjectReference } from './webhook-subject';

export type ErasureReason = 'PRIVACY_REQUEST' | 'CHILD' | 'RETENTION' | 'MINIMUM_AGE_RAISED';

export type ErasureNotice = {
  /** Keys the subject reference (the server secret). */
  serverSecret: string;
  reason: ErasureReason;
  at: Date;
  /** The erasure request answered, whose receipt lists each endpoint's acknowledgement. */
  privacyRequestId?: string;
};

/**
 * Queues end_user.erased for each erased end user, in the erasure's transaction, so that every connected system erases
 * too. It names them only by their keyed reference (the one earlier events carried) and is not about a stored end user,
 * so nothing purges it.
 */
export async function announceErasure(
  em: EntityManager,
  tenantId: string,
  endUsers: readonly EndUser[],
  erased: readonly ErasedCount[],
  notice: ErasureNotice,
): Promise<void> {
  const receipt = {
    privacyRequestId: notice.privacyRequestId ?? null,
    reason: notice.reason,
    erasedAt: notice.at.toISOString(),
    endUsers: endUsers.length,
    erased: erased.map(({ kind, count }) => ({ kind, count })),
  };
  const written = await enqueueWebhookEvents(
    em,
    tenantId,
    endUsers.map((endUser) => ({
      event: WebhookEventType.END_USER_ERASED,
      data: { reference: subjectReference(notice.serverSecret, tenantId, endUser.id), receipt },
      privacyRequestId: notice.privacyRequestId,
      at: notice.at,
    })),
  );
  if (written > 0) await em.flush();
}
