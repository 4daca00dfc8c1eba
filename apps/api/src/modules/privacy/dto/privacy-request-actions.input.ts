import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField } from '../../auth/dto/fields';

@InputType('DenyPrivacyRequestInput')
export class DenyPrivacyRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'required: why the request is refused (up to 500 characters)' })
  reason!: string;
}

@InputType('ExtendPrivacyRequestInput')
export class ExtendPrivacyRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'required: why more time is needed (up to 500 characters)' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'EU/EEA/UK/CH: 1..2 more months, before the first month ends' })
  months?: number | null;

  @Field(() => Int, { nullable: true, description: 'US-CA and OTHER: 45 more days, once' })
  days?: number | null;
}

const reasonField = z.string().trim().min(1, 'a reason is required').max(500, 'must be at most 500 characters');

export const denyPrivacyRequestSchema = z.object({ id: idField, reason: reasonField });

export const extendPrivacyRequestSchema = z.object({
  id: idField,
  reason: reasonField,
  months: optionalField(z.number().int()),
  days: optionalField(z.number().int()),
});
