import type { EntityManager } from '@mikro-orm/core';
import { EndUser } from '../end-users/end-user.entity';
import type { SubjectInput } from './dto/create-privacy-request.input';
import type { SubjectIdentifier } from './subject';

export type FoundSubject = {
  endUser: EndUser | null;
  /** What the operator gave first: shown, masked, on the request. */
  given: SubjectIdentifier;
  /** What requests about this person are matched by: their device when they are known, else what was given. */
  key: SubjectIdentifier;
};

/**
 * The end user a request is about: by device first, then by external id, then by email (each may be shared by several
 * devices; the most recently seen wins).
 */
export async function findSubject(em: EntityManager, tenantId: string, subject: SubjectInput): Promise<FoundSubject> {
  const given: SubjectIdentifier = subject.deviceId
    ? { kind: 'device', value: subject.deviceId }
    : subject.externalId
      ? { kind: 'external id', value: subject.externalId }
      : { kind: 'email', value: subject.email! };
  const candidates = [
    subject.deviceId && { deviceId: subject.deviceId },
    subject.externalId && { externalId: subject.externalId },
    subject.email && { email: subject.email },
  ].filter((c) => typeof c === 'object');
  for (const where of candidates) {
    const endUser = await em.findOne(EndUser, { tenant: tenantId, ...where }, { orderBy: { lastSeenAt: 'desc' } });
    if (endUser) return { endUser, given, key: { kind: 'device', value: endUser.deviceId } };
  }
  return { endUser: null, given, key: given };
}
