import type {
  CampaignsPageQuery,
  CampaignsPageQueryVariables,
  CampaignsTable_CampaignFragment,
  Role,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/format-date';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { listedCampaign, newCampaignHandler, tenantWithRole } from './campaign.fixtures';

const page = '/t/tenant-acme/campaigns';

function campaignsHandler(
  myRole: Role,
  pages: (variables: CampaignsPageQueryVariables) => { campaigns: CampaignsTable_CampaignFragment[]; next?: string },
  requests: CampaignsPageQueryVariables[] = [],
) {
  return graphql.query<CampaignsPageQuery, CampaignsPageQueryVariables>('CampaignsPage', ({ variables }) => {
    requests.push(variables);
    const { campaigns, next } = pages(variables);
    return HttpResponse.json({
      data: {
        tenant: { __typename: 'Tenant', id: tenantWithRole(myRole).id, myRole },
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount: 3,
          pageInfo: { __typename: 'PageInfo', hasNextPage: next !== undefined, endCursor: next ?? null },
          edges: campaigns.map((node) => ({ __typename: 'CampaignEdge', cursor: `cursor-${node.id}`, node })),
        },
      },
    });
  });
}

describe('campaigns page', () => {
  it('lists campaigns with a badge per status, their trigger and priority', async () => {
    server.use(
      shellHandler(),
      newCampaignHandler(),
      campaignsHandler('MARKETER', () => ({
        campaigns: [
          listedCampaign('c1', 'Morning coffee', {
            status: 'ACTIVE',
            trigger: 'DWELL',
            dwellMinutes: 10,
            priority: 5,
            schedule: {
              __typename: 'Schedule',
              startsAt: '2025-03-01T09:00:00.000Z',
              endsAt: '2025-03-31T21:00:00.000Z',
            },
            figures: {
              __typename: 'CampaignFigures',
              delivered: { __typename: 'StatCount', value: 1204, display: '1204' },
              opened: { __typename: 'StatCount', value: null, display: '< 5' },
            },
          }),
          listedCampaign('c2', 'Lunch deal', { status: 'PAUSED', trigger: 'BEACON_NEAR', tags: ['lunch'] }),
          listedCampaign('c3', 'Spring sale', { status: 'ENDED' }),
        ],
      })),
    );
    const { user, router } = await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const morning = within(table).getByRole('row', { name: /Morning coffee/ });
    expect(within(morning).getByText('Active').closest('[data-tone]')).toHaveAttribute('data-tone', 'positive');
    expect(morning).toHaveTextContent('Stay in a place · 10 min');
    expect(morning).toHaveTextContent('5');
    expect(morning).toHaveTextContent(
      `${formatDate('2025-03-01T09:00:00.000Z')} – ${formatDate('2025-03-31T21:00:00.000Z')}`,
    );
    const cells = within(morning).getAllByRole('cell');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(cells[header.indexOf('Delivered')]).toHaveTextContent('1,204');
    expect(cells[header.indexOf('Opened')]).toHaveTextContent('< 5');
    expect(within(table).getByRole('row', { name: /Spring sale/ })).toHaveTextContent('No dates set');
    const lunch = within(table).getByRole('row', { name: /Lunch deal/ });
    expect(within(lunch).getByText('Paused').closest('[data-tone]')).toHaveAttribute('data-tone', 'caution');
    expect(lunch).toHaveTextContent('Near a beacon');
    expect(lunch).toHaveTextContent('lunch');
    const spring = within(table).getByRole('row', { name: /Spring sale/ });
    expect(within(spring).getByText('Ended').closest('[data-tone]')).toHaveAttribute('data-tone', 'closed');

    await user.click(screen.getByRole('button', { name: 'New campaign' }));
    expect(await screen.findByRole('heading', { name: 'New campaign' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme/campaigns/new');
  });

  it('passes status, trigger, tag and name filters to the query', async () => {
    const requests: CampaignsPageQueryVariables[] = [];
    server.use(
      shellHandler(),
      campaignsHandler('OWNER', () => ({ campaigns: [listedCampaign('c1', 'Morning coffee')] }), requests),
    );
    const { user, router } = await renderApp(page);

    await screen.findByRole('table', { name: 'Campaigns' });
    expect(requests[0]).toEqual({ tenantId: 'tenant-acme', first: 20 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ACTIVE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trigger' }), 'DWELL');
    await user.type(screen.getByLabelText('Tag'), 'breakfast');
    await user.type(screen.getByLabelText('Search'), 'coffee');

    await waitFor(() =>
      expect(requests.at(-1)).toEqual({
        tenantId: 'tenant-acme',
        first: 20,
        status: 'ACTIVE',
        trigger: 'DWELL',
        tag: 'breakfast',
        search: 'coffee',
      }),
    );
    expect(requests.some((variables) => variables.search === 'c')).toBe(false);
    expect(currentPath(router)).toBe(
      '/t/tenant-acme/campaigns?status=ACTIVE&trigger=DWELL&tag=breakfast&search=coffee',
    );
  });

  it('loads the next page after the last cursor and appends it', async () => {
    const requests: CampaignsPageQueryVariables[] = [];
    server.use(
      shellHandler(),
      campaignsHandler(
        'OWNER',
        (variables) =>
          variables.after === 'page-2'
            ? { campaigns: [listedCampaign('c3', 'Spring sale')] }
            : {
                campaigns: [listedCampaign('c1', 'Morning coffee'), listedCampaign('c2', 'Lunch deal')],
                next: 'page-2',
              },
        requests,
      ),
    );
    const { user } = await renderApp(page);

    expect(await screen.findByText('Showing 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('row', { name: /Spring sale/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Morning coffee/ })).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
    expect(requests.at(-1)).toMatchObject({ after: 'page-2', first: 20 });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('invites a marketer to create the first campaign when there is none', async () => {
    server.use(
      shellHandler(),
      newCampaignHandler(),
      campaignsHandler('MARKETER', () => ({ campaigns: [] })),
    );
    const { user, router } = await renderApp(page);

    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create your first campaign' }));
    expect(await screen.findByRole('heading', { name: 'New campaign' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme/campaigns/new');
  });

  it('says when no campaign matches the filters, and clears them', async () => {
    const requests: CampaignsPageQueryVariables[] = [];
    server.use(
      shellHandler(),
      campaignsHandler(
        'MARKETER',
        (variables) => ({ campaigns: variables.status ? [] : [listedCampaign('c1', 'Morning coffee')] }),
        requests,
      ),
    );
    const { user } = await renderApp(`${page}?status=ENDED`);

    expect(await screen.findByText('No campaigns match these filters')).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ status: 'ENDED' });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('row', { name: /Morning coffee/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('shows an analyst the list without the means to create campaigns', async () => {
    server.use(
      shellHandler(),
      campaignsHandler('ANALYST', () => ({ campaigns: [] })),
    );
    await renderApp(page);

    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
    expect(screen.getByText(/Your role lets you read campaigns, not change them/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New campaign' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create your first campaign' })).not.toBeInTheDocument();
  });

  it('offers a retry when loading fails, and loads on retry', async () => {
    let attempts = 0;
    server.use(
      shellHandler(),
      graphql.query<CampaignsPageQuery, CampaignsPageQueryVariables>('CampaignsPage', () => {
        attempts += 1;
        return graphqlError('INTERNAL_SERVER_ERROR', 'Unexpected error');
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(attempts).toBe(2));
    server.use(campaignsHandler('OWNER', () => ({ campaigns: [listedCampaign('c1', 'Morning coffee')] })));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('row', { name: /Morning coffee/ })).toBeInTheDocument();
  });
});
