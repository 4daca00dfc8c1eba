import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { emailField, nameField, passwordField } from './fields';

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'at least 10 characters' })
  password!: string;

  @Field(() => String)
  name!: string;
}

export const signUpSchema = z.object({ email: emailField, password: passwordField, name: nameField });
