import type { EntityManager, EntityMetadata } from '@mikro-orm/core';
import { EndUser } from '../end-users/end-user.entity';

export type ErasedCount = { kind: string; count: number };

/** Every entity with a relation to EndUser, found in the ORM metadata: a new one is erased without anyone remembering to. */
export function endUserReferences(em: EntityManager): { meta: EntityMetadata; property: string }[] {
  return Object.values(em.getMetadata().getAll()).flatMap((meta) =>
    Object.values(meta.properties)
      .filter((p) => (p.kind === 'm:1' || p.kind === '1:1') && p.type === EndUser.name)
      .map((p) => ({ meta, property: p.name })),
  );
}

/**
 * Deletes every record about one end user of one tenant, then the end user, counting by kind. Must run inside a
 * transaction (the caller's), so a failure half-way erases nothing.
 */
export async function eraseEndUser(em: EntityManager, endUser: EndUser): Promise<ErasedCount[]> {
  const counts: ErasedCount[] = [];
  for (const { meta, property } of endUserReferences(em)) {
    const count = await em.nativeDelete(meta.class, { [property]: endUser.id, tenant: endUser.tenant.id });
    counts.push({ kind: meta.className, count });
  }
  const users = await em.nativeDelete(EndUser, { id: endUser.id, tenant: endUser.tenant.id });
  counts.push({ kind: EndUser.name, count: users });
  em.getUnitOfWork().unsetIdentity(endUser);
  return counts;
}
