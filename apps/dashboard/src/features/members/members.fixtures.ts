import type {
  MembersPageQuery,
  MembersPageQueryVariables,
  MembersTable_MembershipFragment,
  PendingInvitation_InvitationFragment,
  PendingInvitationsQuery,
  PendingInvitationsQueryVariables,
  Role,
} from '@vicinity/schema/graphql';
import { graphql, HttpResponse } from 'msw';
import { acme, ada } from '../../test/fixtures';

export const grace = { name: 'Grace Hopper', email: 'grace@example.com' };

export function membersHandler(myRole: Role, members: () => MembersTable_MembershipFragment[]) {
  return graphql.query<MembersPageQuery, MembersPageQueryVariables>('MembersPage', () =>
    HttpResponse.json({ data: { tenant: { ...acme, myRole }, members: members() } }),
  );
}

export function invitationsHandler(invitations: () => PendingInvitation_InvitationFragment[] = () => []) {
  return graphql.query<PendingInvitationsQuery, PendingInvitationsQueryVariables>('PendingInvitations', () =>
    HttpResponse.json({ data: { invitations: invitations() } }),
  );
}

export function pendingInvitation(id: string, email: string, role: Role): PendingInvitation_InvitationFragment {
  return {
    __typename: 'Invitation',
    id,
    email,
    role,
    createdAt: '2025-03-01T10:00:00.000Z',
    expiresAt: '2025-03-08T10:00:00.000Z',
    invitedBy: { __typename: 'Operator', id: ada.id, name: ada.name },
  };
}
