import type { PrivacyRequestType } from '@vicinity/schema/graphql';
import { Alert, Button, Dialog, Group, Stack, Text } from '@vicinity/ui';
import { isErasure } from './privacy-request-labels';

export interface CompleteRequestDialogProps {
  type: PrivacyRequestType;
  opened: boolean;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const effects: Record<PrivacyRequestType, string> = {
  ACCESS: 'An export of everything held about the person is produced for you to download and send them.',
  ERASURE: 'Only the request itself is kept, with counts of what was erased, as proof it was handled.',
  CHILD_ERASURE: 'Only the request itself is kept, with counts of what was erased, as proof it was handled.',
  RECTIFICATION: 'The corrected values replace the stored ones.',
  RESTRICTION: 'The restriction is applied (or lifted): no offers, audiences or statistics while it holds.',
  OBJECTION: 'The objection is applied (or lifted): no offers, audiences or statistics while it holds.',
};

export function CompleteRequestDialog({ type, opened, loading, onConfirm, onCancel }: CompleteRequestDialogProps) {
  const erasure = isErasure(type);
  return (
    <Dialog
      opened={opened}
      onClose={onCancel}
      title={erasure ? 'Erase everything about this person?' : 'Complete request?'}
    >
      <Stack gap="md">
        {erasure ? (
          <Alert color="red" variant="filled" title="This cannot be undone">
            Every record about this person — profile, consent history, engagement events — is erased at once and cannot
            be recovered.
            {type === 'CHILD_ERASURE' ? ' Their device is also suppressed so the app cannot re-create them.' : ''}
          </Alert>
        ) : null}
        <Text size="sm">{effects[type]}</Text>
        <Group justify="flex-end">
          <Button variant="secondary" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
          <Button variant={erasure ? 'danger' : 'primary'} onClick={onConfirm} loading={loading}>
            {erasure ? 'Erase and complete' : 'Complete request'}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
