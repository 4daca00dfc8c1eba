import { InputType } from 'type-graphql';
import { InputField } from '../../../graphql/input-rules';
import { invitationTokenField } from './invitation.inputs';
import { emailField, nameField, passwordField } from './fields';

@InputType('SignUpInput')
export class SignUpInput {
  @InputField(() => String, emailField)
  email!: string;

  @InputField(() => String, passwordField, { description: 'at least 10 characters' })
  password!: string;

  @InputField(() => String, nameField)
  name!: string;

  @InputField(() => String, invitationTokenField, {
    nullable: true,
    description: 'the token of an invitation link sent to this email: the new operator joins its tenant',
  })
  invitation?: string;
}
