import type {
  CreateWebhookEndpointMutation,
  CreateWebhookEndpointMutationVariables,
  DeleteWebhookEndpointMutation,
  DeleteWebhookEndpointMutationVariables,
  PauseWebhookEndpointMutation,
  PauseWebhookEndpointMutationVariables,
  RotateWebhookSecretMutation,
  RotateWebhookSecretMutationVariables,
  SendTestWebhookMutation,
  SendTestWebhookMutationVariables,
  WebhookDelivery_DeliveryFragment,
  WebhookEndpoint_EndpointFragment,
  WebhooksPageQuery,
  WebhooksPageQueryVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { webhookDeliveriesHandler, webhookDelivery, webhookEndpoint, webhooksPageHandler } from './webhooks.fixtures';

const page = '/t/tenant-acme/webhooks';

function endpointSection(url: string) {
  return screen.getByRole('region', { name: url });
}

describe('Webhooks page', () => {
  it('checks the URL and events before sending, then shows the server’s field error', async () => {
    let attempts = 0;
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => []),
      graphql.mutation<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>(
        'CreateWebhookEndpoint',
        () => {
          attempts += 1;
          return graphqlError('BAD_USER_INPUT', 'url: must not point to a private network', 'url');
        },
      ),
    );
    const { user } = await renderApp(page);

    expect(await screen.findByText('No webhook endpoints yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Endpoint URL'), 'http://crm.example.com/hooks');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect(screen.getByLabelText('Endpoint URL')).toHaveAccessibleDescription(
      expect.stringContaining('Use an https:// URL (http:// only for localhost while developing)'),
    );
    expect(screen.getByText('Choose at least one event')).toBeInTheDocument();
    expect(attempts).toBe(0);

    await user.clear(screen.getByLabelText('Endpoint URL'));
    await user.type(screen.getByLabelText('Endpoint URL'), 'https://10.0.0.1/hooks');
    await user.click(screen.getByRole('checkbox', { name: /Place changed/ }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    expect(await screen.findByText('Must not point to a private network')).toBeInTheDocument();
    expect(attempts).toBe(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the signing secret once, with a copy button and how to verify it, then lists the endpoint', async () => {
    const endpoints: WebhookEndpoint_EndpointFragment[] = [];
    let sent: CreateWebhookEndpointMutationVariables['input'] | undefined;
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => endpoints),
      graphql.mutation<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>(
        'CreateWebhookEndpoint',
        ({ variables }) => {
          sent = variables.input;
          const created = webhookEndpoint('w1', {
            url: variables.input.url,
            events: [...variables.input.events],
            description: variables.input.description ?? null,
          });
          endpoints.unshift(created);
          return HttpResponse.json({
            data: {
              createWebhookEndpoint: {
                __typename: 'CreateWebhookEndpointPayload',
                secret: 'whsec_s3cr3t',
                endpoint: created,
              },
            },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    await user.type(await screen.findByLabelText('Endpoint URL'), 'http://localhost:4000/hook');
    const events = screen.getByRole('group', { name: 'Events to send' });
    await user.click(within(events).getByRole('checkbox', { name: /Campaign status changed/ }));
    await user.click(within(events).getByRole('checkbox', { name: /End user erased/ }));
    await user.type(screen.getByLabelText('Description (optional)'), 'Our CRM');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    const dialog = await screen.findByRole('dialog', { name: 'Endpoint created' });
    expect(sent).toEqual({
      tenantId: 'tenant-acme',
      url: 'http://localhost:4000/hook',
      events: ['CAMPAIGN_STATUS_CHANGED', 'END_USER_ERASED'],
      description: 'Our CRM',
    });
    expect(within(dialog).getByLabelText('Signing secret')).toHaveValue('whsec_s3cr3t');
    expect(dialog).toHaveTextContent('You won’t see this secret again.'.replace('’', "'"));
    expect(dialog).toHaveTextContent('Vicinity-Signature: t=…,v1=…');
    expect(dialog).toHaveTextContent('<t>.<raw body>');
    expect(dialog).toHaveTextContent('section “Webhooks and engagement export”');

    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    expect(await navigator.clipboard.readText()).toBe('whsec_s3cr3t');

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('whsec_s3cr3t')).not.toBeInTheDocument();
    expect(screen.queryByText('whsec_s3cr3t')).not.toBeInTheDocument();
    const section = endpointSection('http://localhost:4000/hook');
    expect(within(section).getByText('Active')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Events sent' })).toHaveTextContent(
      'Campaign status changedEnd user erased',
    );
    expect(within(section).getByText('Our CRM')).toBeInTheDocument();
    expect(screen.getByLabelText('Endpoint URL')).toHaveValue('');
  });

  it('lets a marketer read endpoints and their log, and change nothing', async () => {
    server.use(
      shellHandler(),
      webhooksPageHandler('MARKETER', () => [
        webhookEndpoint('w1', {
          active: false,
          pausedReason: 'Paused after 20 failed deliveries in a row; the last: HTTP 500',
          failureStreak: 20,
        }),
      ]),
      webhookDeliveriesHandler(() => [
        webhookDelivery('d1', { status: 'DEAD', attempts: 12, lastStatusCode: 500, lastError: 'HTTP 500' }),
      ]),
    );
    const { user } = await renderApp(page);

    const section = await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' });
    expect(within(section).getByText('Paused')).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Paused after 20 failed deliveries in a row; the last: HTTP 500. Events are kept until it is resumed.',
    );
    expect(screen.getByText(/Only owners can add or change endpoints/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a webhook endpoint' })).not.toBeInTheDocument();
    for (const name of ['Send test event', 'Resume', 'Pause', 'Rotate secret', 'Delete']) {
      expect(within(section).queryByRole('button', { name })).not.toBeInTheDocument();
    }

    await user.click(within(section).getByRole('button', { name: 'Show delivery log' }));
    const log = await within(section).findByRole('table', { name: 'Deliveries to https://crm.example.com/hooks/w1' });
    expect(within(log).getByText('Dead (gave up)')).toBeInTheDocument();
    expect(within(log).queryByRole('button', { name: /Replay/ })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Replay failed' })).not.toBeInTheDocument();
  });

  it('tells an analyst that only owners and marketers see webhooks', async () => {
    server.use(
      shellHandler(),
      graphql.query<WebhooksPageQuery, WebhooksPageQueryVariables>('WebhooksPage', () =>
        graphqlError('FORBIDDEN', 'not allowed'),
      ),
    );
    await renderApp(page);

    expect(
      await screen.findByText('Only owners and marketers of this tenant can see its webhooks.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers a retry when loading fails, and loads on retry', async () => {
    let attempts = 0;
    server.use(
      shellHandler(),
      graphql.query<WebhooksPageQuery, WebhooksPageQueryVariables>('WebhooksPage', () => {
        attempts += 1;
        if (attempts === 1) return graphqlError('INTERNAL_SERVER_ERROR', 'Unexpected error');
        return HttpResponse.json({
          data: {
            tenant: { __typename: 'Tenant', id: 'tenant-acme', myRole: 'OWNER' },
            webhookEndpoints: [webhookEndpoint('w1')],
          },
        });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' })).toBeInTheDocument();
  });

  it('sends a test event and opens the log, where the new delivery shows', async () => {
    const deliveries: WebhookDelivery_DeliveryFragment[] = [];
    const tested: string[] = [];
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      webhookDeliveriesHandler(() => deliveries),
      graphql.mutation<SendTestWebhookMutation, SendTestWebhookMutationVariables>(
        'SendTestWebhook',
        ({ variables }) => {
          tested.push(String(variables.id));
          const queued = webhookDelivery('t1', {
            event: 'TEST',
            status: 'PENDING',
            attempts: 0,
            lastStatusCode: null,
            lastLatencyMs: null,
            lastAttemptAt: null,
            deliveredAt: null,
            nextAttemptAt: '2025-04-02T10:00:00.000Z',
          });
          deliveries.unshift(queued);
          return HttpResponse.json({ data: { sendTestWebhook: queued } });
        },
      ),
    );
    const { user } = await renderApp(page);

    const section = await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' });
    await user.click(within(section).getByRole('button', { name: 'Send test event' }));

    const log = await within(section).findByRole('table', { name: /Deliveries to/ });
    const row = await within(log).findByRole('row', { name: /Test event/ });
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(tested).toEqual(['w1']);
    expect(within(section).getByRole('button', { name: 'Hide delivery log' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('pauses an endpoint and shows who paused it', async () => {
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1')]),
      graphql.mutation<PauseWebhookEndpointMutation, PauseWebhookEndpointMutationVariables>(
        'PauseWebhookEndpoint',
        ({ variables }) =>
          HttpResponse.json({
            data: {
              pauseWebhookEndpoint: webhookEndpoint(String(variables.id), {
                active: false,
                pausedReason: 'Paused by a member of the team',
              }),
            },
          }),
      ),
    );
    const { user } = await renderApp(page);

    const section = await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' });
    await user.click(within(section).getByRole('button', { name: 'Pause' }));

    expect(await within(section).findByText('Paused')).toBeInTheDocument();
    expect(section).toHaveTextContent('Paused by a member of the team. Events are kept until it is resumed.');
    expect(within(section).getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('rotates the secret with the overlap chosen and shows the new secret once', async () => {
    let sent: RotateWebhookSecretMutationVariables['input'] | undefined;
    let endpoint = webhookEndpoint('w1');
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [endpoint]),
      graphql.mutation<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>(
        'RotateWebhookSecret',
        ({ variables }) => {
          sent = variables.input;
          endpoint = webhookEndpoint('w1', { previousSecretExpiresAt: '2099-01-01T00:00:00.000Z' });
          return HttpResponse.json({
            data: {
              rotateWebhookSecret: { __typename: 'RotateWebhookSecretPayload', secret: 'whsec_n3w', endpoint },
            },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    const section = await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' });
    await user.click(within(section).getByRole('button', { name: 'Rotate secret' }));
    const rotate = screen.getByRole('dialog', { name: 'Rotate signing secret?' });
    await user.clear(within(rotate).getByLabelText('Overlap (hours)'));
    await user.type(within(rotate).getByLabelText('Overlap (hours)'), '500');
    await user.click(within(rotate).getByRole('button', { name: 'Rotate secret' }));
    expect(within(rotate).getByLabelText('Overlap (hours)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a number of hours from 0 to 168'),
    );
    expect(sent).toBeUndefined();

    await user.clear(within(rotate).getByLabelText('Overlap (hours)'));
    await user.type(within(rotate).getByLabelText('Overlap (hours)'), '48');
    await user.click(within(rotate).getByRole('button', { name: 'Rotate secret' }));

    const shown = await screen.findByRole('dialog', { name: 'New signing secret' });
    expect(sent).toEqual({ id: 'w1', overlapHours: 48 });
    expect(within(shown).getByLabelText('Signing secret')).toHaveValue('whsec_n3w');
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByDisplayValue('whsec_n3w')).not.toBeInTheDocument();
    expect(await within(section).findByText(/The previous secret also signs until/)).toBeInTheDocument();
  });

  it('asks for confirmation before deleting an endpoint, then removes it', async () => {
    const deleted: string[] = [];
    server.use(
      shellHandler(),
      webhooksPageHandler('OWNER', () => [webhookEndpoint('w1'), webhookEndpoint('w2')]),
      graphql.mutation<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>(
        'DeleteWebhookEndpoint',
        ({ variables }) => {
          deleted.push(String(variables.id));
          return HttpResponse.json({
            data: { deleteWebhookEndpoint: { __typename: 'WebhookEndpoint', id: String(variables.id) } },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    const section = await screen.findByRole('region', { name: 'https://crm.example.com/hooks/w1' });
    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete endpoint?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete endpoint' }));

    await expect.poll(() => screen.queryByRole('region', { name: 'https://crm.example.com/hooks/w1' })).toBeNull();
    expect(deleted).toEqual(['w1']);
    expect(screen.getByRole('region', { name: 'https://crm.example.com/hooks/w2' })).toBeInTheDocument();
  });
});
