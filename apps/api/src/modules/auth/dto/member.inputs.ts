import { ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { Role } from '../role';
import { emailField, idField } from './fields';

const roleField = z.enum(Role);

@InputType('AddMemberInput', { description: 'the email must belong to an operator who has signed up' })
export class AddMemberInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, emailField)
  email!: string;

  @InputField(() => Role, roleField)
  role!: Role;
}

@InputType('ChangeMemberRoleInput')
export class ChangeMemberRoleInput {
  @InputField(() => ID, idField)
  membershipId!: string;

  @InputField(() => Role, roleField)
  role!: Role;
}

@InputType('RemoveMemberInput')
export class RemoveMemberInput {
  @InputField(() => ID, idField)
  membershipId!: string;
}
