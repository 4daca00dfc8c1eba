import type { PrivacyRequestStatus, PrivacyRequestType } from '@vicinity/schema/graphql';

export const requestTypeLabels: Record<PrivacyRequestType, string> = {
  ACCESS: 'Access',
  ERASURE: 'Erasure',
  RECTIFICATION: 'Rectification',
  RESTRICTION: 'Restriction',
  OBJECTION: 'Objection',
  CHILD_ERASURE: 'Child erasure',
};

export const requestStatusLabels: Record<PrivacyRequestStatus, string> = {
  RECEIVED: 'Received',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  DENIED: 'Denied',
};

export const requestTypeOptions = (Object.keys(requestTypeLabels) as PrivacyRequestType[]).map((type) => ({
  value: type,
  label: requestTypeLabels[type],
}));

export const requestStatusOptions = (Object.keys(requestStatusLabels) as PrivacyRequestStatus[]).map((status) => ({
  value: status,
  label: requestStatusLabels[status],
}));

export function isRequestType(value: string): value is PrivacyRequestType {
  return value in requestTypeLabels;
}

export function isRequestStatus(value: string): value is PrivacyRequestStatus {
  return value in requestStatusLabels;
}

export function isErasure(type: PrivacyRequestType): boolean {
  return type === 'ERASURE' || type === 'CHILD_ERASURE';
}

export function isOpen(status: PrivacyRequestStatus): boolean {
  return status === 'RECEIVED' || status === 'IN_PROGRESS';
}
