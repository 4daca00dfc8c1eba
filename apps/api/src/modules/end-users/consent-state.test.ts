import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases';
import { CONSENT, sdkTenant, upsert } from '../../../test/sdk-fixtures';
import { startTestApi, type TestApi } from '../../../test/test-api';
import { isGranted } from '../../policy/consent-state';
import { ConsentPurpose } from '../../policy/policy-enums';
import { ConsentRecord } from './consent-record.entity';
import { CONSENT_STATE_PROPERTY } from './consent-state';
import { EndUser } from './end-user.entity';

const DEVICES = ['state-a', 'state-b', 'state-c'];
const purposes = Object.values(ConsentPurpose);
// Few distinct instants, so that ties between a grant and a withdrawal happen often.
const instants = ['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z'];

const consentCommand = fc.record({
  deviceId: fc.constantFrom(...DEVICES),
  purpose: fc.constantFrom(...purposes),
  granted: fc.boolean(),
  recordedAt: fc.option(fc.constantFrom(...instants), { nil: undefined }),
});

describe.each(databaseKinds)('the consent state beside the ledger (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  /** Each end user's state, and the same rebuilt from the ledger with the policy's own rule. */
  async function stateAndLedger(tenantId: string) {
    const em = api.server.orm.em.fork();
    const users = await em.find(EndUser, { tenant: tenantId }, { filters: false });
    const records = await em.find(ConsentRecord, { tenant: tenantId }, { filters: false });
    const stored = users.map((u) => ({ deviceId: u.deviceId, ...pick(u) }));
    const rebuilt = users.map((u) => {
      const facts = records.filter((r) => r.endUser.id === u.id);
      return {
        deviceId: u.deviceId,
        ...Object.fromEntries(purposes.map((p) => [CONSENT_STATE_PROPERTY[p], isGranted(facts, p)])),
      };
    });
    return { stored, rebuilt };
  }
  const pick = (u: EndUser) =>
    Object.fromEntries(purposes.map((p) => [CONSENT_STATE_PROPERTY[p], u[CONSENT_STATE_PROPERTY[p]]]));

  it('equals the state rebuilt from the ledger after any sequence of grants and withdrawals, backdated or tied', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(consentCommand, { minLength: 1, maxLength: 25 }), async (commands) => {
        const t = await sdkTenant(api);
        for (const deviceId of DEVICES) await upsert(api, t.key, { deviceId, age: 30, locationPermission: 'ALWAYS' });
        for (const c of commands) {
          const r = await api.gql(CONSENT, { input: { ...c, source: 'SDK', policyVersion: '1' } }, t.key);
          expect(r.errors).toBeUndefined();
        }
        const { stored, rebuilt } = await stateAndLedger(t.tenantId);
        expect(stored).toEqual(rebuilt);
      }),
      { numRuns: 15, seed: 20261201 },
    );
  });

  it('stays equal to the ledger when records of one end user arrive at once', async () => {
    const t = await sdkTenant(api);
    await upsert(api, t.key, { deviceId: 'state-at-once', age: 30, locationPermission: 'ALWAYS' });
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        api.gql(
          CONSENT,
          {
            input: {
              deviceId: 'state-at-once',
              purpose: 'LOCATION',
              granted: i % 2 === 0,
              source: 'SDK',
              policyVersion: '1',
              recordedAt: instants[i % 3],
            },
          },
          t.key,
        ),
      ),
    );
    const { stored, rebuilt } = await stateAndLedger(t.tenantId);
    expect(stored).toEqual(rebuilt);
  });
});
