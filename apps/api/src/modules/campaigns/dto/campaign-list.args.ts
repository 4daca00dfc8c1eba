import { ArgsType, ID } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { PageArgs } from '../../../graphql/paginate';
import { idField } from '../../auth/dto/fields';
import { CampaignStatus, Trigger } from '../campaign-enums';

@ArgsType()
export class CampaignListArgs extends PageArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => CampaignStatus, z.enum(CampaignStatus), { nullable: true })
  status?: CampaignStatus;

  @InputField(() => Trigger, z.enum(Trigger), { nullable: true })
  trigger?: Trigger;

  @InputField(() => String, z.string().trim().max(40), { nullable: true })
  tag?: string;

  @InputField(() => String, z.string().trim().max(120), { nullable: true, description: 'part of the name, any case' })
  search?: string;

  @InputField(() => Boolean, z.boolean(), { nullable: true })
  includeArchived?: boolean;

  @InputField(() => Boolean, z.boolean(), {
    nullable: true,
    description: 'true: only archived ones; false: only live ones; left out: as includeArchived says',
  })
  archived?: boolean;
}
