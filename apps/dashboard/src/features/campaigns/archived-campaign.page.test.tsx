import type {
  CampaignDraft_CampaignFragment,
  CampaignsPageQueryVariables,
  RestoreCampaignMutation,
  RestoreCampaignMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { campaign, detailHandler, listedCampaign, statsHandler, statsPoint, tenantWithRole } from './campaign.fixtures';

const noEngagement = statsPoint('2025-04-01T00:00:00.000Z', { delivered: 0, opened: 0, clicked: 0, reach: 0 });
const archivedAt = '2025-04-02T09:00:00.000Z';

describe('archived campaigns and archived targets', () => {
  it('marks a target place that was archived since it was chosen', async () => {
    server.use(
      shellHandler(),
      detailHandler('ANALYST', () => ({
        ...campaign('c1', 'Morning coffee', { status: 'ACTIVE' }),
        geofences: [
          { __typename: 'Geofence', id: 'g1', name: 'Main Street store', archivedAt: null },
          { __typename: 'Geofence', id: 'g2', name: 'Old station', archivedAt },
        ],
      })),
      statsHandler([], noEngagement),
    );
    await renderApp('/t/tenant-acme/campaigns/c1');

    const triggers = await screen.findByRole('region', { name: 'Triggers' });
    expect(within(triggers).getByText('Old station · Archived')).toBeInTheDocument();
    expect(within(triggers).getByText('Main Street store')).toBeInTheDocument();
    expect(within(triggers).queryByText('Main Street store · Archived')).not.toBeInTheDocument();
  });

  it('restores an archived campaign, which comes back paused rather than running', async () => {
    let current: CampaignDraft_CampaignFragment = {
      ...campaign('c1', 'Morning coffee', { status: 'ENDED' }),
      archivedAt,
    };
    const restored: string[] = [];
    server.use(
      shellHandler(),
      detailHandler('MARKETER', () => current),
      statsHandler([], noEngagement),
      graphql.mutation<RestoreCampaignMutation, RestoreCampaignMutationVariables>(
        'RestoreCampaign',
        ({ variables }) => {
          restored.push(String(variables.id));
          current = { ...current, status: 'PAUSED', archivedAt: null };
          return HttpResponse.json({
            data: {
              restoreCampaign: {
                __typename: 'Campaign',
                id: String(variables.id),
                status: 'PAUSED',
                archivedAt: null,
                updatedAt: '2025-04-03T10:00:00.000Z',
              },
            },
          });
        },
      ),
    );
    const { user } = await renderApp('/t/tenant-acme/campaigns/c1');

    const toolbar = within(await screen.findByRole('toolbar', { name: 'Campaign actions' }));
    expect(toolbar.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    await user.click(toolbar.getByRole('button', { name: 'Restore' }));

    expect(
      await screen.findByText('“Morning coffee” is back, paused: resume it when it should run again.'),
    ).toBeVisible();
    expect(restored).toEqual(['c1']);
    await waitFor(() => expect(toolbar.getByRole('button', { name: 'Resume' })).toBeInTheDocument());
    expect(toolbar.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
  });

  it('lists only archived campaigns when asked, keeping the choice in the address', async () => {
    const asked: CampaignsPageQueryVariables[] = [];
    server.use(
      shellHandler(),
      graphql.query('CampaignsPage', ({ variables }) => {
        asked.push(variables as CampaignsPageQueryVariables);
        const nodes = variables.archived ? [{ ...listedCampaign('c9', 'Last winter'), archivedAt }] : [];
        return HttpResponse.json({
          data: {
            tenant: tenantWithRole('MARKETER'),
            campaigns: {
              __typename: 'CampaignConnection',
              edges: nodes.map((node, index) => ({ __typename: 'CampaignEdge', cursor: `c${index}`, node })),
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              totalCount: nodes.length,
            },
          },
        });
      }),
    );
    const { user, router } = await renderApp('/t/tenant-acme/campaigns');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show' }), 'Archived campaigns');
    const table = await screen.findByRole('table', { name: 'Campaigns' });
    await waitFor(() => expect(table).toHaveTextContent('Last winter'));
    expect(asked.at(-1)).toMatchObject({ archived: true });
    expect(asked[0]!.archived).toBeUndefined();
    expect(router.state.location.search).toContain('view=archived');
  });
});
