import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { idField, nameField } from '../../auth/dto/fields';
import { DEFAULT_MINIMUM_AGE } from '../tenant.entity';
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

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const updateTenantSettingsSchema = z.object({
  tenantId: idField,
  name: optional(nameField),
  minimumAge: optional(z.number().int().min(DEFAULT_MINIMUM_AGE, `must be at least ${DEFAULT_MINIMUM_AGE}`).max(21)),
  timezone: optional(z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris')),
  requireMarketingConsent: optional(z.boolean()),
  policyVersion: optional(z.string().trim().min(1).max(32)),
});
