import { InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { ConsentPurpose } from '../../../policy/policy-enums';
import { ConsentSource } from '../end-user-enums';
import { deviceIdField } from './upsert-end-user.input';

@InputType('RecordConsentInput')
export class RecordConsentInput {
  @InputField(() => String, deviceIdField)
  deviceId!: string;

  @InputField(() => ConsentPurpose, z.enum(ConsentPurpose))
  purpose!: ConsentPurpose;

  @InputField(() => Boolean, z.boolean())
  granted!: boolean;

  @InputField(() => ConsentSource, z.enum(ConsentSource))
  source!: ConsentSource;

  @InputField(() => String, z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters'))
  policyVersion!: string;

  @InputField(() => Date, z.date(), {
    nullable: true,
    description: 'when the end user chose; default now; never in the future',
  })
  recordedAt?: Date;
}
