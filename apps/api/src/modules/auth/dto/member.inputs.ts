import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { Role } from '../role';
import { emailField, idField } from './fields';

@InputType('AddMemberInput', { description: 'the email must belong to an operator who has signed up' })
export class AddMemberInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType('ChangeMemberRoleInput')
export class ChangeMemberRoleInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType('RemoveMemberInput')
export class RemoveMemberInput {
  @Field(() => ID)
  membershipId!: string;
}

const role = z.enum(Role);
export const addMemberSchema = z.object({ tenantId: idField, email: emailField, role });
export const changeMemberRoleSchema = z.object({ membershipId: idField, role });
export const removeMemberSchema = z.object({ membershipId: idField });
