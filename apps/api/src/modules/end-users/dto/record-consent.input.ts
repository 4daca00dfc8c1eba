import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { ConsentPurpose } from '../../../policy/policy-enums';
import { ConsentSource } from '../end-user-enums';
import { deviceIdField } from './upsert-end-user.input';

@InputType('RecordConsentInput')
export class RecordConsentInput {
  @Field(() => String)
  deviceId!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => Boolean)
  granted!: boolean;

  @Field(() => ConsentSource)
  source!: ConsentSource;

  @Field(() => String)
  policyVersion!: string;

  @Field(() => Date, { nullable: true, description: 'when the end user chose; default now; never in the future' })
  recordedAt?: Date | null;
}

export const recordConsentSchema = z.object({
  deviceId: deviceIdField,
  purpose: z.enum(ConsentPurpose),
  granted: z.boolean(),
  source: z.enum(ConsentSource),
  policyVersion: z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters'),
  recordedAt: optionalField(z.date()),
});
