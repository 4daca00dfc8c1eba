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

export const AddMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
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
