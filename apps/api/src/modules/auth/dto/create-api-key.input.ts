import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { ApiKeyScope } from '../api-key-scope';
import { idField, nameField } from './fields';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];
}

export const createApiKeySchema = z.object({
  tenantId: idField,
  name: nameField,
  scopes: z
    .array(z.enum(ApiKeyScope))
    .min(1, 'must name at least one scope')
    .transform((s) => [...new Set(s)]),
});
