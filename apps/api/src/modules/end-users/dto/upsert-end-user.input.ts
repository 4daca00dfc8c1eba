import { DateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { LocationPermission } from '../../../policy/policy-enums';
import { Platform } from '../end-user-enums';

@InputType('UpsertEndUserInput')
export class UpsertEndUserInput {
  @Field(() => String)
  deviceId!: string;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => Platform, { nullable: true })
  platform?: Platform | null;

  @Field(() => String, { nullable: true, description: 'BCP 47, e.g. fr-FR' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. FR' })
  countryCode?: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'either birthDate or age; an end user under the minimum age is erased and suppressed, never stored',
  })
  birthDate?: Date | null;

  @Field(() => Int, { nullable: true })
  age?: number | null;

  @Field(() => LocationPermission, { nullable: true })
  locationPermission?: LocationPermission | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

export const deviceIdField = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const upsertEndUserSchema = z
  .object({
    deviceId: deviceIdField,
    externalId: optionalField(z.string().trim().min(1).max(200)),
    platform: optionalField(z.enum(Platform)),
    locale: optionalField(
      z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as fr-FR'),
    ),
    countryCode: optionalField(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FR')
        .transform((c) => c.toUpperCase()),
    ),
    birthDate: optionalField(
      z
        .date()
        .refine((d) => d.getUTCFullYear() >= 1900, 'must be after 1900')
        .transform((d) => d.toISOString().slice(0, 10)),
    ),
    age: optionalField(z.number().int().min(0, 'must be 0..130').max(130, 'must be 0..130')),
    locationPermission: optionalField(z.enum(LocationPermission)),
    email: optionalField(z.string().trim().toLowerCase().max(254).pipe(z.email('must be an email address'))),
    phone: optionalField(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{5,32}$/, 'must be a phone number'),
    ),
    name: optionalField(z.string().trim().min(1).max(200)),
  })
  .refine((u) => u.birthDate === undefined || u.age === undefined, {
    message: 'give either birthDate or age, not both',
    path: ['age'],
  });

export type EndUserFields = z.output<typeof upsertEndUserSchema>;
