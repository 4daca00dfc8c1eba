import { ArgsType, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField } from '../../../graphql/input-rules';
import { MINIMUM_AGE_CEILING, MINIMUM_AGE_FLOOR } from '../../../policy/age';
import { idField, nameField } from '../../auth/dto/fields';
import { isKnownTimeZone } from '../timezone';

const minimumAgeRange = `must be a whole number of years from ${MINIMUM_AGE_FLOOR} to ${MINIMUM_AGE_CEILING}`;
export const minimumAgeField = z
  .number()
  .int(minimumAgeRange)
  .min(MINIMUM_AGE_FLOOR, minimumAgeRange)
  .max(MINIMUM_AGE_CEILING, minimumAgeRange);

@ArgsType()
export class MinimumAgeImpactArgs {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => Int, minimumAgeField)
  minimumAge!: number;
}

@InputType('UpdateTenantSettingsInput', { description: 'fields left out stay as they are' })
export class UpdateTenantSettingsInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, nameField, { nullable: true })
  name?: string;

  @InputField(() => Int, minimumAgeField, {
    nullable: true,
    description:
      '13 to 21; every stored end user under it is erased and suppressed at once, and lowering it brings nobody back',
  })
  minimumAge?: number;

  @InputField(() => String, z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris'), {
    nullable: true,
    description: 'IANA time zone, e.g. Europe/Paris',
  })
  timezone?: string;

  @InputField(() => Boolean, z.boolean(), { nullable: true })
  requireMarketingConsent?: boolean;

  @InputField(() => String, z.string().trim().min(1).max(32), { nullable: true })
  policyVersion?: string;
}
