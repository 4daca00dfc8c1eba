import { ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { ApiKeyScope } from '../api-key-scope';
import { idField, nameField } from './fields';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, nameField)
  name!: string;

  @InputField(
    () => [ApiKeyScope],
    z
      .array(z.enum(ApiKeyScope))
      .min(1, 'must name at least one scope')
      .transform((s) => [...new Set(s)]),
  )
  scopes!: ApiKeyScope[];
}
