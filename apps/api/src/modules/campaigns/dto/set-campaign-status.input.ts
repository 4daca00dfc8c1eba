import { ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { idField } from '../../auth/dto/fields';
import { CampaignStatus } from '../campaign-enums';

@InputType('SetCampaignStatusInput')
export class SetCampaignStatusInput {
  @InputField(() => ID, idField)
  campaignId!: string;

  @InputField(() => CampaignStatus, z.enum(CampaignStatus))
  status!: CampaignStatus;
}
