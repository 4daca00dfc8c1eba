import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { completeRequest, createRequest } from '../../../test/privacy-fixtures';
import { consent, consentingAdult, sdkTenant } from '../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { eventually } from '../../../test/webhook-fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { verifySignature } from './webhook-signature';

const CREATE =
  'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }';
const RECEIPT =
  'query($id: ID!) { privacyRequest(id: $id) { webhookAcknowledgements { endpointUrl acknowledged status } } }';

/** The whole path through the real server and its own dispatcher: SDK calls, an erasure, a receiver that erases too. */
describe.each(databaseKinds)('an erasure reaches every connected system (%s)', (kind) => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    api = await startTestApi(kind, { WEBHOOK_DISPATCHER: 'on', WEBHOOK_POLL_MS: '50' });
  });
  afterAll(async () => {
    await api.close();
    await receiver.close();
  });

  it('names a sharing end user by reference, sends end_user.erased with that reference, and records the acknowledgement', async () => {
    const t = await sdkTenant(api);
    const url = `${receiver.origin}/hooks`;
    const hook = await api.gql(
      CREATE,
      { input: { tenantId: t.tenantId, url, events: ['CONSENT_CHANGED', 'END_USER_ERASED'] } },
      t.token,
    );
    const { secret } = hook.data!.createWebhookEndpoint;
    await consentingAdult(api, t.key, 'shared-device');
    await consent(api, t.key, 'shared-device', 'THIRD_PARTY_SHARING', true);
    await consentingAdult(api, t.key, 'private-device');

    const bodies = () => receiver.received.map((r) => JSON.parse(r.body));
    await eventually('the consents delivered', async () => receiver.received.length >= 7);
    const shared = bodies().find((b) => b.data.purpose === 'THIRD_PARTY_SHARING');
    expect(shared.data.endUser).toMatchObject({ identified: true, deviceId: 'shared-device' });
    const reference = shared.data.endUser.reference as string;
    expect(receiver.received.filter((r) => r.body.includes('private-device'))).toEqual([]);

    const request = await createRequest(api, t.token, {
      tenantId: t.tenantId,
      type: 'ERASURE',
      subject: { deviceId: 'shared-device' },
    });
    await completeRequest(api, t.token, request.id as string);
    const notice = await eventually('end_user.erased received', async () =>
      receiver.received.find((r) => JSON.parse(r.body).type === 'end_user.erased'),
    );
    expect(verifySignature(secret, notice.signature, notice.body, new Date())).toBe(true);
    const body = JSON.parse(notice.body);
    expect(body.data.reference).toBe(reference);
    expect(body.data.receipt).toMatchObject({ privacyRequestId: request.id, reason: 'PRIVACY_REQUEST' });
    expect(notice.body).not.toContain('shared-device');

    const receipt = await eventually('the acknowledgement on the receipt', async () => {
      const r = await api.gql(RECEIPT, { id: request.id }, t.token);
      const [ack] = r.data!.privacyRequest.webhookAcknowledgements;
      return ack?.acknowledged && ack;
    });
    expect(receipt).toEqual({ endpointUrl: url, acknowledged: true, status: 'DELIVERED' });
  });
});
