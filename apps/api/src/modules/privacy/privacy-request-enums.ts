import { registerEnumType } from 'type-graphql';

export enum PrivacyRequestType {
  ACCESS = 'ACCESS',
  ERASURE = 'ERASURE',
  RESTRICTION = 'RESTRICTION',
  OBJECTION = 'OBJECTION',
  RECTIFICATION = 'RECTIFICATION',
  CHILD_ERASURE = 'CHILD_ERASURE',
}

export enum PrivacyRequestStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DENIED = 'DENIED',
}

export enum Jurisdiction {
  EU_EEA_UK_CH = 'EU_EEA_UK_CH',
  US_CA = 'US_CA',
  /** A US state with a consumer privacy law of its own (Virginia, Colorado…): its deadline, see us-state-laws.ts. */
  US_STATE = 'US_STATE',
  /** The US where the state is unknown or has no privacy law of its own: the general US rules, never CCPA. */
  US_GENERAL = 'US_GENERAL',
  OTHER = 'OTHER',
}

export const OPEN_STATUSES = [PrivacyRequestStatus.RECEIVED, PrivacyRequestStatus.IN_PROGRESS];

registerEnumType(PrivacyRequestType, { name: 'PrivacyRequestType' });
registerEnumType(PrivacyRequestStatus, { name: 'PrivacyRequestStatus' });
registerEnumType(Jurisdiction, {
  name: 'Jurisdiction',
  description:
    "whose deadlines apply: GDPR (EU/EEA/UK/CH), CCPA (US-CA), a US state's own law (US_STATE), the general US rules (US_GENERAL: state unknown or without a law of its own), or the stricter of GDPR and CCPA (OTHER)",
});
