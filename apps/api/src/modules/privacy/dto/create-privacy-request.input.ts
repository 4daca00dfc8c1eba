import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { optionalField } from '../../../graphql/parse-input';
import { idField } from '../../auth/dto/fields';
import { deviceIdField, upsertEndUserSchema } from '../../end-users/dto/upsert-end-user.input';
import { PrivacyRequestType } from '../privacy-request-enums';

@InputType('SubjectInput')
export class SubjectInput {
  @Field(() => String, { nullable: true })
  deviceId?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('RectificationInput', { description: 'the corrected values; fields left out stay as they are' })
export class RectificationInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;
}

@InputType('CreatePrivacyRequestInput')
export class CreatePrivacyRequestInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => PrivacyRequestType)
  type!: PrivacyRequestType;

  @Field(() => SubjectInput, { description: 'at least one identifier; the first that matches an end user is used' })
  subject!: SubjectInput;

  @Field(() => String, { nullable: true, description: 'up to 500 characters; no personal data' })
  note?: string | null;

  @Field(() => RectificationInput, { nullable: true, description: 'RECTIFICATION only: the corrected values' })
  rectification?: RectificationInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'RESTRICTION/OBJECTION: true lifts a restriction or objection instead of setting it',
  })
  lift?: boolean | null;
}

const profile = upsertEndUserSchema.shape;

export const subjectSchema = z
  .object({
    deviceId: optionalField(deviceIdField),
    externalId: optionalField(z.string().trim().min(1).max(200)),
    email: profile.email,
  })
  .refine((s) => s.deviceId ?? s.externalId ?? s.email, {
    message: 'give a deviceId, an externalId or an email',
    path: ['deviceId'],
  });

export const rectificationSchema = z
  .object({
    email: profile.email,
    phone: profile.phone,
    name: profile.name,
    locale: profile.locale,
    countryCode: profile.countryCode,
    externalId: profile.externalId,
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), {
    message: 'give at least one corrected value',
    path: ['email'],
  });

export const noteField = z.string().trim().min(1).max(500, 'must be at most 500 characters');

export const createPrivacyRequestSchema = z
  .object({
    tenantId: idField,
    type: z.enum(PrivacyRequestType),
    subject: subjectSchema,
    note: optionalField(noteField),
    rectification: optionalField(rectificationSchema),
    lift: optionalField(z.boolean()),
  })
  .refine((r) => (r.type === PrivacyRequestType.RECTIFICATION) === (r.rectification !== undefined), {
    message: 'RECTIFICATION requests, and only they, carry the corrected values',
    path: ['rectification'],
  })
  .refine((r) => !r.lift || r.type === PrivacyRequestType.RESTRICTION || r.type === PrivacyRequestType.OBJECTION, {
    message: 'only RESTRICTION and OBJECTION requests can be lifted',
    path: ['lift'],
  });

export type CreatePrivacyRequest = z.output<typeof createPrivacyRequestSchema>;
export type Subject = z.output<typeof subjectSchema>;
