import type { EntityManager } from '@mikro-orm/core';
import { isChild, latestBirthDateForAge } from '../../policy/age';
import { EndUser } from '../end-users/end-user.entity';
import type { Tenant } from '../tenants/tenant.entity';
import { eraseEndUsers, type ErasedCount } from './erase-end-user';
import { suppressDevices } from './suppression';

/**
 * The tenant's stored end users who are under `minimumAge` at `at`. The database narrows (a year's margin on birth
 * dates), isChild() decides: the rule stays in the policy.
 */
export async function endUsersUnder(
  em: EntityManager,
  tenantId: string,
  minimumAge: number,
  at: Date,
): Promise<EndUser[]> {
  const candidates = await em.find(EndUser, {
    tenant: tenantId,
    $or: [{ age: { $lt: minimumAge } }, { birthDate: { $gt: latestBirthDateForAge(minimumAge + 1, at) } }],
  });
  return candidates.filter((u) => isChild(u, minimumAge, at));
}

/**
 * A child is never kept: erases every stored end user under `minimumAge` and suppresses their devices, in the
 * caller's transaction. Returns how many end users went, and every record erased by kind.
 */
export async function eraseEndUsersUnder(
  em: EntityManager,
  secret: string,
  tenant: Tenant,
  minimumAge: number,
  at: Date,
): Promise<{ endUsers: number; erased: ErasedCount[] }> {
  const children = await endUsersUnder(em, tenant.id, minimumAge, at);
  if (children.length === 0) return { endUsers: 0, erased: [] };
  await suppressDevices(
    em,
    secret,
    tenant,
    children.map((u) => u.deviceId),
  );
  const erased = await eraseEndUsers(em, tenant.id, children, {
    serverSecret: secret,
    reason: 'MINIMUM_AGE_RAISED',
    at,
  });
  return { endUsers: children.length, erased };
}
