import type { TenantOverviewQuery, TenantOverviewQueryVariables } from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql } from 'msw';
import { describe, expect, it } from 'vitest';
import { acme, shellHandler, tenantOverviewHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { optIn, tenantOverview, trendFigure } from './tenant-overview.fixtures';

const busyDay = tenantOverview({
  last7Days: {
    __typename: 'EngagementPeriod',
    days: 7,
    delivered: trendFigure(1234, 0.4),
    opened: trendFigure(310, -0.05),
    reach: trendFigure(null),
  },
  last30Days: {
    __typename: 'EngagementPeriod',
    days: 30,
    delivered: trendFigure(5000, 0),
    opened: trendFigure(1200, null),
    reach: trendFigure(800, 0.1),
  },
  campaigns: {
    __typename: 'CampaignsOverview',
    active: 3,
    nextEnding: {
      __typename: 'Campaign',
      id: 'c-soon',
      name: 'Ends soon',
      schedule: { __typename: 'Schedule', endsAt: '2026-11-30T00:00:00.000Z' },
    },
  },
  audience: {
    __typename: 'AudienceOverview',
    endUsers: 9,
    location: optIn(5, 5 / 9),
    marketing: optIn(6, 6 / 9),
    reachable: optIn(null, null),
  },
  privacy: {
    __typename: 'PrivacyOverview',
    open: 2,
    nextDue: { __typename: 'PrivacyRequest', id: 'pr-1', dueAt: '2026-11-24T10:00:00.000Z', daysLeft: 3 },
  },
  places: { __typename: 'PlacesOverview', geofences: 3, beacons: 1 },
});

const card = (name: string) => screen.getByRole('region', { name });

describe('the tenant home', () => {
  it('shows the figures a marketer starts the day with, each linking to its page', async () => {
    server.use(shellHandler([acme]), tenantOverviewHandler(acme, busyDay));
    await renderApp('/t/tenant-acme');

    const deliveries = await screen.findByRole('region', { name: 'Deliveries' });
    expect(within(deliveries).getByText('1,234')).toBeInTheDocument();
    expect(within(deliveries).getByText('Up 40% on the 7 days before')).toBeInTheDocument();
    expect(within(deliveries).getByText('No change on the 30 days before')).toBeInTheDocument();
    expect(within(card('Opens')).getByText('Down 5% on the 7 days before')).toBeInTheDocument();
    expect(within(card('Opens')).getByText('No earlier figure to compare')).toBeInTheDocument();
    expect(within(card('Reach')).getByText('< 5')).toBeInTheDocument();
    expect(within(deliveries).getByRole('link', { name: 'Deliveries' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/campaigns',
    );

    const campaigns = card('Active campaigns');
    expect(within(campaigns).getByText('3')).toBeInTheDocument();
    expect(within(campaigns).getByRole('link', { name: 'Active campaigns' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/campaigns?status=ACTIVE',
    );
    expect(within(campaigns).getByRole('link', { name: 'Ends soon' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/campaigns/c-soon',
    );

    const optIns = card('Opt-ins');
    expect(within(optIns).getByText('Of 9 end users', { exact: false })).toBeInTheDocument();
    expect(within(optIns).getByText('55.6% (5)')).toBeInTheDocument();
    expect(within(optIns).getByText('66.7% (6)')).toBeInTheDocument();
    expect(within(optIns).getByText('< 5')).toBeInTheDocument();
    expect(within(optIns).getByRole('link', { name: 'Opt-ins' })).toHaveAttribute('href', '/t/tenant-acme/end-users');

    const privacy = card('Open privacy requests');
    expect(within(privacy).getByText('2')).toBeInTheDocument();
    const due = within(privacy).getByText('3 days left');
    expect(due.closest('[data-urgency]')).toHaveAttribute('data-urgency', 'urgent');
    expect(within(privacy).getByRole('link', { name: 'Due first' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/privacy/pr-1',
    );
    expect(within(privacy).getByRole('link', { name: 'Open privacy requests' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/privacy',
    );

    const places = card('Places');
    expect(within(places).getByText('4')).toBeInTheDocument();
    expect(within(places).getByText('3 geofences and 1 beacon')).toBeInTheDocument();
    expect(within(places).getByRole('link', { name: 'Places' })).toHaveAttribute('href', '/t/tenant-acme/places');
    expect(screen.queryByText('Nothing to count yet')).not.toBeInTheDocument();
  });

  it('shows a marketer no privacy requests and no link to end-user profiles', async () => {
    server.use(shellHandler([acme]), tenantOverviewHandler(acme, { ...busyDay, privacy: null }, 'MARKETER'));
    await renderApp('/t/tenant-acme');

    const optIns = await screen.findByRole('region', { name: 'Opt-ins' });
    expect(within(optIns).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Open privacy requests' })).not.toBeInTheDocument();
  });

  it('gives a brand-new tenant its first steps instead of a wall of zeros', async () => {
    server.use(shellHandler([acme]), tenantOverviewHandler(acme));
    await renderApp('/t/tenant-acme');

    const start = await screen.findByRole('region', { name: 'Nothing to count yet' });
    expect(within(start).getByRole('link', { name: 'Add a place' })).toHaveAttribute('href', '/t/tenant-acme/places');
    expect(within(start).getByRole('link', { name: 'Create a campaign' })).toHaveAttribute(
      'href',
      '/t/tenant-acme/campaigns/new',
    );
    expect(within(card('Open privacy requests')).getByText('Nothing waiting for an answer.')).toBeInTheDocument();
    expect(within(card('Active campaigns')).getByText('No campaign is running.')).toBeInTheDocument();
  });

  it('says when the figures could not be loaded, and loads them on a second try', async () => {
    let calls = 0;
    server.use(
      shellHandler([acme]),
      graphql.query<TenantOverviewQuery, TenantOverviewQueryVariables>('TenantOverview', () => {
        calls += 1;
        return calls === 1 ? graphqlError('INTERNAL_SERVER_ERROR', 'database unavailable') : undefined;
      }),
      tenantOverviewHandler(acme, busyDay),
    );
    const { user } = await renderApp('/t/tenant-acme');

    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Deliveries' })).toBeInTheDocument();
  });

  it('shows that it is loading until the figures arrive', async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      shellHandler([acme]),
      graphql.query<TenantOverviewQuery, TenantOverviewQueryVariables>('TenantOverview', async () => {
        await answered;
        return undefined;
      }),
      tenantOverviewHandler(acme, busyDay),
    );
    await renderApp('/t/tenant-acme');

    expect(await screen.findByText('Loading tenant…')).toBeInTheDocument();
    answer();
    expect(await screen.findByRole('region', { name: 'Deliveries' })).toBeInTheDocument();
  });
});
