import { useMutation, useQuery } from '@apollo/client/react';
import type { MembersTable_MembershipFragment, Role } from '@vicinity/schema/graphql';
import { ConfirmDialog, ErrorState, LoadingState, Paper, Stack, Text, Title, toast } from '@vicinity/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { describeError, type ErrorDescription } from '../../shared/graphql-errors';
import { QueryErrorState } from '../../shared/query-error-state';
import { roleLabels } from '../../shared/roles';
import { InvitationLinkDialog } from './invitation-link.dialog';
import { InviteMemberForm, type CreatedInvitation } from './invite-member.form';
import { ChangeMemberRoleMutation, MembersPageQuery, RemoveMemberMutation } from './members.operations';
import { MembersTable } from './members-table';
import { PendingInvitations } from './pending-invitations';
import { sentence } from '../../shared/words';

export function MembersPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(MembersPageQuery, { variables: { tenantId } });
  const [changeMemberRole] = useMutation(ChangeMemberRoleMutation);
  const [removeMember, { loading: removing }] = useMutation(RemoveMemberMutation, {
    update(cache, { data: removed }) {
      if (!removed) return;
      cache.evict({ id: cache.identify({ __typename: 'Membership', id: removed.removeMember.removedMembershipId }) });
      cache.gc();
    },
  });
  const [memberToRemove, setMemberToRemove] = useState<MembersTable_MembershipFragment | null>(null);
  const [actionError, setActionError] = useState<ErrorDescription | null>(null);
  const [createdInvitation, setCreatedInvitation] = useState<CreatedInvitation | null>(null);

  async function handleChangeRole(member: MembersTable_MembershipFragment, role: Role) {
    setActionError(null);
    try {
      await changeMemberRole({ variables: { input: { membershipId: member.id, role } } });
      toast.success(`${member.operator.name} is now ${roleLabels[role].toLowerCase()}.`, 'Role changed');
    } catch (caught) {
      setActionError(describeError(caught));
    }
  }

  async function handleConfirmRemove() {
    if (!memberToRemove) return;
    setActionError(null);
    try {
      await removeMember({ variables: { input: { membershipId: memberToRemove.id } } });
      toast.success(`${memberToRemove.operator.name} no longer has access.`, 'Member removed');
    } catch (caught) {
      setActionError(describeError(caught));
    } finally {
      setMemberToRemove(null);
    }
  }

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading members…" />;

  const isOwner = data.tenant.myRole === 'OWNER';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Members
        </Title>
        <Text c="dimmed">
          {isOwner
            ? sentence(`People who can work in ${data.tenant.name}`)
            : `${sentence(`People who can work in ${data.tenant.name}`)} Only owners can change members.`}
        </Text>
      </Stack>
      {isOwner ? (
        <Paper withBorder p="md" radius="md">
          <InviteMemberForm
            tenantId={tenantId}
            membersKey={data.members.map((member) => `${member.id}:${member.role}`).join()}
            onInvited={(invitation) => {
              setActionError(null);
              setCreatedInvitation(invitation);
            }}
          />
        </Paper>
      ) : null}
      {actionError ? <ErrorState title={actionError.title} message={actionError.message} /> : null}
      <MembersTable
        members={data.members}
        editable={isOwner}
        onChangeRole={(member, role) => void handleChangeRole(member, role)}
        onRemove={setMemberToRemove}
      />
      {isOwner ? <PendingInvitations tenantId={tenantId} /> : null}
      <InvitationLinkDialog
        invitation={createdInvitation}
        tenantName={data.tenant.name}
        onDone={() => setCreatedInvitation(null)}
      />
      <ConfirmDialog
        opened={memberToRemove !== null}
        title="Remove member?"
        message={
          memberToRemove
            ? sentence(
                `${memberToRemove.operator.name} (${memberToRemove.operator.email}) will lose access to ${data.tenant.name}`,
              )
            : ''
        }
        confirmLabel="Remove member"
        loading={removing}
        onConfirm={() => void handleConfirmRemove()}
        onCancel={() => setMemberToRemove(null)}
      />
    </Stack>
  );
}
