import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { nameField } from '../../auth/dto/fields';

@InputType('CreateTenantInput')
export class CreateTenantInput {
  @Field(() => String)
  name!: string;
}

export const createTenantSchema = z.object({ name: nameField });
