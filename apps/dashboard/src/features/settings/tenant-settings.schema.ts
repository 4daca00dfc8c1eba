import { z } from 'zod';

/** The API's range for a tenant's minimum age: the law's floor for a child's own consent, and 21 at the most. */
export const lowestMinimumAge = 13;
export const highestMinimumAge = 21;

export interface TenantSettingsValues {
  minimumAge: number | '';
  requireMarketingConsent: boolean;
  policyVersion: string;
  timezone: string;
}

const minimumAgeRange = `From ${lowestMinimumAge} to ${highestMinimumAge} years`;

export const tenantSettingsSchema = z.object({
  minimumAge: z
    .number({ error: 'Enter an age in years' })
    .int('Whole years only')
    .min(lowestMinimumAge, minimumAgeRange)
    .max(highestMinimumAge, minimumAgeRange),
  requireMarketingConsent: z.boolean(),
  policyVersion: z
    .string()
    .trim()
    .min(1, 'Name the policy version end users consent to')
    .max(50, 'At most 50 characters'),
  timezone: z.string().min(1, 'Choose a time zone'),
});
