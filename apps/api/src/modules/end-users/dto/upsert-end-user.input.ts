import { InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { InputField, Refine } from '../../../graphql/input-rules';
import { BoundedDate } from '../../../graphql/scalars';
import { LocationPermission } from '../../../policy/policy-enums';
import { emailField } from '../../auth/dto/fields';
import { Platform } from '../end-user-enums';

export const deviceIdField = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const externalIdField = z.string().trim().min(1).max(200);
export const localeField = z
  .string()
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as fr-FR');
export const countryCodeField = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FR')
  .transform((c) => c.toUpperCase());
/** ISO 3166-2: "US-CA", or the subdivision alone ("CA") beside the country code. */
export const regionCodeField = z
  .string()
  .regex(/^([A-Za-z]{2}-)?[A-Za-z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code such as US-CA, or CA')
  .transform((c) => c.toUpperCase());

/** The country a full subdivision code names ("US" of "US-CA"), if it names one. */
export const regionCountry = (regionCode: string | undefined) =>
  regionCode?.includes('-') ? regionCode.slice(0, 2).toUpperCase() : undefined;

export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,32}$/, 'must be a phone number');
export const personNameField = z.string().trim().min(1).max(200);

@InputType('UpsertEndUserInput')
@Refine(
  (u: UpsertEndUserInput) =>
    !u.countryCode || !regionCountry(u.regionCode) || regionCountry(u.regionCode) === u.countryCode.toUpperCase(),
  { message: 'the region must be in the country given, e.g. US-CA with US', path: 'regionCode' },
)
@Refine((u: UpsertEndUserInput) => u.birthDate === undefined || u.age === undefined, {
  message: 'give either birthDate or age, not both',
  path: 'age',
})
export class UpsertEndUserInput {
  @InputField(() => String, deviceIdField)
  deviceId!: string;

  @InputField(() => String, externalIdField, { nullable: true })
  externalId?: string;

  @InputField(() => Platform, z.enum(Platform), { nullable: true })
  platform?: Platform;

  @InputField(() => String, localeField, { nullable: true, description: 'BCP 47, e.g. fr-FR' })
  locale?: string;

  @InputField(() => String, countryCodeField, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR' })
  countryCode?: string;

  @InputField(() => String, regionCodeField, {
    nullable: true,
    description:
      'ISO 3166-2 subdivision, e.g. US-CA, or CA beside countryCode: in the US the state decides whose privacy law applies',
  })
  regionCode?: string;

  @InputField(() => BoundedDate, z.date().transform((d) => d.toISOString().slice(0, 10)), {
    nullable: true,
    description: 'either birthDate or age; an end user under the minimum age is erased and suppressed, never stored',
  })
  birthDate?: string;

  @InputField(() => Int, z.number().int().min(0, 'must be 0..130').max(130, 'must be 0..130'), { nullable: true })
  age?: number;

  @InputField(() => LocationPermission, z.enum(LocationPermission), { nullable: true })
  locationPermission?: LocationPermission;

  @InputField(() => String, emailField, { nullable: true })
  email?: string;

  @InputField(() => String, phoneField, { nullable: true })
  phone?: string;

  @InputField(() => String, personNameField, { nullable: true })
  name?: string;
}
