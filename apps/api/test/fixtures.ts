import { expect } from 'vitest';
import type { GqlClient } from './test-api';

let counter = 0;
export const uniqueEmail = (label = 'op') => `${label}-${Date.now()}-${++counter}@example.com`;
export const PASSWORD = 'correct horse battery';

export async function signUp(api: GqlClient, email = uniqueEmail(), name = 'Olivia Operator') {
  const r = await api.gql<{ signUp: { token: string; operator: { id: string } } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { token operator { id email } } }',
    { input: { email, password: PASSWORD, name } },
  );
  expect(r.errors).toBeUndefined();
  return { token: r.data!.signUp.token, operatorId: r.data!.signUp.operator.id, email };
}

export async function createTenant(api: GqlClient, token: string, name = 'Acme Retail') {
  const r = await api.gql<{ createTenant: { id: string } }>(
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: { name } },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createTenant.id;
}

/** An operator who owns a fresh tenant. */
export async function owner(api: GqlClient) {
  const op = await signUp(api);
  return { ...op, tenantId: await createTenant(api, op.token) };
}

export async function addMember(api: GqlClient, ownerToken: string, tenantId: string, email: string, role: string) {
  const r = await api.gql<{ addMember: { id: string } }>(
    'mutation($input: AddMemberInput!) { addMember(input: $input) { id role } }',
    { input: { tenantId, email, role } },
    ownerToken,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.addMember.id;
}

export async function createApiKey(api: GqlClient, token: string, tenantId: string, name = 'Mobile backend') {
  const r = await api.gql<{ createApiKey: { key: string; apiKey: { id: string; prefix: string } } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix name scopes } } }',
    { input: { tenantId, name, scopes: ['SDK'] } },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createApiKey;
}

/** Invites `email` to the tenant as `role`; returns the invitation's id and its one-time token. */
export async function inviteMember(api: GqlClient, ownerToken: string, tenantId: string, email: string, role: string) {
  const r = await api.gql<{ inviteMember: { token: string; invitation: { id: string } } }>(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }',
    { input: { tenantId, email, role } },
    ownerToken,
  );
  expect(r.errors).toBeUndefined();
  return { id: r.data!.inviteMember.invitation.id, token: r.data!.inviteMember.token };
}
