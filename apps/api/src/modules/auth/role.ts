import { registerEnumType } from 'type-graphql';

export enum Role {
  OWNER = 'OWNER',
  MARKETER = 'MARKETER',
  ANALYST = 'ANALYST',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
}

registerEnumType(Role, { name: 'Role' });
