import { expect } from 'vitest';
import { addMember, PASSWORD, signUp } from './fixtures';
import type { GqlClient } from './test-api';

export const REQUEST_FIELDS =
  'id type status receivedAt dueAt completedAt closedAt jurisdiction jurisdictionName usState accessExportExpiresAt acknowledgeBy extendedUntil extensionReason denialReason subjectFound subjectLabel duplicateOfId repeatAccessWithin12Months erased { kind count } note events { at action note actorName } daysLeft';
export const CREATE_REQUEST = `mutation($input: CreatePrivacyRequestInput!) { createPrivacyRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const COMPLETE_REQUEST = `mutation($id: ID!) { completePrivacyRequest(id: $id) { request { ${REQUEST_FIELDS} } export erased { kind count } } }`;
export const DENY_REQUEST = `mutation($input: DenyPrivacyRequestInput!) { denyPrivacyRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const EXTEND_REQUEST = `mutation($input: ExtendPrivacyRequestInput!) { extendPrivacyRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const GET_REQUEST = `query($id: ID!) { privacyRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const LIST_REQUESTS = `query($tenantId: ID!, $status: PrivacyRequestStatus, $type: PrivacyRequestType, $overdue: Boolean, $first: Int, $after: String) { privacyRequests(tenantId: $tenantId, status: $status, type: $type, overdue: $overdue, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type status dueAt daysLeft } } } }`;

export const PROFILE_FIELDS =
  'id deviceId externalId platform locale countryCode maskedEmail maskedPhone name locationPermission locationUse restricted objected createdAt lastSeenAt consents { purpose granted source policyVersion recordedAt } decision { eligible reasons summary } needsReconsent';
export const END_USERS = `query($tenantId: ID!, $search: String, $needsReconsent: Boolean, $first: Int, $after: String) { endUsers(tenantId: $tenantId, search: $search, needsReconsent: $needsReconsent, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PROFILE_FIELDS} } } } }`;
export const END_USER = `query($id: ID!) { endUser(id: $id) { ${PROFILE_FIELDS} } }`;

export type Request = Record<string, any>;

export async function createRequest(api: GqlClient, token: string, input: Record<string, unknown>): Promise<Request> {
  const r = await api.gql(CREATE_REQUEST, { input }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.createPrivacyRequest as Request;
}

export async function completeRequest(api: GqlClient, token: string, id: string) {
  const r = await api.gql(COMPLETE_REQUEST, { id }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.completePrivacyRequest as {
    request: Request;
    export: string | null;
    erased: { kind: string; count: number }[];
  };
}

/** A member of the tenant with `role`, signed in. */
export async function member(api: GqlClient, ownerToken: string, tenantId: string, role: string) {
  const op = await signUp(api, undefined, `Pat ${role}`);
  await addMember(api, ownerToken, tenantId, op.email, role);
  return op;
}

/** The end user's id, looked up by device through the privacy officer's search. */
export async function endUserId(api: GqlClient, token: string, tenantId: string, deviceId: string): Promise<string> {
  const r = await api.gql(END_USERS, { tenantId, search: deviceId }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.endUsers.edges[0].node.id as string;
}

/** A new session for an operator, e.g. after a fake clock moved past the old one's expiry. */
export async function logIn(api: GqlClient, email: string): Promise<string> {
  const r = await api.gql<{ logIn: { token: string } }>(
    'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
    { input: { email, password: PASSWORD } },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.logIn.token;
}
