import type { CreatePrivacyRequestInput, PrivacyRequestType } from '@vicinity/schema/graphql';
import { z } from 'zod';
import { isRequestType } from './privacy-request-labels';

export interface NewPrivacyRequestValues {
  type: string;
  deviceId: string;
  externalId: string;
  email: string;
  note: string;
  lift: boolean;
  corrected: Record<CorrectedField, string>;
}

export const correctedFields = ['email', 'phone', 'name', 'locale', 'countryCode', 'externalId'] as const;
export type CorrectedField = (typeof correctedFields)[number];

export const emptyNewPrivacyRequest: NewPrivacyRequestValues = {
  type: 'ACCESS',
  deviceId: '',
  externalId: '',
  email: '',
  note: '',
  lift: false,
  corrected: { email: '', phone: '', name: '', locale: '', countryCode: '', externalId: '' },
};

const emailMessage = 'Enter an email address like name@example.com';
const isEmail = (value: string) => value === '' || z.email().safeParse(value).success;
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

const schema = z
  .object({
    type: z.string().refine(isRequestType, 'Choose the kind of request'),
    deviceId: text(200),
    externalId: text(200),
    email: text(320).refine(isEmail, emailMessage),
    note: text(500),
    lift: z.boolean(),
    corrected: z.object({
      email: text(320).refine(isEmail, emailMessage),
      phone: text(40),
      name: text(200),
      locale: text(35),
      countryCode: text(2)
        .refine((value) => value === '' || /^[A-Za-z]{2}$/.test(value), 'Two letters, e.g. FR')
        .transform((value) => value.toUpperCase()),
      externalId: text(200),
    }),
  })
  .superRefine((values, context) => {
    if (!values.deviceId && !values.externalId && !values.email) {
      context.addIssue({
        code: 'custom',
        path: ['subject'],
        message: 'Identify the person by device id, external id or email (at least one).',
      });
    }
    if (values.type === 'RECTIFICATION' && Object.values(values.corrected).every((value) => value === '')) {
      context.addIssue({ code: 'custom', path: ['corrected'], message: 'Enter at least one corrected value.' });
    }
  });

function present(value: string): string | undefined {
  return value === '' ? undefined : value;
}

export type ParsedNewPrivacyRequest =
  { success: true; input: CreatePrivacyRequestInput } | { success: false; error: z.ZodError };

/** Validates the form and turns it into the mutation's input, leaving out what does not apply to the type. */
export function parseNewPrivacyRequest(tenantId: string, values: NewPrivacyRequestValues): ParsedNewPrivacyRequest {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { success: false, error: parsed.error };
  const data = parsed.data;
  const type = data.type as PrivacyRequestType;
  const input: CreatePrivacyRequestInput = {
    tenantId,
    type,
    subject: { deviceId: present(data.deviceId), externalId: present(data.externalId), email: present(data.email) },
    note: present(data.note),
  };
  if (type === 'RECTIFICATION') {
    input.rectification = Object.fromEntries(
      correctedFields.flatMap((field) => (data.corrected[field] ? [[field, data.corrected[field]]] : [])),
    );
  }
  if (type === 'RESTRICTION' || type === 'OBJECTION') input.lift = data.lift;
  return { success: true, input };
}
