import type {
  ApiKeysTable_ApiKeyFragment,
  DashboardShellQuery,
  DashboardShellQueryVariables,
  MembersTable_MembershipFragment,
  Role,
  TenantOverviewQuery,
  TenantOverviewQueryVariables,
} from '@vicinity/schema/graphql';
import { graphql, HttpResponse } from 'msw';
import { tenantOverview } from '../features/tenants/tenant-overview.fixtures';

export const ada = { __typename: 'Operator' as const, id: 'op-ada', name: 'Ada Lovelace', email: 'ada@example.com' };

export const acme = { __typename: 'Tenant' as const, id: 'tenant-acme', name: 'Acme Coffee' };

export function membership(
  id: string,
  role: Role,
  operator: { name: string; email: string },
): MembersTable_MembershipFragment {
  return {
    __typename: 'Membership',
    id,
    role,
    createdAt: '2025-03-01T10:00:00.000Z',
    operator: { __typename: 'Operator', id: `op-${id}`, ...operator },
  };
}

export function apiKey(id: string, name: string, revokedAt: string | null = null): ApiKeysTable_ApiKeyFragment {
  return {
    __typename: 'ApiKey',
    id,
    name,
    prefix: `vk_${id}`,
    scopes: ['SDK'],
    createdAt: '2025-03-02T10:00:00.000Z',
    revokedAt,
  };
}

/** The header's query: the signed-in operator and their tenants. */
export function shellHandler(tenants: DashboardShellQuery['tenants'] = [acme]) {
  return graphql.query<DashboardShellQuery, DashboardShellQueryVariables>('DashboardShell', () =>
    HttpResponse.json({ data: { me: ada, tenants } }),
  );
}

export function tenantOverviewHandler(
  tenant: { id: string; name: string },
  overview: TenantOverviewQuery['tenantOverview'] = tenantOverview(),
  myRole: Role = 'OWNER',
) {
  return graphql.query<TenantOverviewQuery, TenantOverviewQueryVariables>('TenantOverview', () =>
    HttpResponse.json({
      data: {
        tenant: {
          __typename: 'Tenant',
          ...tenant,
          minimumAge: 13,
          timezone: 'Europe/Paris',
          requireMarketingConsent: true,
          policyVersion: '1',
          myRole,
          createdAt: '2025-03-01T10:00:00.000Z',
        },
        tenantOverview: overview,
      },
    }),
  );
}
