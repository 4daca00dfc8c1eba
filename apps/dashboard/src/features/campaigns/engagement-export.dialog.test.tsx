import type { CampaignsPageQuery, CampaignsPageQueryVariables, Role } from '@vicinity/schema/graphql';
import { screen, waitFor } from '@testing-library/react';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { newCampaignHandler, tenantWithRole } from './campaign.fixtures';

const page = '/t/tenant-acme/campaigns';

function campaignsAs(myRole: Role) {
  return graphql.query<CampaignsPageQuery, CampaignsPageQueryVariables>('CampaignsPage', () =>
    HttpResponse.json({
      data: {
        tenant: { __typename: 'Tenant', id: tenantWithRole(myRole).id, myRole },
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    }),
  );
}

describe('engagement export', { timeout: 20_000 }, () => {
  it('downloads the chosen period and format from the export route', async () => {
    const asked: URL[] = [];
    server.use(
      shellHandler(),
      newCampaignHandler(),
      campaignsAs('ANALYST'),
      http.get('*/export/engagement', ({ request }) => {
        asked.push(new URL(request.url));
        return new HttpResponse('{"id":"e1"}\n', { headers: { 'content-type': 'application/x-ndjson' } });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Export engagement' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'NDJSON (one JSON event per line)');
    await user.click(screen.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(asked).toHaveLength(1));
    const params = asked[0]!.searchParams;
    expect(params.get('tenantId')).toBe('tenant-acme');
    expect(params.get('format')).toBe('ndjson');
    const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000;
    expect(Math.round(days)).toBe(30);
  });

  it('is not offered to a privacy officer, whom the API refuses', async () => {
    server.use(shellHandler(), newCampaignHandler(), campaignsAs('PRIVACY_OFFICER'));
    await renderApp(page);

    await screen.findByRole('heading', { name: 'Campaigns' });
    await screen.findByText(/Your role lets you read campaigns/);
    expect(screen.queryByRole('button', { name: 'Export engagement' })).not.toBeInTheDocument();
  });
});
