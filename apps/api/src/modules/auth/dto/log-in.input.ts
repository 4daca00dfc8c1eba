import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { emailField } from './fields';

@InputType('LogInInput')
export class LogInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

export const logInSchema = z.object({ email: emailField, password: z.string().min(1).max(256) });
