import type {
  RetentionSettingsQuery,
  RetentionSettingsQueryVariables,
  Role,
  SettingsPageQuery,
  SettingsPageQueryVariables,
  UpdateTenantSettingsMutation,
  UpdateTenantSettingsMutationVariables,
} from '@vicinity/schema/graphql';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { acme, shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const page = '/t/tenant-acme/settings';

function settingsHandler(myRole: Role, minimumAge: number) {
  return graphql.query<SettingsPageQuery, SettingsPageQueryVariables>('SettingsPage', () =>
    HttpResponse.json({
      data: {
        tenant: {
          ...acme,
          myRole,
          minimumAge,
          requireMarketingConsent: true,
          policyVersion: '3',
          timezone: 'Europe/Paris',
        },
      },
    }),
  );
}

function retentionHandler() {
  return graphql.query<RetentionSettingsQuery, RetentionSettingsQueryVariables>('RetentionSettings', () =>
    HttpResponse.json({
      data: {
        retentionSettings: {
          __typename: 'RetentionSettings',
          eventRetentionDays: 395,
          inactiveEndUserDays: 730,
          lastPurgeAt: '2025-03-01T03:00:00.000Z',
          lastPurgeCounts: [{ __typename: 'ErasedCount', kind: 'EngagementEvent', count: 42 }],
        },
      },
    }),
  );
}

describe('settings page', { timeout: 20_000 }, () => {
  it('refuses a minimum age below 13 or below the current one, and saves a raise', async () => {
    const sent: UpdateTenantSettingsMutationVariables['input'][] = [];
    server.use(
      shellHandler(),
      settingsHandler('OWNER', 16),
      retentionHandler(),
      graphql.mutation<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>(
        'UpdateTenantSettings',
        ({ variables }) => {
          sent.push(variables.input);
          return HttpResponse.json({
            data: {
              updateTenantSettings: {
                __typename: 'Tenant',
                id: 'tenant-acme',
                minimumAge: variables.input.minimumAge ?? 16,
                requireMarketingConsent: true,
                policyVersion: '3',
                timezone: 'Europe/Paris',
              },
            },
          });
        },
      ),
    );
    const { user } = renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    await user.clear(minimumAge);
    await user.type(minimumAge, '12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('The minimum age can only be raised: 16 or more')).toBeInTheDocument();

    await user.clear(minimumAge);
    await user.type(minimumAge, '14');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('The minimum age can only be raised: 16 or more')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(minimumAge);
    await user.type(minimumAge, '18');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(sent).toEqual([{ tenantId: 'tenant-acme', minimumAge: 18 }]);
  });

  it('never accepts an age under 13, even when the tenant is at the floor', async () => {
    const sent: unknown[] = [];
    server.use(
      shellHandler(),
      settingsHandler('OWNER', 13),
      retentionHandler(),
      graphql.mutation<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>(
        'UpdateTenantSettings',
        ({ variables }) => {
          sent.push(variables.input);
          return HttpResponse.json({ data: null });
        },
      ),
    );
    const { user } = renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    await user.clear(minimumAge);
    await user.type(minimumAge, '12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getByText('Never below 13')).toBeInTheDocument();
    expect(minimumAge).toBeInvalid();
    expect(sent).toEqual([]);
  });

  it('shows the retention defaults, the last purge and its counts', async () => {
    server.use(shellHandler(), settingsHandler('PRIVACY_OFFICER', 13), retentionHandler());
    renderApp(page);

    expect(await screen.findByRole('textbox', { name: 'Keep engagement events for' })).toHaveValue('395 days');
    expect(screen.getByText(/Default: 395 days/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Last purge' })).toHaveTextContent('Engagement event42');
    expect(screen.getByRole('button', { name: 'Run purge now' })).toBeInTheDocument();
    expect(screen.getByText('Only owners can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });

  it('shows a marketer the settings read-only and no retention controls', async () => {
    server.use(shellHandler(), settingsHandler('MARKETER', 16));
    renderApp(page);

    expect(await screen.findByText('16 years')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Minimum age' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only owners and privacy officers can see and change how long data is kept/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run purge now' })).not.toBeInTheDocument();
  });
});
