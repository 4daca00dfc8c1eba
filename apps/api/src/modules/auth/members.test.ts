import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, owner, signUp, uniqueEmail } from '../../../test/fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { Membership } from './membership.entity';

const MEMBERS = 'query($tenantId: ID!) { members(tenantId: $tenantId) { id role operator { email name } } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { id role } }';
const CHANGE = 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }';
const REMOVE = 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }';

describe.each(databaseKinds)('tenant members and roles (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  async function ownMembershipId(tenantId: string, token: string, email: string) {
    const r = await api.gql(MEMBERS, { tenantId }, token);
    return r.data!.members.find((m: { operator: { email: string } }) => m.operator.email === email).id as string;
  }

  it('adds a signed-up operator by email (any case) with a role, listed for every member', async () => {
    const boss = await owner(api);
    const analyst = await signUp(api);
    const r = await api.gql(
      ADD,
      { input: { tenantId: boss.tenantId, email: analyst.email.toUpperCase(), role: 'ANALYST' } },
      boss.token,
    );
    expect(r.data!.addMember.role).toBe('ANALYST');
    const list = await api.gql(MEMBERS, { tenantId: boss.tenantId }, analyst.token);
    expect(
      list.data!.members.map((m: { role: string; operator: { email: string } }) => [m.operator.email, m.role]),
    ).toEqual([
      [boss.email, 'OWNER'],
      [analyst.email, 'ANALYST'],
    ]);
  });

  it('says NOT_FOUND for an email nobody signed up with, and CONFLICT for an existing member', async () => {
    const boss = await owner(api);
    const nobody = await api.gql(
      ADD,
      { input: { tenantId: boss.tenantId, email: uniqueEmail('ghost'), role: 'ANALYST' } },
      boss.token,
    );
    expect(codes(nobody)).toEqual(['NOT_FOUND']);
    const twice = await api.gql(
      ADD,
      { input: { tenantId: boss.tenantId, email: boss.email, role: 'ANALYST' } },
      boss.token,
    );
    expect(codes(twice)).toEqual(['CONFLICT']);
  });

  it('refuses a role that does not exist before doing anything', async () => {
    const boss = await owner(api);
    const r = await api.gql(
      ADD,
      { input: { tenantId: boss.tenantId, email: boss.email, role: 'SUPERUSER' } },
      boss.token,
    );
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it.each(['MARKETER', 'ANALYST', 'PRIVACY_OFFICER'])('lets no %s add, change or remove members', async (role) => {
    const boss = await owner(api);
    const member = await signUp(api);
    const other = await signUp(api);
    const membershipId = await addMember(api, boss.token, boss.tenantId, member.email, role);
    expect(
      codes(
        await api.gql(ADD, { input: { tenantId: boss.tenantId, email: other.email, role: 'OWNER' } }, member.token),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(CHANGE, { input: { membershipId, role: 'OWNER' } }, member.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await api.gql(REMOVE, { input: { membershipId } }, member.token))).toEqual(['FORBIDDEN']);
    const stored = await api.server.orm.em.fork().findOneOrFail(Membership, { id: membershipId }, { filters: false });
    expect(stored.role).toBe(role);
  });

  it('changes a role and removes a member', async () => {
    const boss = await owner(api);
    const member = await signUp(api);
    const membershipId = await addMember(api, boss.token, boss.tenantId, member.email, 'ANALYST');
    expect(
      (await api.gql(CHANGE, { input: { membershipId, role: 'MARKETER' } }, boss.token)).data!.changeMemberRole.role,
    ).toBe('MARKETER');
    expect(
      (await api.gql(REMOVE, { input: { membershipId } }, boss.token)).data!.removeMember.removedMembershipId,
    ).toBe(membershipId);
    expect(codes(await api.gql(MEMBERS, { tenantId: boss.tenantId }, member.token))).toEqual(['NOT_FOUND']);
  });

  it('always keeps an OWNER: the last one can be neither demoted nor removed', async () => {
    const boss = await owner(api);
    const mine = await ownMembershipId(boss.tenantId, boss.token, boss.email);
    const demote = await api.gql(CHANGE, { input: { membershipId: mine, role: 'ANALYST' } }, boss.token);
    expect(codes(demote)).toEqual(['CONFLICT']);
    expect(codes(await api.gql(REMOVE, { input: { membershipId: mine } }, boss.token))).toEqual(['CONFLICT']);

    const second = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, second.email, 'OWNER');
    expect(
      (await api.gql(CHANGE, { input: { membershipId: mine, role: 'ANALYST' } }, boss.token)).errors,
    ).toBeUndefined();
  });

  it("never touches another tenant's members: NOT_FOUND for reads and every write", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const bMember = await signUp(api);
    const bMembershipId = await addMember(api, b.token, b.tenantId, bMember.email, 'ANALYST');
    expect(codes(await api.gql(MEMBERS, { tenantId: b.tenantId }, a.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await api.gql(ADD, { input: { tenantId: b.tenantId, email: a.email, role: 'OWNER' } }, a.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(CHANGE, { input: { membershipId: bMembershipId, role: 'OWNER' } }, a.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await api.gql(REMOVE, { input: { membershipId: bMembershipId } }, a.token))).toEqual(['NOT_FOUND']);
    const stored = await api.server.orm.em.fork().findOneOrFail(Membership, { id: bMembershipId }, { filters: false });
    expect(stored.role).toBe('ANALYST');
  });
});
