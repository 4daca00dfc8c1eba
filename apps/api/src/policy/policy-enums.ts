import { registerEnumType } from 'type-graphql';

export enum LocationPermission {
  ALWAYS = 'ALWAYS',
  WHEN_IN_USE = 'WHEN_IN_USE',
  DENIED = 'DENIED',
  NOT_DETERMINED = 'NOT_DETERMINED',
}

export enum ConsentPurpose {
  LOCATION = 'LOCATION',
  MARKETING = 'MARKETING',
  ANALYTICS = 'ANALYTICS',
  THIRD_PARTY_SHARING = 'THIRD_PARTY_SHARING',
}

export enum IneligibilityReason {
  UNKNOWN_END_USER = 'UNKNOWN_END_USER',
  LOCATION_DENIED = 'LOCATION_DENIED',
  UNDER_MINIMUM_AGE = 'UNDER_MINIMUM_AGE',
  MARKETING_CONSENT_MISSING = 'MARKETING_CONSENT_MISSING',
  PROCESSING_RESTRICTED = 'PROCESSING_RESTRICTED',
  TENANT_SUSPENDED = 'TENANT_SUSPENDED',
}

registerEnumType(LocationPermission, { name: 'LocationPermission' });
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });
registerEnumType(IneligibilityReason, { name: 'IneligibilityReason' });
