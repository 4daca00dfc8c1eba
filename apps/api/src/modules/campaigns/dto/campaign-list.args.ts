import { ArgsType, Field, ID, Int } from 'type-graphql';
import { z } from 'zod';
import { pageArgsSchema } from '../../../graphql/paginate';
import { optionalField } from '../../../graphql/parse-input';
import { idField } from '../../auth/dto/fields';
import { CampaignStatus, Trigger } from '../campaign-enums';

@ArgsType()
export class CampaignListArgsType {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => CampaignStatus, { nullable: true })
  status?: CampaignStatus | null;

  @Field(() => Trigger, { nullable: true })
  trigger?: Trigger | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'part of the name, any case' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeArchived?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1..200, default 50' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export const campaignListSchema = pageArgsSchema.extend({
  tenantId: idField,
  status: optionalField(z.enum(CampaignStatus)),
  trigger: optionalField(z.enum(Trigger)),
  tag: optionalField(z.string().trim().max(40)),
  search: optionalField(z.string().trim().max(120)),
  includeArchived: optionalField(z.boolean()),
});

export type CampaignListArgs = z.output<typeof campaignListSchema>;
