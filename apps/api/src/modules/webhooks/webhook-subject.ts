import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The keyed reference by which payloads name an end user, stable for the end user's life: a downstream system matches
 * an end_user.erased notice to what it received before, but cannot compute it from anything it knows (a tenant knows
 * our end-user ids, so a plain hash of one would name the person).
 */
export function subjectReferences(serverSecret: string, tenantId: string): (endUserId: string) => string {
  const key = Buffer.from(hkdfSync('sha256', serverSecret, 'vicinity', 'webhook-subject', 32));
  return (endUserId) => createHmac('sha256', key).update(`${tenantId}\n${endUserId}`).digest('hex');
}

export const subjectReference = (serverSecret: string, tenantId: string, endUserId: string): string =>
  subjectReferences(serverSecret, tenantId)(endUserId);
