import { ArgsType, ID } from 'type-graphql';
import { idField } from '../modules/auth/dto/fields';
import { InputField } from './input-rules';

@ArgsType()
export class IdArgs {
  @InputField(() => ID, idField)
  id!: string;
}

@ArgsType()
export class TenantIdArgs {
  @InputField(() => ID, idField)
  tenantId!: string;
}

@ArgsType()
export class CampaignIdArgs {
  @InputField(() => ID, idField)
  campaignId!: string;
}
