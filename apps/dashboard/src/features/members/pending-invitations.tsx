import { useMutation, useQuery } from '@apollo/client/react';
import type { PendingInvitation_InvitationFragment } from '@vicinity/schema/graphql';
import {
  Button,
  ConfirmDialog,
  DataTable,
  ErrorState,
  Stack,
  Text,
  Title,
  toast,
  type DataTableColumn,
} from '@vicinity/ui';
import { useState } from 'react';
import { formatDate } from '../../shared/format-date';
import { describeError, type ErrorDescription } from '../../shared/graphql-errors';
import { roleLabels } from '../../shared/roles';
import { PendingInvitationsQuery, RevokeInvitationMutation } from './members.operations';

export interface PendingInvitationsProps {
  tenantId: string;
}

/** For owners: the invitations that can still be accepted, each revocable. Nothing shows while there are none. */
export function PendingInvitations({ tenantId }: PendingInvitationsProps) {
  const { data, error } = useQuery(PendingInvitationsQuery, { variables: { tenantId } });
  const [toRevoke, setToRevoke] = useState<PendingInvitation_InvitationFragment | null>(null);
  const [revokeError, setRevokeError] = useState<ErrorDescription | null>(null);
  const [revoke, { loading }] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [{ query: PendingInvitationsQuery, variables: { tenantId } }],
    awaitRefetchQueries: true,
  });

  async function handleConfirmRevoke() {
    if (!toRevoke) return;
    setRevokeError(null);
    try {
      await revoke({ variables: { id: toRevoke.id } });
      toast.success(`The link sent to ${toRevoke.email} no longer works.`, 'Invitation revoked');
    } catch (caught) {
      setRevokeError(describeError(caught));
    } finally {
      setToRevoke(null);
    }
  }

  if (error) return <ErrorState title="Invitations could not be loaded" message={describeError(error).message} />;
  const invitations = data?.invitations ?? [];
  if (invitations.length === 0 && !revokeError) return null;

  const columns: DataTableColumn<PendingInvitation_InvitationFragment>[] = [
    { key: 'email', header: 'Email', render: (invitation) => invitation.email },
    { key: 'role', header: 'Role', render: (invitation) => roleLabels[invitation.role] },
    { key: 'invitedBy', header: 'Invited by', render: (invitation) => invitation.invitedBy.name },
    { key: 'expires', header: 'Link works until', render: (invitation) => formatDate(invitation.expiresAt) },
    {
      key: 'actions',
      header: 'Actions',
      render: (invitation) => (
        <Button
          variant="subtle"
          size="xs"
          aria-label={`Revoke the invitation of ${invitation.email}`}
          onClick={() => setToRevoke(invitation)}
        >
          Revoke
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Pending invitations
      </Title>
      <Text c="dimmed" size="sm">
        Each link works once, for the email it was sent to. Invite someone again for a new link.
      </Text>
      {revokeError ? <ErrorState title={revokeError.title} message={revokeError.message} /> : null}
      <DataTable
        label="Pending invitations"
        columns={columns}
        rows={invitations}
        rowKey={(invitation) => invitation.id}
        empty={null}
      />
      <ConfirmDialog
        opened={toRevoke !== null}
        title="Revoke invitation?"
        message={toRevoke ? `The link sent to ${toRevoke.email} will stop working at once.` : ''}
        confirmLabel="Revoke invitation"
        loading={loading}
        onConfirm={() => void handleConfirmRevoke()}
        onCancel={() => setToRevoke(null)}
      />
    </Stack>
  );
}
