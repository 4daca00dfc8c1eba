import { createHmac } from 'node:crypto';

export type SubjectKind = 'device' | 'external id' | 'email';
export type SubjectIdentifier = { kind: SubjectKind; value: string };

/**
 * A keyed hash of one identifier of a request's subject: requests about the same person can be matched (duplicates,
 * repeated access) long after the identifier itself is gone, and the hash names nobody without the secret.
 */
export const subjectHash = (secret: string, tenantId: string, id: SubjectIdentifier): string =>
  createHmac('sha256', secret).update(`privacy-subject\n${tenantId}\n${id.kind}:${id.value}`).digest('hex');

/** "j***@e***.com" */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}

/** "+33 ••• •• 12": the country prefix and the last two digits, enough to recognise, too little to call. */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[^\d+]/g, '');
  return `${compact.slice(0, 3)} ••• •• ${compact.slice(-2)}`;
}

/** Short identifiers are hidden whole: two characters at each end of "kid" would be all of it. */
const maskOpaque = (value: string) => (value.length >= 8 ? `${value.slice(0, 2)}…${value.slice(-2)}` : '•••');

/** How a request names its subject on screen, for ever: never the identifier itself. */
export const subjectLabel = (id: SubjectIdentifier): string =>
  `${id.kind} ${id.kind === 'email' ? maskEmail(id.value) : maskOpaque(id.value)}`;
