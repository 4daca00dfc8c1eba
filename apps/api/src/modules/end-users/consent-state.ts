import type { EntityManager } from '@mikro-orm/core';
import { type ConsentFact, isGranted } from '../../policy/consent-state';
import { ConsentPurpose } from '../../policy/policy-enums';
import { ConsentRecord } from './consent-record.entity';
import type { EndUser } from './end-user.entity';

type ConsentStateProperty = 'locationConsent' | 'marketingConsent' | 'analyticsConsent' | 'thirdPartySharingConsent';

export const CONSENT_STATE_PROPERTY: Record<ConsentPurpose, ConsentStateProperty> = {
  [ConsentPurpose.LOCATION]: 'locationConsent',
  [ConsentPurpose.MARKETING]: 'marketingConsent',
  [ConsentPurpose.ANALYTICS]: 'analyticsConsent',
  [ConsentPurpose.THIRD_PARTY_SHARING]: 'thirdPartySharingConsent',
};

export type ConsentState = Record<ConsentStateProperty, boolean>;

/**
 * Sets the end user's current state of `purpose` to what the ledger says (the policy's own isGranted over their
 * records), after a record was appended: called in the same transaction, so state and ledger never disagree.
 */
export async function refreshConsentState(em: EntityManager, endUser: EndUser, purpose: ConsentPurpose): Promise<void> {
  const records = await em.find(ConsentRecord, { endUser: endUser.id, purpose }, { fields: ['granted', 'recordedAt'] });
  const facts: ConsentFact[] = records.map((r) => ({ purpose, granted: r.granted, recordedAt: r.recordedAt }));
  endUser[CONSENT_STATE_PROPERTY[purpose]] = isGranted(facts, purpose);
}

const EPOCH = new Date(0);

/** The state as consent facts decide() reads the same way as the ledger's: one granted or withdrawn fact a purpose. */
export function consentStateFacts(state: ConsentState): ConsentFact[] {
  return Object.values(ConsentPurpose).map((purpose) => ({
    purpose,
    granted: state[CONSENT_STATE_PROPERTY[purpose]],
    recordedAt: EPOCH,
  }));
}
