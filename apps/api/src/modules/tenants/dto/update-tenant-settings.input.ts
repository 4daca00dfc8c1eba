import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField, nameField } from '../../auth/dto/fields';
import { MINIMUM_AGE_FLOOR } from '../../../policy/age';
import { isKnownTimeZone } from '../timezone';

@InputType('UpdateTenantSettingsInput', { description: 'fields left out stay as they are' })
export class UpdateTenantSettingsInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'may only be raised; never below 13' })
  minimumAge?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Paris' })
  timezone?: string | null;

  @Field(() => Boolean, { nullable: true })
  requireMarketingConsent?: boolean | null;

  @Field(() => String, { nullable: true })
  policyVersion?: string | null;
}

export const updateTenantSettingsSchema = z.object({
  tenantId: idField,
  name: optionalField(nameField),
  minimumAge: optionalField(z.number().int().min(MINIMUM_AGE_FLOOR, `must be at least ${MINIMUM_AGE_FLOOR}`).max(21)),
  timezone: optionalField(z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris')),
  requireMarketingConsent: optionalField(z.boolean()),
  policyVersion: optionalField(z.string().trim().min(1).max(32)),
});
