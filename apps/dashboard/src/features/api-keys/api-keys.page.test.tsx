import type {
  ApiKeysPageQuery,
  ApiKeysPageQueryVariables,
  ApiKeysTable_ApiKeyFragment,
  CreateApiKeyMutation,
  CreateApiKeyMutationVariables,
  RevokeApiKeyMutation,
  RevokeApiKeyMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiKey, shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const page = '/t/tenant-acme/api-keys';

function apiKeysHandler(listKeys: () => ApiKeysTable_ApiKeyFragment[]) {
  return graphql.query<ApiKeysPageQuery, ApiKeysPageQueryVariables>('ApiKeysPage', () =>
    HttpResponse.json({ data: { apiKeys: listKeys() } }),
  );
}

describe('API keys page', () => {
  it('shows the new secret once, with a copy button, and lists the key', async () => {
    const keys: ApiKeysTable_ApiKeyFragment[] = [];
    let sent: CreateApiKeyMutationVariables['input'] | undefined;
    server.use(
      shellHandler(),
      apiKeysHandler(() => keys),
      graphql.mutation<CreateApiKeyMutation, CreateApiKeyMutationVariables>('CreateApiKey', ({ variables }) => {
        sent = variables.input;
        const created = apiKey('k1', variables.input.name);
        keys.unshift(created);
        return HttpResponse.json({
          data: { createApiKey: { __typename: 'CreateApiKeyPayload', key: 'vk_k1.s3cr3t-value', apiKey: created } },
        });
      }),
    );
    const { user } = await renderApp(page);

    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Key name'), 'iOS backend');
    await user.click(screen.getByRole('button', { name: 'Create API key' }));

    const dialog = await screen.findByRole('dialog', { name: 'API key created' });
    expect(sent).toEqual({ tenantId: 'tenant-acme', name: 'iOS backend', scopes: ['SDK'] });
    expect(within(dialog).getByLabelText('Secret key')).toHaveValue('vk_k1.s3cr3t-value');
    expect(dialog).toHaveTextContent('This key will not be shown again.');

    await user.click(within(dialog).getByRole('button', { name: 'Copy key' }));
    expect(await navigator.clipboard.readText()).toBe('vk_k1.s3cr3t-value');
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('vk_k1.s3cr3t-value')).not.toBeInTheDocument();
    const row = screen.getByRole('row', { name: /iOS backend/ });
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('asks for confirmation before revoking, then shows the key as revoked', async () => {
    const revoked: string[] = [];
    server.use(
      shellHandler(),
      apiKeysHandler(() => [apiKey('k1', 'Production')]),
      graphql.mutation<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>('RevokeApiKey', ({ variables }) => {
        revoked.push(String(variables.id));
        return HttpResponse.json({
          data: {
            revokeApiKey: { __typename: 'ApiKey', id: String(variables.id), revokedAt: '2025-04-01T09:00:00.000Z' },
          },
        });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Revoke Production' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke API key?' });
    expect(revoked).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(revoked).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke Production' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke key' }));

    const row = screen.getByRole('row', { name: /Production/ });
    expect(await within(row).findByText('Revoked')).toBeInTheDocument();
    expect(revoked).toEqual(['k1']);
    expect(within(row).queryByRole('button', { name: 'Revoke Production' })).not.toBeInTheDocument();
  });

  it('tells a non-owner that only owners manage keys, without a pointless retry', async () => {
    server.use(
      shellHandler(),
      graphql.query<ApiKeysPageQuery, ApiKeysPageQueryVariables>('ApiKeysPage', () =>
        graphqlError('FORBIDDEN', 'owners only'),
      ),
    );
    await renderApp(page);

    expect(await screen.findByText('Only owners of this tenant can see and manage its API keys.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create API key' })).not.toBeInTheDocument();
  });

  it('offers a retry when loading fails, and loads on retry', async () => {
    let attempts = 0;
    server.use(
      shellHandler(),
      graphql.query<ApiKeysPageQuery, ApiKeysPageQueryVariables>('ApiKeysPage', () => {
        attempts += 1;
        if (attempts === 1) return graphqlError('INTERNAL_SERVER_ERROR', 'Unexpected error');
        return HttpResponse.json({ data: { apiKeys: [apiKey('k1', 'Production')] } });
      }),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'API keys' })).toHaveTextContent('Production');
  });
});
