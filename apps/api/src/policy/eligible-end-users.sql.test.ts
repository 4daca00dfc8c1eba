import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { NOW, policyTable } from '../../test/policy-table';
import { startTestApi, type TestApi } from '../../test/test-api';
import { ConsentRecord } from '../modules/end-users/consent-record.entity';
import { ConsentSource } from '../modules/end-users/end-user-enums';
import { EndUser } from '../modules/end-users/end-user.entity';
import { Tenant } from '../modules/tenants/tenant.entity';
import { decide } from './decide';
import { eligibleEndUsersSql } from './eligible-end-users.sql';

describe.each(databaseKinds)("decide()'s SQL twin (%s)", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.close());

  it(`selects exactly the end users decide() finds eligible, on all ${policyTable.length} rows of the policy table`, async () => {
    const em = api.server.orm.em.fork() as SqlEntityManager;
    const settings = [...new Set(policyTable.map((r) => `${r.minimumAge}/${r.requireMarketingConsent}`))];
    const mismatches: string[] = [];
    for (const setting of settings) {
      const rows = policyTable.filter((r) => `${r.minimumAge}/${r.requireMarketingConsent}` === setting);
      const tenant = new Tenant(`Tenant ${setting}`);
      tenant.minimumAge = rows[0]!.minimumAge;
      tenant.requireMarketingConsent = rows[0]!.requireMarketingConsent;
      await em.persistAndFlush(tenant);
      const expected = new Set<string>();
      const users: EndUser[] = [];
      const consents: ConsentRecord[] = [];
      rows.forEach((row, i) => {
        const user = new EndUser(tenant, `device-${i}`);
        Object.assign(user, {
          birthDate: row.endUser.birthDate,
          age: row.endUser.age,
          locationPermission: row.endUser.locationPermission,
          restrictedAt: row.endUser.processingRestricted ? NOW : undefined,
        });
        users.push(user);
        for (const c of row.consents) {
          consents.push(
            new ConsentRecord({
              tenant,
              endUser: user,
              ...c,
              source: ConsentSource.SDK,
              policyVersion: '1',
              evidence: { requestId: 'test' },
            }),
          );
        }
        const decision = decide(row.endUser, row.consents, {
          tenant: { minimumAge: tenant.minimumAge, requireMarketingConsent: tenant.requireMarketingConsent },
          at: NOW,
        });
        if (decision.eligible) expected.add(user.id);
      });
      await em.insertMany(users);
      await em.insertMany(consents);
      const condition = eligibleEndUsersSql('u', tenant, NOW);
      const selected = await em
        .createQueryBuilder(EndUser, 'u')
        .select('id')
        .where({ tenant: tenant.id })
        .andWhere(condition.sql, condition.params)
        .getResultList();
      const got = new Set(selected.map((u) => u.id));
      rows.forEach((row, i) => {
        const id = users[i]!.id;
        if (got.has(id) !== expected.has(id))
          mismatches.push(
            `${setting} ${row.permission}/${row.locationLabel}/${row.marketingLabel}/${row.ageLabel}/r=${row.restricted}`,
          );
      });
      expect(expected.size).toBeGreaterThan(0);
    }
    expect(mismatches).toEqual([]);
  });
});
