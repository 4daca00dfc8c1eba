import type { Role } from '@vicinity/schema/graphql';

export const roleLabels: Record<Role, string> = {
  OWNER: 'Owner',
  MARKETER: 'Marketer',
  ANALYST: 'Analyst',
  PRIVACY_OFFICER: 'Privacy officer',
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((role) => ({
  value: role,
  label: roleLabels[role],
}));

export function isRole(value: string): value is Role {
  return value in roleLabels;
}
