import type { EntityManager, EntityMetadata } from '@mikro-orm/core';
import { chunks } from '../../db/chunks';
import { AuditEntry } from '../audit/audit-entry.entity';
import { EndUser } from '../end-users/end-user.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { announceErasure, type ErasureNotice } from '../webhooks/erasure-notice';
import { ACCESS_EXPORT_KIND, eraseAccessExports } from './access-export-store';

export type ErasedCount = { kind: string; count: number };

/** Rows that outlive the end user but hold values about them besides the link: those values go with the link. */
const SUBJECT_VALUES_BESIDE_LINK: Record<string, string[]> = { PrivacyRequest: ['rectification'] };

export type EndUserReference = { meta: EntityMetadata; property: string; nullable: boolean };

/**
 * Every entity with a relation to EndUser, found in the ORM metadata: a new one is erased without anyone remembering
 * to. A required relation means the row is about the end user and goes with them; an optional one (a privacy request)
 * means the row outlives them, so only the link goes.
 */
export function endUserReferences(em: EntityManager): EndUserReference[] {
  return Object.values(em.getMetadata().getAll()).flatMap((meta) =>
    Object.values(meta.properties)
      .filter((p) => (p.kind === 'm:1' || p.kind === '1:1') && p.type === EndUser.name)
      .map((p) => ({ meta, property: p.name, nullable: Boolean(p.nullable) })),
  );
}

/**
 * Deletes every record about these end users of one tenant, then the end users, counting by kind, a few statements
 * per few hundred end users. Must run inside a transaction (the caller's), so a failure half-way erases nothing.
 */
export async function eraseEndUsers(
  em: EntityManager,
  tenant: string,
  endUsers: EndUser[],
  notice: ErasureNotice,
): Promise<ErasedCount[]> {
  const counts = new Map<string, number>();
  const add = (kind: string, count: number) => counts.set(kind, (counts.get(kind) ?? 0) + count);
  for (const chunk of chunks(endUsers)) {
    const ids = { $in: chunk.map((u) => u.id) };
    for (const { meta, property, nullable } of endUserReferences(em)) {
      if (nullable) {
        const values = SUBJECT_VALUES_BESIDE_LINK[meta.className] ?? [];
        const cleared = Object.fromEntries([property, ...values].map((name) => [name, null]));
        await em.nativeUpdate(meta.class, { [property]: ids, tenant }, cleared);
        continue;
      }
      add(meta.className, await em.nativeDelete(meta.class, { [property]: ids, tenant }));
    }
    // The audit log names its targets by bare id; the end users' ids must not survive them there either.
    await em.nativeUpdate(AuditEntry, { targetId: ids, tenant }, { targetId: null });
    // Events about them that have not left yet never will; those that left are no longer kept either.
    add(WebhookDelivery.name, await em.nativeDelete(WebhookDelivery, { endUserId: ids, tenant }));
    // An ACCESS export kept for download is a copy of their data on a request that outlives them: it goes now.
    const exports = await eraseAccessExports(em, tenant, chunk, notice.serverSecret);
    if (exports > 0) add(ACCESS_EXPORT_KIND, exports);
    add(EndUser.name, await em.nativeDelete(EndUser, { id: ids, tenant }));
    for (const endUser of chunk) em.getUnitOfWork().unsetIdentity(endUser);
  }
  const erased = [...counts].map(([kind, count]) => ({ kind, count }));
  await announceErasure(em, tenant, endUsers, erased, notice);
  return erased;
}

/** eraseEndUsers() for one end user. */
export const eraseEndUser = (em: EntityManager, endUser: EndUser, notice: ErasureNotice): Promise<ErasedCount[]> =>
  eraseEndUsers(em, endUser.tenant.id, [endUser], notice);
