import { graphql } from '@vicinity/schema/gql';

export const EndUsersTableEndUserProfileFragment = graphql(`
  fragment EndUsersTable_endUserProfile on EndUserProfile {
    id
    deviceId
    externalId
    maskedEmail
    platform
    countryCode
    lastSeenAt
    restricted
    objected
    needsReconsent
  }
`);

export const EndUserProfileDetailsFragment = graphql(`
  fragment EndUserProfileDetails_endUserProfile on EndUserProfile {
    id
    deviceId
    externalId
    name
    platform
    locale
    countryCode
    maskedEmail
    maskedPhone
    locationPermission
    locationUse
    restricted
    objected
    createdAt
    lastSeenAt
    needsReconsent
    consents {
      purpose
      granted
      source
      policyVersion
      recordedAt
    }
    decision {
      eligible
      reasons
      summary
    }
  }
`);

export const EndUsersQuery = graphql(`
  query EndUsers($tenantId: ID!, $search: String, $needsReconsent: Boolean, $first: Int, $after: String) {
    endUsers(tenantId: $tenantId, search: $search, needsReconsent: $needsReconsent, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EndUsersTable_endUserProfile
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const EndUserQuery = graphql(`
  query EndUser($id: ID!) {
    endUser(id: $id) {
      ...EndUserProfileDetails_endUserProfile
    }
  }
`);

export const RevealEndUserContactMutation = graphql(`
  mutation RevealEndUserContact($id: ID!) {
    revealEndUserContact(id: $id) {
      email
      phone
    }
  }
`);

export const RestrictEndUserMutation = graphql(`
  mutation RestrictEndUser($id: ID!) {
    restrictEndUser(id: $id) {
      ...EndUserProfileDetails_endUserProfile
    }
  }
`);

export const LiftEndUserRestrictionMutation = graphql(`
  mutation LiftEndUserRestriction($id: ID!) {
    liftEndUserRestriction(id: $id) {
      ...EndUserProfileDetails_endUserProfile
    }
  }
`);

export const ReportChildMutation = graphql(`
  mutation ReportChild($id: ID!) {
    reportChild(id: $id) {
      request {
        id
        status
      }
      erased {
        kind
        count
      }
    }
  }
`);

export const EraseEndUserRequestMutation = graphql(`
  mutation EraseEndUserRequest($input: CreatePrivacyRequestInput!) {
    createPrivacyRequest(input: $input) {
      id
    }
  }
`);

export const CompleteEraseEndUserMutation = graphql(`
  mutation CompleteEraseEndUser($id: ID!) {
    completePrivacyRequest(id: $id) {
      request {
        id
        status
      }
      erased {
        kind
        count
      }
    }
  }
`);
