import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { PASSWORD, signUp, uniqueEmail } from '../../../test/fixtures';
import { codes, type GraphQLResponse, startTestApi, type TestApi } from '../../../test/test-api';
import { Operator } from './operator.entity';
import { Session } from './session.entity';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token operator { id email name } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token operator { email } } }';
const ME = '{ me { id email } }';

describe.each(databaseKinds)('operators sign up, log in and out (%s)', (kind) => {
  let api: TestApi;
  let clock = new Date('2026-11-21T12:00:00Z');
  beforeAll(async () => {
    api = await startTestApi(kind, { LOGIN_MAX_FAILURES: '3', SESSION_TTL_HOURS: '2' }, { now: () => clock });
  });
  afterAll(() => api.close());

  it('signs an operator up with a normalised email and a session that identifies them', async () => {
    const email = uniqueEmail('Mixed');
    const r = await api.gql(SIGN_UP, {
      input: { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: 'Ada' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.signUp.operator.email).toBe(email.toLowerCase());
    const me = await api.gql(ME, {}, r.data!.signUp.token);
    expect(me.data!.me.email).toBe(email.toLowerCase());
  });

  it('refuses a password shorter than 10 characters, naming the field, and stores nothing', async () => {
    const email = uniqueEmail();
    const r = await api.gql(SIGN_UP, { input: { email, password: 'too-short', name: 'Ada' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.field).toBe('password');
    expect(await api.server.orm.em.fork().count(Operator, { email })).toBe(0);
  });

  it('refuses an email that is not one', async () => {
    const bad = await api.gql(SIGN_UP, { input: { email: 'not-an-email', password: PASSWORD, name: 'Ada' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('stores a password hash (argon2id) and token hashes, never the secrets themselves', async () => {
    const { email, token } = await signUp(api);
    const em = api.server.orm.em.fork();
    const operator = await em.findOneOrFail(Operator, { email }, { populate: ['passwordHash'] });
    expect(operator.passwordHash).toMatch(/^\$argon2id\$/);
    expect(operator.passwordHash).not.toContain(PASSWORD);
    const sessions = await em.find(Session, { operator: operator.id });
    expect(sessions.map((s) => s.tokenHash)).not.toContain(token);
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same error for an unknown email and for a wrong password', async () => {
    const { email } = await signUp(api);
    const unknown = await api.gql(LOG_IN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    const wrong = await api.gql(LOG_IN, { input: { email, password: 'wrong password!' } });
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(codes(unknown)).toEqual(codes(wrong));
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  });

  it('slows down repeated failures: after the limit even the right password waits, and says how long', async () => {
    const { email } = await signUp(api);
    for (let i = 0; i < 3; i++) await api.gql(LOG_IN, { input: { email, password: `guess number ${i}` } });
    const locked = await api.gql(LOG_IN, { input: { email, password: PASSWORD } });
    expect(codes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 10 * 60_000);
    const later = await api.gql(LOG_IN, { input: { email, password: PASSWORD } });
    expect(later.errors).toBeUndefined();
  });

  it('logs in with the email in any case', async () => {
    const { email } = await signUp(api);
    const r = await api.gql(LOG_IN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    expect(r.data!.logIn.operator.email).toBe(email);
  });

  it('revokes the session on logOut: the token stops working at once', async () => {
    const { token } = await signUp(api);
    expect((await api.gql('mutation { logOut }', {}, token)).data).toEqual({ logOut: true });
    expect((await api.gql(ME, {}, token)).data).toEqual({ me: null });
    const createTenant = await api.gql('mutation { createTenant(input: { name: "X" }) { id } }', {}, token);
    expect(codes(createTenant)).toEqual(['UNAUTHENTICATED']);
  });

  it('expires sessions after their lifetime', async () => {
    const { token } = await signUp(api);
    clock = new Date(clock.getTime() + 3 * 3600_000);
    expect((await api.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('treats a malformed or unknown bearer token as signed out', async () => {
    expect((await api.gql(ME, {}, 'vs_not-a-real-token-at-all')).data).toEqual({ me: null });
    expect(codes(await api.gql('mutation { logOut }', {}, 'garbage'))).toEqual(['UNAUTHENTICATED']);
  });
});

describe.each(databaseKinds)('sign-up tells no more than log-in about who is registered (%s)', (kind) => {
  let api: TestApi;
  beforeEach(async () => {
    // Each test starts with fresh failure counters: they count by address too, and every test calls from one.
    api = await startTestApi(kind, { LOGIN_MAX_FAILURES: '4' });
  });
  afterEach(() => api.close());

  it('answers a sign-up with a registered email exactly as a log-in: no more is told about who is registered', async () => {
    const { email, operatorId } = await signUp(api);
    const taken = await api.gql(SIGN_UP, { input: { email, password: 'another password', name: 'Eve' } });
    const wrongPassword = await api.gql(LOG_IN, { input: { email, password: 'another password' } });
    const unknownEmail = await api.gql(LOG_IN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    const answer = (r: GraphQLResponse) => r.errors?.map((e) => [e.message, e.extensions]);
    expect(answer(taken)).toEqual(answer(wrongPassword));
    expect(answer(taken)).toEqual(answer(unknownEmail));
    expect(codes(taken)).toEqual(['UNAUTHENTICATED']);

    const rightPassword = await api.gql(SIGN_UP, {
      input: { email: email.toUpperCase(), password: PASSWORD, name: 'Eve' },
    });
    expect(rightPassword.data!.signUp.operator).toEqual({ id: operatorId, email, name: 'Olivia Operator' });
    expect(await api.server.orm.em.fork().count(Operator, { email })).toBe(1);
  });

  it('counts wrong passwords given to sign-up against the log-in limit, and locks sign-up alike', async () => {
    const { email } = await signUp(api);
    for (let i = 0; i < 4; i++) {
      await api.gql(SIGN_UP, { input: { email, password: `guess number ${i}`, name: 'Eve' } });
    }
    expect(codes(await api.gql(LOG_IN, { input: { email, password: PASSWORD } }))).toEqual(['RATE_LIMITED']);
    expect(codes(await api.gql(SIGN_UP, { input: { email, password: PASSWORD, name: 'Eve' } }))).toEqual([
      'RATE_LIMITED',
    ]);
  });
});

describe('sign-in lockouts behind a load balancer', () => {
  const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';
  const attempt = (api: TestApi, from: string, email: string) =>
    fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOG_IN, variables: { input: { email, password: 'not the password' } } }),
    }).then(async (r) => codes((await r.json()) as GraphQLResponse));

  it('count failures by the client address the trusted proxy forwards, not by the proxy', async () => {
    const api = await startTestApi('sqlite', { TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '2' });
    await attempt(api, '203.0.113.7', uniqueEmail());
    await attempt(api, '203.0.113.7', uniqueEmail());
    expect(await attempt(api, '203.0.113.7', uniqueEmail())).toEqual(['RATE_LIMITED']);
    expect(await attempt(api, '198.51.100.4', uniqueEmail())).toEqual(['UNAUTHENTICATED']);
    await api.close();
  });

  it('believe no forwarded address from a proxy they were not told to trust', async () => {
    const api = await startTestApi('sqlite', { LOGIN_MAX_FAILURES: '2' });
    await attempt(api, '203.0.113.7', uniqueEmail());
    await attempt(api, '198.51.100.4', uniqueEmail());
    expect(await attempt(api, '192.0.2.1', uniqueEmail())).toEqual(['RATE_LIMITED']);
    await api.close();
  });
});
