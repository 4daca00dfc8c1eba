import { graphql } from '@vicinity/schema/gql';

export const AuditLogTableAuditEntryFragment = graphql(`
  fragment AuditLogTable_auditEntry on AuditEntry {
    id
    at
    actorType
    actorId
    actorName
    action
    actionWords
    targetId
    targetKind
    targetName
    outcome
    errorCode
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors($tenantId: ID!) {
    members(tenantId: $tenantId) {
      id
      operator {
        id
        name
      }
    }
    auditActions(tenantId: $tenantId) {
      action
      words
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog(
    $tenantId: ID!
    $actorId: ID
    $action: String
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditLog(
      tenantId: $tenantId
      actorId: $actorId
      action: $action
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          ...AuditLogTable_auditEntry
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
