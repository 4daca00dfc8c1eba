import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, Group, Stack, Text, TextareaField } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { DenyPrivacyRequestMutation } from './privacy.operations';
import { reasonSchema } from './reason.schema';
import { forgetQueue } from './forget-queue';

export interface DenyRequestDialogProps {
  requestId: string;
  opened: boolean;
  onClose: () => void;
  onDenied: () => void;
}

function DenyRequestForm({ requestId, onClose, onDenied }: Omit<DenyRequestDialogProps, 'opened'>) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [denyRequest, { loading }] = useMutation(DenyPrivacyRequestMutation, { update: (cache) => forgetQueue(cache) });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      await denyRequest({ variables: { input: { id: requestId, reason: parsed.data } } });
      onDenied();
    } catch (caught) {
      const reasonError = fieldErrors(caught).reason;
      if (reasonError) setError(reasonError);
      else setFailure(describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Deny the request">
      <Stack gap="md">
        <Text size="sm">The request is closed without action. The person must be told why.</Text>
        <TextareaField
          label="Reason"
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
        />
        {failure ? (
          <Alert color="red" role="alert" title="The request was not denied">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="secondary" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={loading}>
            Deny request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DenyRequestDialog({ opened, ...formProps }: DenyRequestDialogProps) {
  return (
    <Dialog opened={opened} onClose={formProps.onClose} title="Deny request?">
      <DenyRequestForm {...formProps} />
    </Dialog>
  );
}
