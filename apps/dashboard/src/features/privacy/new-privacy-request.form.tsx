import { useMutation } from '@apollo/client/react';
import type { PrivacyRequestDetails_PrivacyRequestFragment } from '@vicinity/schema/graphql';
import {
  Alert,
  Button,
  Group,
  SelectField,
  SimpleGrid,
  Stack,
  SwitchField,
  Text,
  TextField,
  TextareaField,
} from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { zodFieldErrors } from '../../shared/form-errors';
import {
  correctedFields,
  emptyNewPrivacyRequest,
  parseNewPrivacyRequest,
  type CorrectedField,
  type NewPrivacyRequestValues,
} from './new-privacy-request.schema';
import { CreatePrivacyRequestMutation } from './privacy.operations';
import { requestTypeOptions } from './privacy-request-labels';
import { forgetQueue } from './forget-queue';

const correctedLabels: Record<CorrectedField, string> = {
  email: 'Corrected email',
  phone: 'Corrected phone',
  name: 'Corrected name',
  locale: 'Corrected locale',
  countryCode: 'Corrected country code',
  externalId: 'Corrected external id',
};

export interface NewPrivacyRequestFormProps {
  tenantId: string;
  onCreated: (request: PrivacyRequestDetails_PrivacyRequestFragment) => void;
  onCancel: () => void;
}

export function NewPrivacyRequestForm({ tenantId, onCreated, onCancel }: NewPrivacyRequestFormProps) {
  const [values, setValues] = useState<NewPrivacyRequestValues>(emptyNewPrivacyRequest);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [correctedErrors, setCorrectedErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createRequest, { loading }] = useMutation(CreatePrivacyRequestMutation, {
    update: (cache) => forgetQueue(cache),
  });

  const set = <K extends keyof NewPrivacyRequestValues>(key: K, value: NewPrivacyRequestValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const setCorrected = (field: CorrectedField, value: string) =>
    setValues((previous) => ({ ...previous, corrected: { ...previous.corrected, [field]: value } }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = parseNewPrivacyRequest(tenantId, values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setCorrectedErrors(
        Object.fromEntries(
          parsed.error.issues
            .filter((issue) => issue.path[0] === 'corrected' && issue.path.length > 1)
            .map((issue) => [String(issue.path[1]), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    setCorrectedErrors({});
    try {
      const { data } = await createRequest({ variables: { input: parsed.input } });
      if (data) onCreated(data.createPrivacyRequest);
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFailure(describeError(caught).message);
    }
  }

  const subjectError = errors.subject;
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="New privacy request">
      <Stack gap="md">
        <SelectField
          label="Type"
          options={requestTypeOptions}
          value={values.type}
          onChange={(type) => set('type', type)}
          error={errors.type}
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Subject
          </Text>
          <Text size="xs" c="dimmed">
            Who the request is about: at least one of these. Nobody matching is fine — the request is still recorded.
          </Text>
          <TextField
            label="Device id"
            value={values.deviceId}
            onChange={(event) => set('deviceId', event.currentTarget.value)}
            error={errors.deviceId ?? subjectError}
          />
          <TextField
            label="External id"
            value={values.externalId}
            onChange={(event) => set('externalId', event.currentTarget.value)}
            error={errors.externalId ?? (subjectError ? true : undefined)}
          />
          <TextField
            label="Email"
            type="email"
            value={values.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={errors.email ?? (subjectError ? true : undefined)}
          />
        </Stack>
        {values.type === 'RECTIFICATION' ? (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Corrected values
            </Text>
            {errors.corrected ? (
              <Text size="xs" c="red" role="alert">
                {errors.corrected}
              </Text>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {correctedFields.map((field) => (
                <TextField
                  key={field}
                  label={correctedLabels[field]}
                  value={values.corrected[field]}
                  onChange={(event) => setCorrected(field, event.currentTarget.value)}
                  error={correctedErrors[field]}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ) : null}
        {values.type === 'RESTRICTION' || values.type === 'OBJECTION' ? (
          <SwitchField
            label="Lift instead of set"
            description="On: the person asks to end an earlier restriction or objection."
            checked={values.lift}
            onChange={(lift) => set('lift', lift)}
          />
        ) : null}
        <TextareaField
          label="Note (optional)"
          description="How the request arrived, references. No personal data."
          value={values.note}
          onChange={(event) => set('note', event.currentTarget.value)}
          error={errors.note}
        />
        {failure ? (
          <Alert color="red" role="alert" title="The request was not recorded">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="secondary" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Record request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
