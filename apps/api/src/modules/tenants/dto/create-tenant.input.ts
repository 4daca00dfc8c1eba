import { InputType } from 'type-graphql';
import { InputField } from '../../../graphql/input-rules';
import { nameField } from '../../auth/dto/fields';

@InputType('CreateTenantInput')
export class CreateTenantInput {
  @InputField(() => String, nameField)
  name!: string;
}
