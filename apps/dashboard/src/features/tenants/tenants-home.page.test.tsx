import type {
  CreateTenantMutation,
  CreateTenantMutationVariables,
  TenantsHomeQuery,
  TenantsHomeQueryVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { acme, shellHandler, tenantOverviewHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';

function tenantsHomeHandler(tenants: TenantsHomeQuery['tenants']) {
  return graphql.query<TenantsHomeQuery, TenantsHomeQueryVariables>('TenantsHome', () =>
    HttpResponse.json({ data: { tenants } }),
  );
}

describe('tenants', () => {
  it('invites an operator without tenants to create one, then opens it', async () => {
    server.use(
      shellHandler([]),
      tenantsHomeHandler([]),
      graphql.mutation<CreateTenantMutation, CreateTenantMutationVariables>('CreateTenant', ({ variables }) =>
        HttpResponse.json({
          data: {
            createTenant: {
              __typename: 'Tenant',
              id: 'tenant-new',
              name: variables.input.name,
              minimumAge: 13,
              timezone: 'UTC',
              requireMarketingConsent: true,
              policyVersion: '1',
              myRole: 'OWNER',
              createdAt: '2025-03-01T10:00:00.000Z',
            },
          },
        }),
      ),
      tenantOverviewHandler({ id: 'tenant-new', name: 'Bistro Nord' }),
    );
    const { user, router } = await renderApp('/');

    expect(await screen.findByText('Create your first tenant')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    expect(screen.getByText('Enter a name')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Tenant name'), 'Bistro Nord');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    expect(await screen.findByRole('heading', { name: 'Bistro Nord' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-new');
    const switcher = screen.getByRole('combobox', { name: 'Tenant' });
    expect(within(switcher).getByRole('option', { name: 'Bistro Nord' })).toBeInTheDocument();
  });

  it("opens the operator's tenant and shows its settings", async () => {
    server.use(shellHandler([acme]), tenantsHomeHandler([acme]), tenantOverviewHandler(acme));
    const { router } = await renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Acme Coffee' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme');
    expect(screen.getByText('13 years')).toBeInTheDocument();
    expect(screen.getByText('Europe/Paris')).toBeInTheDocument();
  });
});
