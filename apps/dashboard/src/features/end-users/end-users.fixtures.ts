import type {
  EndUserProfileDetails_EndUserProfileFragment,
  EndUsersQuery,
  EndUsersTable_EndUserProfileFragment,
} from '@vicinity/schema/graphql';

export function endUserProfile(
  overrides: Partial<EndUserProfileDetails_EndUserProfileFragment> = {},
): EndUserProfileDetails_EndUserProfileFragment {
  return {
    __typename: 'EndUserProfile',
    id: 'eu-1',
    deviceId: 'device-42',
    externalId: 'customer-7',
    name: null,
    platform: 'IOS',
    locale: 'fr-FR',
    countryCode: 'FR',
    maskedEmail: 'j***@e***.com',
    maskedPhone: '+33 ••• •• 12',
    locationPermission: 'DENIED',
    locationUse: 'Not allowed: the app has no permission (Denied), and the person has withdrawn their consent',
    restricted: false,
    objected: false,
    createdAt: '2025-02-01T10:00:00.000Z',
    lastSeenAt: '2025-03-01T10:00:00.000Z',
    needsReconsent: false,
    consents: [
      {
        __typename: 'EndUserConsent',
        purpose: 'LOCATION',
        granted: true,
        source: 'SDK',
        policyVersion: '1',
        recordedAt: '2025-02-01T10:00:00.000Z',
      },
      {
        __typename: 'EndUserConsent',
        purpose: 'LOCATION',
        granted: false,
        source: 'SDK',
        policyVersion: '2',
        recordedAt: '2025-02-20T10:00:00.000Z',
      },
    ],
    decision: {
      __typename: 'PolicyExplanation',
      eligible: false,
      reasons: ['LOCATION_DENIED'],
      summary: 'not targeted: location permission denied and location consent withdrawn',
    },
    ...overrides,
  };
}

export function endUserRow(
  id: string,
  deviceId: string,
  overrides: Partial<EndUsersTable_EndUserProfileFragment> = {},
): EndUsersTable_EndUserProfileFragment {
  return {
    __typename: 'EndUserProfile',
    id,
    deviceId,
    externalId: null,
    maskedEmail: null,
    platform: 'ANDROID',
    countryCode: 'DE',
    lastSeenAt: '2025-03-01T10:00:00.000Z',
    restricted: false,
    objected: false,
    needsReconsent: false,
    ...overrides,
  };
}

export function endUserResults(rows: EndUsersTable_EndUserProfileFragment[]): EndUsersQuery {
  return {
    endUsers: {
      __typename: 'EndUserProfileConnection',
      totalCount: rows.length,
      edges: rows.map((node) => ({ __typename: 'EndUserProfileEdge', cursor: `cursor-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  };
}
