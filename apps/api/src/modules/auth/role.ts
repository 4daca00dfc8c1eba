import { registerEnumType } from 'type-graphql';

export enum Role {
  OWNER = 'OWNER',
  MARKETER = 'MARKETER',
  ANALYST = 'ANALYST',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
}

registerEnumType(Role, { name: 'Role' });

/** Who may change places and campaigns; every member may read them. */
export const CONTENT_EDITORS: readonly Role[] = [Role.OWNER, Role.MARKETER];
