import { graphql } from '@vicinity/schema/gql';

export const MembersTableMembershipFragment = graphql(`
  fragment MembersTable_membership on Membership {
    id
    role
    createdAt
    operator {
      id
      name
      email
    }
  }
`);

export const MembersPageQuery = graphql(`
  query MembersPage($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      name
      myRole
    }
    members(tenantId: $tenantId) {
      ...MembersTable_membership
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
    }
  }
`);

export const PendingInvitationFragment = graphql(`
  fragment PendingInvitation_invitation on Invitation {
    id
    email
    role
    createdAt
    expiresAt
    invitedBy {
      id
      name
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations($tenantId: ID!) {
    invitations(tenantId: $tenantId) {
      ...PendingInvitation_invitation
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        ...PendingInvitation_invitation
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);
