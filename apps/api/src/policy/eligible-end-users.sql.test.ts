import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { describeRow, NOW, type PolicyRow, policyTable } from '../../test/policy-table';
import { startTestApi, type TestApi } from '../../test/test-api';
import { ConsentRecord } from '../modules/end-users/consent-record.entity';
import { ConsentSource } from '../modules/end-users/end-user-enums';
import { EndUser } from '../modules/end-users/end-user.entity';
import { consentFacts, policyEndUser, policyTenant } from '../modules/end-users/policy-view';
import { Tenant } from '../modules/tenants/tenant.entity';
import { decide } from './decide';
import { eligibleEndUsersSql } from './eligible-end-users.sql';

const settingOf = (r: PolicyRow) => `${r.minimumAge}/${r.requireMarketingConsent}/${r.suspended}`;

describe.each(databaseKinds)("decide()'s SQL twin (%s)", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it(`selects exactly the end users decide() finds eligible, on all ${policyTable.length} rows of the policy table`, async () => {
    const em = api.server.orm.em.fork() as SqlEntityManager;
    const mismatches: string[] = [];
    for (const setting of new Set(policyTable.map(settingOf))) {
      const rows = policyTable.filter((r) => settingOf(r) === setting);
      const tenant = new Tenant(`Tenant ${setting}`);
      Object.assign(tenant, {
        minimumAge: rows[0]!.minimumAge,
        requireMarketingConsent: rows[0]!.requireMarketingConsent,
        suspendedAt: rows[0]!.suspended ? NOW : undefined,
      });
      await em.persistAndFlush(tenant);
      const users = rows.map((row, i) =>
        Object.assign(new EndUser(tenant, `device-${i}`), {
          ...row.age,
          locationPermission: row.permission,
          restrictedAt: row.restriction === 'restricted' ? NOW : undefined,
          objectedAt: row.restriction === 'objected' ? NOW : undefined,
        }),
      );
      const consents = rows.flatMap((row, i) =>
        row.consents.map(
          (c) =>
            new ConsentRecord({
              tenant,
              endUser: users[i]!,
              ...c,
              source: ConsentSource.SDK,
              policyVersion: '1',
              evidence: { requestId: 'test' },
            }),
        ),
      );
      await em.insertMany(users);
      await em.insertMany(consents);
      const condition = eligibleEndUsersSql('u', policyTenant(tenant), NOW);
      const selected = await em
        .createQueryBuilder(EndUser, 'u')
        .select('id')
        .where({ tenant: tenant.id })
        .andWhere(condition.sql, condition.params)
        .getResultList();
      const got = new Set(selected.map((u) => u.id));
      rows.forEach((row, i) => {
        const user = users[i]!;
        // What the stored end user and tenant look like to decide(), through the same view the services use.
        const decided = decide(policyEndUser(user), consentFacts(consents.filter((c) => c.endUser === user)), {
          tenant: policyTenant(tenant),
          at: NOW,
        }).eligible;
        const meant = row.expected.length === 0;
        if (got.has(user.id) !== meant || decided !== meant) {
          mismatches.push(`${describeRow(row)}: SQL ${got.has(user.id)}, decide() ${decided}, rules ${meant}`);
        }
      });
    }
    expect(mismatches).toEqual([]);
    // Every input the policy reads changes the answer somewhere in the table.
    expect(policyTable.some((r) => r.expected.length === 0)).toBe(true);
    expect([...new Set(policyTable.flatMap((r) => r.expected))].sort()).toEqual([
      'LOCATION_DENIED',
      'MARKETING_CONSENT_MISSING',
      'PROCESSING_RESTRICTED',
      'TENANT_SUSPENDED',
      'UNDER_MINIMUM_AGE',
    ]);
  });
});
