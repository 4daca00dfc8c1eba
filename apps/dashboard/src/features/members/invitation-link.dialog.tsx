import { Alert, Button, CopyableSecret, Dialog, Group, Stack, Text } from '@vicinity/ui';
import { formatDate } from '../../shared/format-date';
import { roleLabels } from '../../shared/roles';
import type { CreatedInvitation } from './invite-member.form';
import { invitationLink } from './invitation-link';

export interface InvitationLinkDialogProps {
  invitation: CreatedInvitation | null;
  tenantName: string;
  onDone: () => void;
}

export function InvitationLinkDialog({ invitation, tenantName, onDone }: InvitationLinkDialogProps) {
  return (
    <Dialog opened={invitation !== null} onClose={onDone} title="Invitation ready" dismissible={false}>
      {invitation ? (
        <Stack gap="md">
          <Text size="sm">
            Send this link to <strong>{invitation.email}</strong>. It lets them join {tenantName} as{' '}
            {roleLabels[invitation.role].toLowerCase()}, once, with that email address, until{' '}
            {formatDate(invitation.expiresAt)}.
          </Text>
          <Alert color="yellow" title="Copy it now">
            The link will not be shown again. If it is lost, invite them again: the new link replaces this one.
          </Alert>
          <CopyableSecret label="Invitation link" value={invitationLink(invitation.token)} copyLabel="Copy link" />
          <Group justify="flex-end">
            <Button variant="secondary" onClick={onDone}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Dialog>
  );
}
