import { z } from 'zod';

/** The law's floor for a child's own digital consent; a tenant may raise its minimum age, never go below. */
export const lowestMinimumAge = 13;

export interface TenantSettingsValues {
  minimumAge: number | '';
  requireMarketingConsent: boolean;
  policyVersion: string;
  timezone: string;
}

export function tenantSettingsSchema(currentMinimumAge: number) {
  const floor = Math.max(lowestMinimumAge, currentMinimumAge);
  return z.object({
    minimumAge: z
      .number({ error: 'Enter an age in years' })
      .int('Whole years only')
      .min(
        floor,
        floor > lowestMinimumAge
          ? `The minimum age can only be raised: ${floor} or more`
          : `Never below ${lowestMinimumAge}`,
      ),
    requireMarketingConsent: z.boolean(),
    policyVersion: z
      .string()
      .trim()
      .min(1, 'Name the policy version end users consent to')
      .max(50, 'At most 50 characters'),
    timezone: z.string().min(1, 'Choose a time zone'),
  });
}
