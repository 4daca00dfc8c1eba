import type {
  ReplayFailedWebhookDeliveriesMutation,
  ReplayFailedWebhookDeliveriesMutationVariables,
  ReplayWebhookDeliveryMutation,
  ReplayWebhookDeliveryMutationVariables,
  WebhookDeliveriesQueryVariables,
  WebhookDelivery_DeliveryFragment,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { webhookDeliveriesHandler, webhookDelivery, webhookEndpoint, webhooksPageHandler } from './webhooks.fixtures';

const page = '/t/tenant-acme/webhooks';
const url = 'https://crm.example.com/hooks/w1';

async function openLog(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const section = await screen.findByRole('region', { name: url });
  await user.click(within(section).getByRole('button', { name: 'Show delivery log' }));
  return { section, log: await within(section).findByRole('table', { name: `Deliveries to ${url}` }) };
}

describe('an endpoint’s delivery log', () => {
  it('says each delivery’s status in words, with its attempts, HTTP status, latency, next retry and error', async () => {
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      webhookDeliveriesHandler(() => [
        webhookDelivery('d1', { event: 'END_USER_ERASED' }),
        webhookDelivery('d2', {
          event: 'PLACE_CHANGED',
          status: 'FAILED',
          attempts: 3,
          lastStatusCode: 503,
          lastLatencyMs: 1250,
          lastError: 'HTTP 503',
          nextAttemptAt: '2025-04-02T11:00:00.000Z',
          deliveredAt: null,
        }),
        webhookDelivery('d3', {
          event: 'CONSENT_CHANGED',
          status: 'DEAD',
          attempts: 12,
          lastStatusCode: null,
          lastLatencyMs: 10000,
          lastError: 'timed out after 10 s',
          deliveredAt: null,
        }),
      ]),
    );
    const { user } = await renderApp(page);
    const { log } = await openLog(user);

    const delivered = within(log).getByRole('row', { name: /End user erased/ });
    expect(delivered).toHaveTextContent(/Delivered.*1.*200.*42 ms/);
    const failed = within(log).getByRole('row', { name: /Place changed/ });
    expect(failed).toHaveTextContent(/Failed, retrying.*3.*503.*1,250 ms/);
    expect(failed).toHaveTextContent('HTTP 503');
    expect(failed).toHaveTextContent(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(
        new Date('2025-04-02T11:00:00.000Z'),
      ),
    );
    const dead = within(log).getByRole('row', { name: /Consent changed/ });
    expect(dead).toHaveTextContent(/Dead \(gave up\).*12.*—.*10,000 ms/);
    expect(dead).toHaveTextContent('timed out after 10 s');
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
  });

  it('filters by status and loads more with the connection’s cursor', async () => {
    const seen: WebhookDeliveriesQueryVariables[] = [];
    const deliveries: WebhookDelivery_DeliveryFragment[] = Array.from({ length: 25 }, (_, i) =>
      webhookDelivery(`d${i + 1}`, i % 5 === 0 ? { status: 'DEAD', lastStatusCode: 500 } : {}),
    );
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      webhookDeliveriesHandler(() => deliveries, seen),
    );
    const { user } = await renderApp(page);
    const { section, log } = await openLog(user);

    expect(within(log).getAllByRole('row')).toHaveLength(21);
    expect(within(section).getByText('Showing 20 of 25')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Load more' }));
    expect(await within(section).findByText('Showing 25 of 25')).toBeInTheDocument();
    expect(seen.at(-1)).toMatchObject({ endpointId: 'w1', after: 'd20', first: 20 });
    expect(within(section).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.selectOptions(within(section).getByLabelText('Status'), 'Dead (gave up)');
    expect(await within(section).findByText('Showing 5 of 5')).toBeInTheDocument();
    expect(seen.at(-1)).toMatchObject({ endpointId: 'w1', status: 'DEAD' });
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.every((row) => row.textContent?.includes('Dead (gave up)'))).toBe(true);
  });

  it('replays one delivery, and every failed delivery of the days chosen', async () => {
    const replayed: string[] = [];
    let period: ReplayFailedWebhookDeliveriesMutationVariables['input'] | undefined;
    let dead = webhookDelivery('d1', { status: 'DEAD', event: 'PLACE_CHANGED', lastStatusCode: 500 });
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      webhookDeliveriesHandler(() => [dead]),
      graphql.mutation<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>(
        'ReplayWebhookDelivery',
        ({ variables }) => {
          replayed.push(String(variables.id));
          dead = { ...dead, status: 'PENDING', attempts: 0, nextAttemptAt: '2025-04-02T12:00:00.000Z' };
          return HttpResponse.json({ data: { replayWebhookDelivery: dead } });
        },
      ),
      graphql.mutation<ReplayFailedWebhookDeliveriesMutation, ReplayFailedWebhookDeliveriesMutationVariables>(
        'ReplayFailedWebhookDeliveries',
        ({ variables }) => {
          period = variables.input;
          return HttpResponse.json({ data: { replayFailedWebhookDeliveries: 3 } });
        },
      ),
    );
    const { user } = await renderApp(page);
    const { section, log } = await openLog(user);

    await user.click(within(log).getByRole('button', { name: /^Replay place changed of / }));
    const row = within(log).getByRole('row', { name: /Place changed/ });
    expect(await within(row).findByText('Pending')).toBeInTheDocument();
    expect(replayed).toEqual(['d1']);
    expect(within(row).queryByRole('button', { name: /Replay/ })).not.toBeInTheDocument();

    const replayFailed = within(section).getByRole('form', { name: 'Replay failed deliveries' });
    await user.clear(within(replayFailed).getByLabelText('From'));
    await user.type(within(replayFailed).getByLabelText('From'), '2025-04-01');
    await user.clear(within(replayFailed).getByLabelText('To'));
    await user.type(within(replayFailed).getByLabelText('To'), '2025-04-03');
    await user.click(within(replayFailed).getByRole('button', { name: 'Replay failed' }));

    expect(await screen.findByText(`3 deliveries to ${url} will be sent again.`)).toBeInTheDocument();
    expect(period).toEqual({
      endpointId: 'w1',
      from: new Date(2025, 3, 1).toISOString(),
      to: new Date(2025, 3, 4).toISOString(),
    });
  });
  it('looks again while a delivery is pending, until the dispatcher has answered', async () => {
    let lookups = 0;
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      webhookDeliveriesHandler(() => {
        lookups += 1;
        return [
          lookups < 2
            ? webhookDelivery('d1', { status: 'PENDING', attempts: 0, lastStatusCode: null, lastLatencyMs: null })
            : webhookDelivery('d1'),
        ];
      }),
    );
    const { user } = await renderApp(page);
    const { log } = await openLog(user);

    const row = within(log).getByRole('row', { name: /Campaign status changed/ });
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(await within(row).findByText('Delivered')).toBeInTheDocument();
    expect(lookups).toBe(2);
  });
});
