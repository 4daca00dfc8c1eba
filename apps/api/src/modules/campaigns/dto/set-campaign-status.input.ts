import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { idField } from '../../auth/dto/fields';
import { CampaignStatus } from '../campaign-enums';

@InputType('SetCampaignStatusInput')
export class SetCampaignStatusInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => CampaignStatus)
  status!: CampaignStatus;
}

export const setCampaignStatusSchema = z.object({ campaignId: idField, status: z.enum(CampaignStatus) });
