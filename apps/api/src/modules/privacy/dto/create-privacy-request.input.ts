import { ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { InputField, inputSchema, Refine } from '../../../graphql/input-rules';
import { emailField, idField } from '../../auth/dto/fields';
import {
  countryCodeField,
  deviceIdField,
  externalIdField,
  localeField,
  personNameField,
  phoneField,
} from '../../end-users/dto/upsert-end-user.input';
import { PrivacyRequestType } from '../privacy-request-enums';

@InputType('SubjectInput')
@Refine((s: SubjectInput) => Boolean(s.deviceId ?? s.externalId ?? s.email), {
  message: 'give a deviceId, an externalId or an email',
  path: 'deviceId',
})
export class SubjectInput {
  @InputField(() => String, deviceIdField, { nullable: true })
  deviceId?: string;

  @InputField(() => String, externalIdField, { nullable: true })
  externalId?: string;

  @InputField(() => String, emailField, { nullable: true })
  email?: string;
}

@InputType('RectificationInput', { description: 'the corrected values; fields left out stay as they are' })
@Refine((r: RectificationInput) => Object.values(r).some((v) => v !== undefined), {
  message: 'give at least one corrected value',
  path: 'email',
})
export class RectificationInput {
  @InputField(() => String, emailField, { nullable: true })
  email?: string;

  @InputField(() => String, phoneField, { nullable: true })
  phone?: string;

  @InputField(() => String, personNameField, { nullable: true })
  name?: string;

  @InputField(() => String, localeField, { nullable: true })
  locale?: string;

  @InputField(() => String, countryCodeField, { nullable: true })
  countryCode?: string;

  @InputField(() => String, externalIdField, { nullable: true })
  externalId?: string;
}

const noteField = z.string().trim().min(1).max(500, 'must be at most 500 characters');

@InputType('CreatePrivacyRequestInput')
@Refine(
  (r: CreatePrivacyRequestInput) => (r.type === PrivacyRequestType.RECTIFICATION) === (r.rectification !== undefined),
  { message: 'RECTIFICATION requests, and only they, carry the corrected values', path: 'rectification' },
)
@Refine(
  (r: CreatePrivacyRequestInput) =>
    !r.lift || r.type === PrivacyRequestType.RESTRICTION || r.type === PrivacyRequestType.OBJECTION,
  { message: 'only RESTRICTION and OBJECTION requests can be lifted', path: 'lift' },
)
export class CreatePrivacyRequestInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => PrivacyRequestType, z.enum(PrivacyRequestType))
  type!: PrivacyRequestType;

  @InputField(() => SubjectInput, inputSchema(SubjectInput), {
    description: 'at least one identifier; the first that matches an end user is used',
  })
  subject!: SubjectInput;

  @InputField(() => String, noteField, {
    nullable: true,
    multiline: true,
    description: 'up to 500 characters; no personal data',
  })
  note?: string;

  @InputField(() => RectificationInput, inputSchema(RectificationInput), {
    nullable: true,
    description: 'RECTIFICATION only: the corrected values',
  })
  rectification?: RectificationInput;

  @InputField(() => Boolean, z.boolean(), {
    nullable: true,
    description: 'RESTRICTION/OBJECTION: true lifts a restriction or objection instead of setting it',
  })
  lift?: boolean;
}
