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
  OTHER = 'OTHER',
}

export const OPEN_STATUSES = [PrivacyRequestStatus.RECEIVED, PrivacyRequestStatus.IN_PROGRESS];

registerEnumType(PrivacyRequestType, { name: 'PrivacyRequestType' });
registerEnumType(PrivacyRequestStatus, { name: 'PrivacyRequestStatus' });
registerEnumType(Jurisdiction, {
  name: 'Jurisdiction',
  description: 'whose deadlines apply: GDPR (EU/EEA/UK/CH), CCPA (US-CA), or the stricter of both (OTHER)',
});
