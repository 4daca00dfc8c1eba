import { ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { idField } from '../../auth/dto/fields';

const reasonField = z.string().trim().min(1, 'a reason is required').max(500, 'must be at most 500 characters');

@InputType('DenyPrivacyRequestInput')
export class DenyPrivacyRequestInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, reasonField, {
    multiline: true,
    description: 'required: why the request is refused (up to 500 characters)',
  })
  reason!: string;
}

@InputType('ExtendPrivacyRequestInput')
export class ExtendPrivacyRequestInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, reasonField, {
    multiline: true,
    description: 'required: why more time is needed (up to 500 characters)',
  })
  reason!: string;

  @InputField(() => Int, z.number().int(), {
    nullable: true,
    description: 'EU/EEA/UK/CH: 1..2 more months, before the first month ends',
  })
  months?: number;

  @InputField(() => Int, z.number().int(), { nullable: true, description: 'US-CA and OTHER: 45 more days, once' })
  days?: number;
}
