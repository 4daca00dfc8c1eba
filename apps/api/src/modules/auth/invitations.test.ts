import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { addMember, inviteMember, owner, PASSWORD, signUp, uniqueEmail } from '../../../test/fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Invitation } from './invitation.entity';
import { Operator } from './operator.entity';
import { hashToken } from './secrets';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { token invitation { id email role expiresAt invitedBy { email } } }
}`;
const INVITATIONS = 'query($tenantId: ID!) { invitations(tenantId: $tenantId) { id email role } }';
const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }';
const PREVIEW = 'query($token: String!) { invitationPreview(token: $token) { tenantName role email expiresAt } }';
const ACCEPT = 'mutation($token: String!) { acceptInvitation(token: $token) { tenantId membership { role } } }';
const SIGN_UP =
  'mutation($input: SignUpInput!) { signUp(input: $input) { token joinedTenantId operator { id email } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';
const MEMBERS = 'query($tenantId: ID!) { members(tenantId: $tenantId) { role operator { email } } }';

describe.each(databaseKinds)('members by invitation (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, {}, { now: () => clock });
  });
  afterAll(() => api.close());

  const signUpWith = (invitation: string, email: string, password = PASSWORD) =>
    api.gql(SIGN_UP, { input: { email, password, name: 'Ines Invited', invitation } });
  const operatorsWith = (email: string) => api.server.orm.em.fork().count(Operator, { email });
  async function memberRoles(tenantId: string, token: string) {
    const r = await api.gql(MEMBERS, { tenantId }, token);
    return Object.fromEntries(
      r.data!.members.map((m: { role: string; operator: { email: string } }) => [m.operator.email, m.role]),
    );
  }

  it('lets an owner invite by email: the token is shown once, stored only as its hash, and lasts 7 days', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('invitee');
    const r = await api.gql(INVITE, { input: { tenantId: boss.tenantId, email, role: 'MARKETER' } }, boss.token);
    expect(r.errors).toBeUndefined();
    const { token, invitation } = r.data!.inviteMember;
    expect(invitation).toMatchObject({ email, role: 'MARKETER', invitedBy: { email: boss.email } });
    expect(new Date(invitation.expiresAt).getTime() - clock.getTime()).toBe(7 * 86_400_000);

    const stored = await api.server.orm.em.fork().findOneOrFail(Invitation, { id: invitation.id }, { filters: false });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await api.gql(INVITATIONS, { tenantId: boss.tenantId }, boss.token);
    expect(listed.data!.invitations).toEqual([{ id: invitation.id, email, role: 'MARKETER' }]);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('signs the invitee up through the link (email in any case) as a member with the invited role', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('invitee');
    const { token } = await inviteMember(api, boss.token, boss.tenantId, email, 'PRIVACY_OFFICER');
    const preview = await api.gql(PREVIEW, { token });
    expect(preview.data!.invitationPreview).toMatchObject({
      tenantName: 'Acme Retail',
      role: 'PRIVACY_OFFICER',
      email,
    });

    const r = await signUpWith(token, email.toUpperCase());
    expect(r.errors).toBeUndefined();
    expect(r.data!.signUp.joinedTenantId).toBe(boss.tenantId);
    expect(await memberRoles(boss.tenantId, r.data!.signUp.token)).toEqual({
      [boss.email]: 'OWNER',
      [email]: 'PRIVACY_OFFICER',
    });
    expect((await api.gql(INVITATIONS, { tenantId: boss.tenantId }, boss.token)).data!.invitations).toEqual([]);
  });

  it('lets someone already registered join through the link with their own password, and names the tenant joined', async () => {
    const boss = await owner(api);
    const colleague = await owner(api);
    const { token } = await inviteMember(api, boss.token, boss.tenantId, colleague.email, 'MARKETER');
    const r = await signUpWith(token, colleague.email);
    expect(r.errors).toBeUndefined();
    expect(r.data!.signUp.joinedTenantId).toBe(boss.tenantId);
    expect(await memberRoles(boss.tenantId, r.data!.signUp.token)).toEqual({
      [boss.email]: 'OWNER',
      [colleague.email]: 'MARKETER',
    });
  });

  it('honours a token once: a second use is not valid, whoever tries it', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('invitee');
    const { token } = await inviteMember(api, boss.token, boss.tenantId, email, 'ANALYST');
    const first = await signUpWith(token, email);
    expect(first.errors).toBeUndefined();

    const again = await signUpWith(token, email);
    expect(codes(again)).toEqual(['NOT_FOUND']);
    expect(codes(await signUpWith(token, uniqueEmail('thief')))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(ACCEPT, { token }, first.data!.signUp.token))).toEqual(['NOT_FOUND']);
    expect((await api.gql(PREVIEW, { token })).data).toEqual({ invitationPreview: null });
  });

  it('refuses an expired invitation the same way as an unknown token, and creates nobody', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('late');
    const { token } = await inviteMember(api, boss.token, boss.tenantId, email, 'ANALYST');
    clock = new Date(clock.getTime() + 7 * 86_400_000 + 60_000);

    const expired = await signUpWith(token, email);
    const unknown = await signUpWith('vi_nothing-like-a-real-token', email);
    expect(codes(expired)).toEqual(['NOT_FOUND']);
    expect(expired.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(await operatorsWith(email)).toBe(0);
    expect((await api.gql(PREVIEW, { token })).data).toEqual({ invitationPreview: null });
    const bossAgain = await api.gql(LOG_IN, { input: { email: boss.email, password: PASSWORD } });
    const listed = await api.gql(INVITATIONS, { tenantId: boss.tenantId }, bossAgain.data!.logIn.token);
    expect(listed.data!.invitations).toEqual([]);
  });

  it('stops a revoked invitation at once; revoking twice keeps the first time', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('revoked');
    const { id, token } = await inviteMember(api, boss.token, boss.tenantId, email, 'ANALYST');
    const revoked = await api.gql(REVOKE, { id }, boss.token);
    expect(revoked.data!.revokeInvitation.revokedAt).toBe(clock.toISOString());
    clock = new Date(clock.getTime() + 60_000);
    const twice = await api.gql(REVOKE, { id }, boss.token);
    expect(twice.data!.revokeInvitation.revokedAt).toBe(revoked.data!.revokeInvitation.revokedAt);

    expect(codes(await signUpWith(token, email))).toEqual(['NOT_FOUND']);
    expect(await operatorsWith(email)).toBe(0);
    expect((await api.gql(INVITATIONS, { tenantId: boss.tenantId }, boss.token)).data!.invitations).toEqual([]);
  });

  it('refuses the link with another email, creating nobody, and the invitee can still use it', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('invitee');
    const { token } = await inviteMember(api, boss.token, boss.tenantId, email, 'MARKETER');
    const other = uniqueEmail('forwarded');
    const r = await signUpWith(token, other);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await operatorsWith(other)).toBe(0);
    expect((await signUpWith(token, email)).errors).toBeUndefined();
  });

  it('lets a signed-in operator accept an invitation to their own email, and no one else', async () => {
    const boss = await owner(api);
    const invitee = await signUp(api);
    const stranger = await signUp(api);
    const { token } = await inviteMember(api, boss.token, boss.tenantId, invitee.email, 'ANALYST');

    expect(codes(await api.gql(ACCEPT, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(ACCEPT, { token }, stranger.token))).toEqual(['FORBIDDEN']);
    const accepted = await api.gql(ACCEPT, { token }, invitee.token);
    expect(accepted.data!.acceptInvitation).toEqual({ tenantId: boss.tenantId, membership: { role: 'ANALYST' } });
    expect(await memberRoles(boss.tenantId, boss.token)).toEqual({ [boss.email]: 'OWNER', [invitee.email]: 'ANALYST' });
  });

  it('signs a registered invitee in through the link with their password and makes them a member', async () => {
    const boss = await owner(api);
    const invitee = await signUp(api);
    const { token } = await inviteMember(api, boss.token, boss.tenantId, invitee.email, 'MARKETER');
    const r = await signUpWith(token, invitee.email);
    expect(r.data!.signUp.operator.id).toBe(invitee.operatorId);
    expect((await memberRoles(boss.tenantId, boss.token))[invitee.email]).toBe('MARKETER');
  });

  it('refuses to invite an existing member, and a new invitation replaces a pending one', async () => {
    const boss = await owner(api);
    const member = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, member.email, 'ANALYST');
    const existing = await api.gql(
      INVITE,
      { input: { tenantId: boss.tenantId, email: member.email.toUpperCase(), role: 'OWNER' } },
      boss.token,
    );
    expect(codes(existing)).toEqual(['CONFLICT']);

    const email = uniqueEmail('twice');
    const first = await inviteMember(api, boss.token, boss.tenantId, email, 'ANALYST');
    const second = await inviteMember(api, boss.token, boss.tenantId, email, 'MARKETER');
    const listed = await api.gql(INVITATIONS, { tenantId: boss.tenantId }, boss.token);
    expect(listed.data!.invitations).toEqual([{ id: second.id, email, role: 'MARKETER' }]);
    expect(codes(await signUpWith(first.token, email))).toEqual(['NOT_FOUND']);
    expect((await signUpWith(second.token, email)).errors).toBeUndefined();
  });

  it.each(['MARKETER', 'ANALYST', 'PRIVACY_OFFICER'])('lets no %s invite, list or revoke', async (role) => {
    const boss = await owner(api);
    const member = await signUp(api);
    await addMember(api, boss.token, boss.tenantId, member.email, role);
    const { id, token } = await inviteMember(api, boss.token, boss.tenantId, uniqueEmail(), 'ANALYST');

    const invite = { input: { tenantId: boss.tenantId, email: uniqueEmail('accomplice'), role: 'OWNER' } };
    expect(codes(await api.gql(INVITE, invite, member.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(INVITATIONS, { tenantId: boss.tenantId }, member.token))).toEqual(['FORBIDDEN']);
    expect(codes(await api.gql(REVOKE, { id }, member.token))).toEqual(['FORBIDDEN']);
    expect((await api.gql(PREVIEW, { token })).data!.invitationPreview).not.toBeNull();
  });

  it("never touches another tenant's invitations: NOT_FOUND, and its token joins only its own tenant", async () => {
    const a = await owner(api);
    const b = await owner(api);
    const email = uniqueEmail('b-invitee');
    const { id, token } = await inviteMember(api, b.token, b.tenantId, email, 'OWNER');

    expect(codes(await api.gql(INVITATIONS, { tenantId: b.tenantId }, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(REVOKE, { id }, a.token))).toEqual(['NOT_FOUND']);
    const into = { input: { tenantId: b.tenantId, email: uniqueEmail(), role: 'OWNER' } };
    expect(codes(await api.gql(INVITE, into, a.token))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(ACCEPT, { token }, a.token))).toEqual(['FORBIDDEN']);

    const joined = await signUpWith(token, email);
    expect(await memberRoles(b.tenantId, b.token)).toEqual({ [b.email]: 'OWNER', [email]: 'OWNER' });
    expect(codes(await api.gql(MEMBERS, { tenantId: a.tenantId }, joined.data!.signUp.token))).toEqual(['NOT_FOUND']);
  });

  it('audits each step in the tenant: the invitation, its revocation, and the sign-up that used one', async () => {
    const boss = await owner(api);
    const email = uniqueEmail('audited');
    const revoked = await inviteMember(api, boss.token, boss.tenantId, uniqueEmail(), 'ANALYST');
    await api.gql(REVOKE, { id: revoked.id }, boss.token);
    const { id, token } = await inviteMember(api, boss.token, boss.tenantId, email, 'ANALYST');
    const joined = await signUpWith(token, email);

    const entries = await api.server.orm.em
      .fork()
      .find(AuditEntry, { tenant: boss.tenantId }, { orderBy: { createdAt: 'asc' }, filters: false });
    const steps = entries.map((e) => [e.action, e.actorId, e.outcome]);
    expect(steps).toEqual(
      expect.arrayContaining([
        ['inviteMember', boss.operatorId, 'success'],
        ['revokeInvitation', boss.operatorId, 'success'],
        ['signUp', joined.data!.signUp.operator.id, 'success'],
      ]),
    );
    expect(entries.find((e) => e.action === 'inviteMember' && e.targetId === id)).toBeDefined();
    expect(JSON.stringify(entries)).not.toContain(email);
  });
});
