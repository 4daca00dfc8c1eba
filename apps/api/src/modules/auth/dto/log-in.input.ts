import { InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { emailField } from './fields';

@InputType('LogInInput')
export class LogInInput {
  @InputField(() => String, emailField)
  email!: string;

  @InputField(() => String, z.string().min(1).max(256))
  password!: string;
}
