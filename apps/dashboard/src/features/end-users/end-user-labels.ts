import type {
  ConsentPurpose,
  ConsentSource,
  IneligibilityReason,
  LocationPermission,
  Platform,
} from '@vicinity/schema/graphql';

export const purposeLabels: Record<ConsentPurpose, string> = {
  LOCATION: 'Location',
  MARKETING: 'Marketing',
  ANALYTICS: 'Analytics',
  THIRD_PARTY_SHARING: 'Sharing with third parties',
};

export const sourceLabels: Record<ConsentSource, string> = {
  SDK: 'App (SDK)',
  API: 'API',
  DASHBOARD: 'Dashboard',
  IMPORT: 'Import',
};

export const reasonLabels: Record<IneligibilityReason, string> = {
  // The summary beside it says which half is missing: the app's permission or the location consent.
  LOCATION_DENIED: 'No location basis',
  MARKETING_CONSENT_MISSING: 'No marketing consent',
  PROCESSING_RESTRICTED: 'Processing restricted',
  TENANT_SUSPENDED: 'Tenant suspended',
  UNDER_MINIMUM_AGE: 'Under the minimum age',
  UNKNOWN_END_USER: 'Unknown end user',
};

export const permissionLabels: Record<LocationPermission, string> = {
  ALWAYS: 'Always',
  WHEN_IN_USE: 'While using the app',
  DENIED: 'Denied',
  NOT_DETERMINED: 'Not asked yet',
};

export const platformLabels: Record<Platform, string> = { IOS: 'iOS', ANDROID: 'Android', WEB: 'Web' };
