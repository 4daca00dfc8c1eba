import type { EntityManager } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import type { AppServices, Context } from '../../context';
import { inputSchema } from '../../graphql/input-rules';
import { parseInput } from '../../graphql/parse-input';
import { ApiKeyScope } from '../../modules/auth/api-key-scope';
import { createApiKey } from '../../modules/auth/api-keys.service';
import { logOut, signUp } from '../../modules/auth/auth.service';
import { CreateApiKeyInput } from '../../modules/auth/dto/create-api-key.input';
import { SignUpInput } from '../../modules/auth/dto/sign-up.input';
import { Operator } from '../../modules/auth/operator.entity';
import { EndUser } from '../../modules/end-users/end-user.entity';
import { Session } from '../../modules/auth/session.entity';
import type { Principal } from '../../modules/auth/principal';
import { CreateTenantInput } from '../../modules/tenants/dto/create-tenant.input';
import { UpdateTenantSettingsInput } from '../../modules/tenants/dto/update-tenant-settings.input';
import { createTenant, updateTenantSettings } from '../../modules/tenants/tenant.service';
import { DemoActors, DemoClock } from './demo-actors';
import { DEMO_TIMEZONE, DemoCalendar } from './demo-calendar';
import { createDemoCampaigns } from './demo-campaigns';
import { demoEngagement } from './demo-engagement';
import { demoPeople, NEW_POLICY_VERSION, POLICY_CHANGE_DAYS_AGO } from './demo-people';
import { createDemoPlaces } from './demo-places';
import { demoPrivacyPlan, privacyRequestCount } from './demo-privacy';
import { DemoRandom } from './demo-random';
import { recordDemoEvents, sdkSteps } from './demo-sdk';
import { type DemoStep, playTimeline } from './demo-timeline';

export const DEMO_EMAIL = 'demo@vicinity.local';
export const DEMO_PASSWORD = 'vicinity-demo-2026';
export const DEMO_TENANT_NAME = 'Demo Coffee Co.';
/** Every random choice of the demo follows from this: the same demo on every machine. */
const DEMO_SEED = 20_261_201;
/** Days before now when the demo owner signed up and set up the shop. */
const SETUP_DAYS_AGO = 130;

type Owner = { principal: Extract<Principal, { kind: 'operator' }>; tenantId: string };

/** The demo owner signs up, creates the tenant in Lyon's time zone, and an API key for the SDK backend. */
async function setUp(actors: DemoActors): Promise<Owner & { sdk: Principal }> {
  const { token } = await signUp(
    actors.requests({ kind: 'anonymous' })(),
    parseInput(inputSchema(SignUpInput), { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Owner' }),
  );
  const principal = await actors.authenticate(token);
  if (principal.kind !== 'operator') throw new Error('the demo owner could not sign in');
  const request = actors.requests(principal);
  const { name } = parseInput(inputSchema(CreateTenantInput), { name: DEMO_TENANT_NAME });
  const tenant = await createTenant(request(), principal.operator, name);
  const settings = parseInput(inputSchema(UpdateTenantSettingsInput), { tenantId: tenant.id, timezone: DEMO_TIMEZONE });
  await updateTenantSettings(request(), tenant.id, settings);
  // The key's secret is used here once and forgotten: an operator who wants one creates their own.
  const { key } = await createApiKey(
    request(),
    principal.operator,
    parseInput(inputSchema(CreateApiKeyInput), {
      tenantId: tenant.id,
      name: 'Demo SDK backend',
      scopes: [ApiKeyScope.SDK],
    }),
  );
  return { principal, tenantId: tenant.id, sdk: await actors.authenticate(key) };
}

/** Builds the whole demo inside one transaction: all of it, or (on any failure) nothing, to be tried on the next start. */
async function buildDemo(em: EntityManager, app: AppServices, log: FastifyBaseLogger) {
  const calendar = new DemoCalendar(app.now());
  const clock = new DemoClock(calendar.daysAgo(SETUP_DAYS_AGO));
  const actors = new DemoActors(em, app, clock, log);
  const { principal, tenantId, sdk } = await setUp(actors);
  const owner = actors.requests(principal);

  const spots = await createDemoPlaces(owner, tenantId);
  const { campaigns, moves } = await createDemoCampaigns(owner, tenantId, spots, calendar);
  const people = demoPeople(new DemoRandom(DEMO_SEED), calendar, spots.filter((s) => s.kind === 'cafe').length);
  const events = demoEngagement(new DemoRandom(DEMO_SEED + 1), people, campaigns, spots, calendar);
  const privacy = demoPrivacyPlan(people, calendar, tenantId);
  const sdkRequest = actors.requests(sdk);
  const steps: DemoStep[] = [
    ...moves.map((m) => ({ at: m.at, run: () => m.run(owner) })),
    {
      at: calendar.localTime(POLICY_CHANGE_DAYS_AGO, 9),
      run: async () =>
        void (await updateTenantSettings(
          owner(),
          tenantId,
          parseInput(inputSchema(UpdateTenantSettingsInput), { tenantId, policyVersion: NEW_POLICY_VERSION }),
        )),
    },
    ...privacy.steps.map((s) => ({ at: s.at, run: () => s.run(owner), settlesEvents: true })),
    ...sdkSteps(sdkRequest, people, privacy.leaves),
  ];
  const recorded = await playTimeline(steps, events, clock, calendar.now, (batch) =>
    recordDemoEvents(sdkRequest(), batch),
  );
  await signOut(owner(), principal);
  const endUsers = await owner().em.count(EndUser, { tenant: tenantId });
  return {
    places: spots.length,
    campaigns: campaigns.length,
    endUsers,
    events: recorded,
    privacyRequests: privacyRequestCount,
  };
}

/** The seed's sign-in ends with it, as the demo owner's would. */
async function signOut(ctx: Context, principal: Owner['principal']): Promise<void> {
  await logOut(ctx, await ctx.em.findOneOrFail(Session, { id: principal.session.id }));
}

/**
 * On a database nobody has used yet (no operator), the demo: its owner, a coffee chain in Lyon with places, three
 * campaigns, about 500 end users and their consents, a month of engagement and privacy requests, all made through the
 * services the API uses so that every rule holds.
 */
export async function seedDemo(app: AppServices, log: FastifyBaseLogger): Promise<void> {
  const em = app.orm.em.fork();
  if ((await em.count(Operator, {})) > 0) return;
  const started = performance.now();
  const summary = await em.transactional((tx) => buildDemo(tx, app, log));
  log.info({ ...summary, ms: Math.round(performance.now() - started) }, 'demo seeded');
}
