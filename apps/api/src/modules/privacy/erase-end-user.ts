import type { EntityManager, EntityMetadata } from '@mikro-orm/core';
import { AuditEntry } from '../audit/audit-entry.entity';
import { EndUser } from '../end-users/end-user.entity';

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
 * Deletes every record about one end user of one tenant, then the end user, counting by kind. Must run inside a
 * transaction (the caller's), so a failure half-way erases nothing.
 */
export async function eraseEndUser(em: EntityManager, endUser: EndUser): Promise<ErasedCount[]> {
  const tenant = endUser.tenant.id;
  const counts: ErasedCount[] = [];
  for (const { meta, property, nullable } of endUserReferences(em)) {
    if (nullable) {
      const values = SUBJECT_VALUES_BESIDE_LINK[meta.className] ?? [];
      const cleared = Object.fromEntries([property, ...values].map((name) => [name, null]));
      await em.nativeUpdate(meta.class, { [property]: endUser.id, tenant }, cleared);
      continue;
    }
    const count = await em.nativeDelete(meta.class, { [property]: endUser.id, tenant });
    counts.push({ kind: meta.className, count });
  }
  // The audit log names its targets by bare id; the end user's id must not survive them there either.
  await em.nativeUpdate(AuditEntry, { targetId: endUser.id, tenant }, { targetId: null });
  const users = await em.nativeDelete(EndUser, { id: endUser.id, tenant });
  counts.push({ kind: EndUser.name, count: users });
  em.getUnitOfWork().unsetIdentity(endUser);
  return counts;
}
