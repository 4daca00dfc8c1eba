import type {
  CampaignStatsQueryVariables,
  CampaignStatus,
  SetCampaignStatusInput,
  SetCampaignStatusMutation,
  SetCampaignStatusMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { campaign, detailHandler, statsHandler, statsPoint } from './campaign.fixtures';

const page = '/t/tenant-acme/campaigns/c1';
const noEngagement = statsPoint('2025-04-01T00:00:00.000Z', { delivered: 0, opened: 0, clicked: 0, reach: 0 });

function statusHandler(sent: SetCampaignStatusInput[], onSet: (status: CampaignStatus) => void = () => undefined) {
  return graphql.mutation<SetCampaignStatusMutation, SetCampaignStatusMutationVariables>(
    'SetCampaignStatus',
    ({ variables }) => {
      sent.push(variables.input);
      onSet(variables.input.status);
      return HttpResponse.json({
        data: {
          setCampaignStatus: {
            __typename: 'Campaign',
            id: String(variables.input.campaignId),
            status: variables.input.status,
            updatedAt: '2025-04-03T10:00:00.000Z',
          },
        },
      });
    },
  );
}

async function actionsToolbar() {
  return within(await screen.findByRole('toolbar', { name: 'Campaign actions' }));
}

describe('campaign detail page', () => {
  it.each([
    ['DRAFT', ['Activate', 'Edit'], ['Pause', 'Resume', 'End']],
    ['ACTIVE', ['Pause', 'End'], ['Activate', 'Resume', 'Edit']],
    ['PAUSED', ['Resume', 'End', 'Edit'], ['Activate', 'Pause']],
    ['ENDED', [], ['Activate', 'Pause', 'Resume', 'End', 'Edit']],
  ] as const)('offers a %s campaign only its legal moves', async (status, offered, withheld) => {
    server.use(
      shellHandler(),
      detailHandler('MARKETER', () => campaign('c1', 'Morning coffee', { status })),
      statsHandler([], noEngagement),
    );
    await renderApp(page);

    const toolbar = await actionsToolbar();
    for (const label of offered) expect(toolbar.getByRole('button', { name: label })).toBeInTheDocument();
    for (const label of withheld) expect(toolbar.queryByRole('button', { name: label })).not.toBeInTheDocument();
    expect(toolbar.getByRole('button', { name: 'Duplicate' })).toBeInTheDocument();
  });

  it('asks for confirmation before activating, and activates only once confirmed', async () => {
    let current = campaign('c1', 'Morning coffee');
    const sent: SetCampaignStatusInput[] = [];
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => current),
      statsHandler([], noEngagement),
      statusHandler(sent, (status) => {
        current = { ...current, status };
      }),
    );
    const { user } = await renderApp(page);

    const toolbar = await actionsToolbar();
    await user.click(toolbar.getByRole('button', { name: 'Activate' }));
    const dialog = screen.getByRole('dialog', { name: 'Activate campaign?' });
    expect(dialog).toHaveTextContent('“Morning coffee” starts reaching people at its places');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(toolbar.getByRole('button', { name: 'Activate' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Activate campaign' }));

    expect(await toolbar.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(sent).toEqual([{ campaignId: 'c1', status: 'ACTIVE' }]);
    expect(screen.getByRole('heading', { level: 1 }).parentElement).toHaveTextContent('Active');
    expect(toolbar.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
  });

  it('asks before ending a paused campaign and sends ENDED', async () => {
    const sent: SetCampaignStatusInput[] = [];
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => campaign('c1', 'Morning coffee', { status: 'PAUSED' })),
      statsHandler([], noEngagement),
      statusHandler(sent),
    );
    const { user } = await renderApp(page);

    await user.click((await actionsToolbar()).getByRole('button', { name: 'End' }));
    const dialog = screen.getByRole('dialog', { name: 'End campaign?' });
    expect(dialog).toHaveTextContent('cannot be restarted');
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'End campaign' }));

    expect(await screen.findByText('Status changed')).toBeInTheDocument();
    expect(sent).toEqual([{ campaignId: 'c1', status: 'ENDED' }]);
  });

  it("shows the server's reason when it refuses the activation, and the campaign stays a draft", async () => {
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => campaign('c1', 'Morning coffee', { geofences: [] })),
      statsHandler([], noEngagement),
      graphql.mutation<SetCampaignStatusMutation, SetCampaignStatusMutationVariables>('SetCampaignStatus', () =>
        graphqlError('BAD_USER_INPUT', 'status: a campaign without targets cannot be activated', 'status'),
      ),
    );
    const { user } = await renderApp(page);

    const toolbar = await actionsToolbar();
    await user.click(toolbar.getByRole('button', { name: 'Activate' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Activate campaign' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('A campaign without targets cannot be activated');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toolbar.getByRole('button', { name: 'Activate' })).toBeInTheDocument();
  });

  it('shows an analyst the campaign and its numbers without any action', async () => {
    server.use(
      shellHandler(),
      detailHandler('ANALYST', () => campaign('c1', 'Morning coffee')),
      statsHandler([], noEngagement),
    );
    await renderApp(page);

    expect(await screen.findByRole('heading', { name: 'Morning coffee' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Delivered' })).toHaveTextContent('0');
    expect(screen.queryByRole('toolbar', { name: 'Campaign actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
  });

  it('shows "< 5" exactly as the API words it, never as a number', async () => {
    const small = statsPoint('2025-04-01T00:00:00.000Z', { delivered: 12, opened: null, clicked: null, reach: null });
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => campaign('c1', 'Morning coffee', { status: 'ACTIVE' })),
      statsHandler([small], small),
    );
    await renderApp(page);

    expect(await screen.findByRole('group', { name: 'Opened' })).toHaveTextContent(/^Opened< 5$/);
    expect(screen.getByRole('group', { name: 'Clicked' })).toHaveTextContent(/^Clicked< 5$/);
    expect(screen.getByRole('group', { name: 'Unique reach' })).toHaveTextContent(/^Unique reach< 5$/);
    expect(screen.getByRole('group', { name: 'Delivered' })).toHaveTextContent(/^Delivered12$/);
    expect(screen.getByRole('group', { name: 'Open rate' })).toHaveTextContent('—');
    expect(screen.queryByText('No engagement in this period')).not.toBeInTheDocument();
  });

  it('says so when the period has no engagement, though the API sends a zero point per bucket', async () => {
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => campaign('c1', 'Morning coffee', { status: 'ACTIVE' })),
      statsHandler([noEngagement, noEngagement], noEngagement),
    );
    await renderApp(page);

    expect(await screen.findByText('No engagement in this period')).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Engagement over time' })).not.toBeInTheDocument();
  });

  it('asks for the last seven days per day, then per hour when the bucket changes', async () => {
    const requests: CampaignStatsQueryVariables[] = [];
    server.use(
      shellHandler(),
      detailHandler('OWNER', () => campaign('c1', 'Morning coffee', { status: 'ACTIVE' })),
      statsHandler([], noEngagement, (variables) => requests.push(variables)),
    );
    const { user } = await renderApp(page);

    await screen.findByText('No engagement in this period');
    const [first] = requests;
    expect(first).toMatchObject({ campaignId: 'c1', bucket: 'DAY' });
    const days = (Date.parse(String(first?.to)) - Date.parse(String(first?.from))) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    expect(Date.parse(String(first?.to))).toBeGreaterThan(Date.now());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Per' }), 'HOUR');
    await screen.findByText('No engagement in this period');
    expect(requests.at(-1)).toMatchObject({ campaignId: 'c1', bucket: 'HOUR', from: first?.from, to: first?.to });
  });
});
