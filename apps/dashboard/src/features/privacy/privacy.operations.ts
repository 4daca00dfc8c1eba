import { graphql } from '@vicinity/schema/gql';

export const PrivacyRequestsTablePrivacyRequestFragment = graphql(`
  fragment PrivacyRequestsTable_privacyRequest on PrivacyRequest {
    id
    type
    status
    subjectLabel
    subjectReference
    receivedAt
    dueAt
    daysLeft
    duplicateOfId
  }
`);

export const PrivacyRequestDetailsPrivacyRequestFragment = graphql(`
  fragment PrivacyRequestDetails_privacyRequest on PrivacyRequest {
    id
    type
    status
    jurisdiction
    jurisdictionName
    subjectLabel
    subjectReference
    subjectFound
    receivedAt
    dueAt
    daysLeft
    acknowledgeBy
    completedAt
    closedAt
    accessExportExpiresAt
    extendedUntil
    extensionReason
    denialReason
    duplicateOfId
    repeatAccessWithin12Months
    note
    erased {
      kind
      count
    }
    events {
      at
      action
      note
      actorName
    }
  }
`);

export const PrivacyRequestsQuery = graphql(`
  query PrivacyRequests(
    $tenantId: ID!
    $status: PrivacyRequestStatus
    $type: PrivacyRequestType
    $overdue: Boolean
    $first: Int
    $after: String
  ) {
    privacyRequests(
      tenantId: $tenantId
      status: $status
      type: $type
      overdue: $overdue
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          ...PrivacyRequestsTable_privacyRequest
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

export const PrivacyRequestQuery = graphql(`
  query PrivacyRequest($id: ID!) {
    privacyRequest(id: $id) {
      ...PrivacyRequestDetails_privacyRequest
    }
  }
`);

export const CreatePrivacyRequestMutation = graphql(`
  mutation CreatePrivacyRequest($input: CreatePrivacyRequestInput!) {
    createPrivacyRequest(input: $input) {
      ...PrivacyRequestDetails_privacyRequest
    }
  }
`);

export const CompletePrivacyRequestMutation = graphql(`
  mutation CompletePrivacyRequest($id: ID!) {
    completePrivacyRequest(id: $id) {
      request {
        ...PrivacyRequestDetails_privacyRequest
      }
      export
      erased {
        kind
        count
      }
    }
  }
`);

export const DenyPrivacyRequestMutation = graphql(`
  mutation DenyPrivacyRequest($input: DenyPrivacyRequestInput!) {
    denyPrivacyRequest(input: $input) {
      ...PrivacyRequestDetails_privacyRequest
    }
  }
`);

export const ExtendPrivacyRequestMutation = graphql(`
  mutation ExtendPrivacyRequest($input: ExtendPrivacyRequestInput!) {
    extendPrivacyRequest(input: $input) {
      ...PrivacyRequestDetails_privacyRequest
    }
  }
`);

export const DownloadAccessExportMutation = graphql(`
  mutation DownloadAccessExport($id: ID!) {
    downloadAccessExport(id: $id)
  }
`);
