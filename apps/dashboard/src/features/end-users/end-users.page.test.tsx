import type { EndUsersQuery, EndUsersQueryVariables } from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { endUserResults, endUserRow } from './end-users.fixtures';

describe('end user search', { timeout: 20_000 }, () => {
  it('searches by an exact identifier and filters on needing re-consent', async () => {
    const asked: EndUsersQueryVariables[] = [];
    server.use(
      shellHandler(),
      graphql.query<EndUsersQuery, EndUsersQueryVariables>('EndUsers', ({ variables }) => {
        asked.push(variables);
        if (variables.search === 'device-42') {
          return HttpResponse.json({
            data: endUserResults([endUserRow('eu-1', 'device-42', { needsReconsent: true })]),
          });
        }
        return HttpResponse.json({ data: endUserResults([]) });
      }),
    );
    const { user, router } = await renderApp('/t/tenant-acme/end-users');

    expect(await screen.findByText('No end users yet')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Device id, external id, email or name' }), ' device-42 ');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const row = await screen.findByRole('row', { name: /device-42/ });
    expect(row).toHaveTextContent('Needs re-consent');
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', search: 'device-42' });

    await user.click(screen.getByRole('switch', { name: 'Needs re-consent' }));
    expect(currentPath(router)).toBe('/t/tenant-acme/end-users?search=device-42&needsReconsent=true');
    const filteredRow = await screen.findByRole('row', { name: /device-42/ });
    expect(asked.at(-1)).toMatchObject({ search: 'device-42', needsReconsent: true });

    expect(within(filteredRow).getByRole('link', { name: 'device-42' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/end-users/eu-1',
    );
  });
});
