import { useMutation } from '@apollo/client/react';
import type { ExtendPrivacyRequestInput, Jurisdiction } from '@vicinity/schema/graphql';
import { Alert, Button, Dialog, Group, SelectField, Stack, Text, TextareaField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { ExtendPrivacyRequestMutation } from './privacy.operations';
import { reasonSchema } from './reason.schema';
import { forgetQueue } from './forget-queue';

export interface ExtendRequestDialogProps {
  requestId: string;
  jurisdiction: Jurisdiction;
  opened: boolean;
  onClose: () => void;
  onExtended: () => void;
}

const monthOptions = [
  { value: '1', label: '1 more month' },
  { value: '2', label: '2 more months' },
];

// GDPR allows up to two more months; CCPA (and the strictest default elsewhere) one extension of 45 days.
const usDays = 45;

function ExtendRequestForm({ requestId, jurisdiction, onClose, onExtended }: Omit<ExtendRequestDialogProps, 'opened'>) {
  const eu = jurisdiction === 'EU_EEA_UK_CH';
  const [months, setMonths] = useState('1');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [extendRequest, { loading }] = useMutation(ExtendPrivacyRequestMutation, {
    update: (cache) => forgetQueue(cache),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    const input: ExtendPrivacyRequestInput = eu
      ? { id: requestId, reason: parsed.data, months: Number(months) }
      : { id: requestId, reason: parsed.data, days: usDays };
    try {
      await extendRequest({ variables: { input } });
      onExtended();
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (byField.reason) setError(byField.reason);
      else setFailure(byField.months ?? byField.days ?? describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Extend the deadline">
      <Stack gap="md">
        {eu ? (
          <>
            <Text size="sm">
              Under the GDPR the deadline can be extended by up to two months, once, before the first month ends.
            </Text>
            <SelectField label="Extend by" options={monthOptions} value={months} onChange={setMonths} />
          </>
        ) : (
          <Text size="sm">
            The deadline is extended once by {usDays} days. The person must be told within the first period.
          </Text>
        )}
        <TextareaField
          label="Reason"
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
        />
        {failure ? (
          <Alert color="red" role="alert" title="The deadline was not extended">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="secondary" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Extend deadline
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ExtendRequestDialog({ opened, ...formProps }: ExtendRequestDialogProps) {
  return (
    <Dialog opened={opened} onClose={formProps.onClose} title="Extend the deadline?">
      <ExtendRequestForm {...formProps} />
    </Dialog>
  );
}
