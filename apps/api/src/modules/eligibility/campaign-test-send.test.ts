import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { owner } from '../../../test/fixtures';
import { createCampaign, createCircle, PARIS, SET_STATUS } from '../../../test/places-fixtures';
import { consent, consentingAdult, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../../../test/test-api';
import { EngagementEvent } from '../engagement/engagement-event.entity';

const TEST_SEND =
  'query($input: CampaignTestSendInput!) { campaignTestSend(input: $input) { eligible reasons explanation offered campaignNote offers { campaignId title } } }';
const LYON = { latitude: 45.764, longitude: 4.8357 };

describe.each(databaseKinds)('campaign test send (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { WEBHOOK_DISPATCHER: 'off' });
  });
  afterAll(() => api.close());

  async function activeCampaign() {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    const r = await api.gql(SET_STATUS, { input: { campaignId, status: 'ACTIVE' } }, t.token);
    expect(r.errors).toBeUndefined();
    return { ...t, campaignId };
  }

  const testSend = async (token: string, campaignId: string, deviceId: string, position = PARIS) => {
    const r = await api.gql(TEST_SEND, { input: { campaignId, deviceId, position } }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.campaignTestSend;
  };

  it('shows the campaign offered to a consenting test device inside its geofence, and records nothing', async () => {
    const t = await activeCampaign();
    await consentingAdult(api, t.key, 'test-phone');
    const answer = await testSend(t.token, t.campaignId, 'test-phone');
    expect(answer).toMatchObject({
      eligible: true,
      offered: true,
      explanation: 'targeted: every condition is met',
      offers: [{ campaignId: t.campaignId, title: 'A warm welcome' }],
    });
    const events = await api.server.orm.em.fork().count(EngagementEvent, { tenant: t.tenantId }, { filters: false });
    expect(events).toBe(0);
  });

  it('says in words why nothing is offered: outside its places, or the policy refuses the device', async () => {
    const t = await activeCampaign();
    await consentingAdult(api, t.key, 'test-phone');
    const far = await testSend(t.token, t.campaignId, 'test-phone', LYON);
    expect(far).toMatchObject({ eligible: true, offered: false });
    expect(far.campaignNote).toContain('not inside any of the campaign’s geofences');

    await upsert(api, t.key, { deviceId: 'no-consent', age: 30, locationPermission: 'ALWAYS' });
    await consent(api, t.key, 'no-consent', 'MARKETING', true);
    const refused = await testSend(t.token, t.campaignId, 'no-consent');
    expect(refused).toMatchObject({ eligible: false, offered: false, reasons: ['LOCATION_DENIED'] });
    expect(refused.explanation).toBe('not targeted: no location permission or no location consent');

    const unknown = await testSend(t.token, t.campaignId, 'never-seen');
    expect(unknown.explanation).toBe('not targeted: no such end user');
  });

  it('says a draft is never offered, and hides another tenant’s campaign', async () => {
    const t = await sdkTenant(api);
    const campaignId = await createCampaign(api, t.token, t.tenantId, {
      geofenceIds: [await createCircle(api, t.token, t.tenantId)],
    });
    await consentingAdult(api, t.key, 'test-phone');
    const draft = await testSend(t.token, campaignId, 'test-phone');
    expect(draft.campaignNote).toBe('This campaign is a draft: only active campaigns are offered.');
    const stranger = await owner(api);
    const r = await api.gql(
      TEST_SEND,
      { input: { campaignId, deviceId: 'test-phone', position: PARIS } },
      stranger.token,
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
    const anonymous = await api.gql(TEST_SEND, { input: { campaignId, deviceId: 'test-phone', position: PARIS } });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
