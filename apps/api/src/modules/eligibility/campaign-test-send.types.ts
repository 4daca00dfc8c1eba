import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputField, inputSchema } from '../../graphql/input-rules';
import { idField } from '../auth/dto/fields';
import { deviceIdField } from '../end-users/dto/upsert-end-user.input';
import { PositionInput } from './dto/eligibility.input';
import { Eligibility } from './eligibility.types';

@InputType('CampaignTestSendInput')
export class CampaignTestSendInput {
  @InputField(() => ID, idField)
  campaignId!: string;

  @InputField(() => String, deviceIdField, { description: 'a test device already known to the SDK' })
  deviceId!: string;

  @InputField(() => PositionInput, inputSchema(PositionInput))
  position!: PositionInput;
}

@ObjectType('CampaignTestSend', { description: 'what a test device would be offered at a point now, and why' })
export class CampaignTestSend extends Eligibility {
  @Field(() => String, { description: 'the policy decision in words' })
  explanation!: string;

  @Field(() => Boolean, { description: 'this campaign is among the offers' })
  offered!: boolean;

  @Field(() => String, { description: 'why this campaign is or is not offered, in words' })
  campaignNote!: string;
}
