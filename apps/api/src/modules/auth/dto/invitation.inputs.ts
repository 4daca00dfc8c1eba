import { ArgsType, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { Role } from '../role';
import { emailField, idField } from './fields';

/** Any text is accepted: a token that is not one is simply not valid, like an unknown one. */
export const invitationTokenField = z.string().trim().min(1, 'must not be empty').max(128, 'is not an invitation');

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, emailField)
  email!: string;

  @InputField(() => Role, z.enum(Role))
  role!: Role;
}

@ArgsType()
export class InvitationTokenArgs {
  @InputField(() => String, invitationTokenField, { description: 'the one-time token of the invitation link' })
  token!: string;
}
