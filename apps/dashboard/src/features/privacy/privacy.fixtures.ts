import type {
  PrivacyRequestDetails_PrivacyRequestFragment,
  PrivacyRequestsQuery,
  PrivacyRequestsTable_PrivacyRequestFragment,
} from '@vicinity/schema/graphql';

export function privacyRequest(
  overrides: Partial<PrivacyRequestDetails_PrivacyRequestFragment> = {},
): PrivacyRequestDetails_PrivacyRequestFragment {
  return {
    __typename: 'PrivacyRequest',
    id: 'req-1',
    type: 'ACCESS',
    status: 'RECEIVED',
    jurisdiction: 'EU_EEA_UK_CH',
    jurisdictionName: 'EU, EEA, UK or Switzerland (GDPR)',
    subjectLabel: 'device ab…9f',
    subjectReference: '3FA9C1',
    subjectFound: true,
    receivedAt: '2025-03-01T10:00:00.000Z',
    dueAt: '2025-04-01T10:00:00.000Z',
    daysLeft: 20,
    acknowledgeBy: null,
    completedAt: null,
    closedAt: null,
    accessExportExpiresAt: null,
    extendedUntil: null,
    extensionReason: null,
    denialReason: null,
    duplicateOfId: null,
    repeatAccessWithin12Months: false,
    note: null,
    erased: [],
    events: [
      {
        __typename: 'PrivacyRequestEvent',
        at: '2025-03-01T10:00:00.000Z',
        action: 'RECEIVED',
        note: null,
        actorName: 'Ada Lovelace',
      },
    ],
    ...overrides,
  };
}

export function queuedRequest(
  id: string,
  overrides: Partial<PrivacyRequestsTable_PrivacyRequestFragment> = {},
): PrivacyRequestsTable_PrivacyRequestFragment {
  return {
    __typename: 'PrivacyRequest',
    id,
    type: 'ACCESS',
    status: 'RECEIVED',
    subjectLabel: `device ${id}…`,
    subjectReference: id.toUpperCase().padEnd(6, '0').slice(0, 6),
    receivedAt: '2025-03-01T10:00:00.000Z',
    dueAt: '2025-04-01T10:00:00.000Z',
    daysLeft: 20,
    duplicateOfId: null,
    ...overrides,
  };
}

export function requestQueue(
  requests: PrivacyRequestsTable_PrivacyRequestFragment[],
  pageInfo: { hasNextPage: boolean; endCursor: string | null } = { hasNextPage: false, endCursor: null },
  totalCount = requests.length,
): PrivacyRequestsQuery {
  return {
    privacyRequests: {
      __typename: 'PrivacyRequestConnection',
      totalCount,
      edges: requests.map((node) => ({ __typename: 'PrivacyRequestEdge', cursor: `cursor-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', ...pageInfo },
    },
  };
}
