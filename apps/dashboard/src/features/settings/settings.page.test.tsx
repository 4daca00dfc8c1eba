import type {
  MinimumAgeImpactQuery,
  MinimumAgeImpactQueryVariables,
  RetentionSettingsQuery,
  RetentionSettingsQueryVariables,
  Role,
  SettingsPageQuery,
  SettingsPageQueryVariables,
  UpdateTenantSettingsMutation,
  UpdateTenantSettingsMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
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
  /** The answers to MinimumAgeImpact and UpdateTenantSettings, and what the page sent them. */
  function settingsApi(erasedUnder: Record<number, number>) {
    const asked: number[] = [];
    const sent: UpdateTenantSettingsMutationVariables['input'][] = [];
    const handlers = [
      graphql.query<MinimumAgeImpactQuery, MinimumAgeImpactQueryVariables>('MinimumAgeImpact', ({ variables }) => {
        asked.push(variables.minimumAge);
        return HttpResponse.json({ data: { minimumAgeImpact: erasedUnder[variables.minimumAge] ?? 0 } });
      }),
      graphql.mutation<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>(
        'UpdateTenantSettings',
        ({ variables }) => {
          sent.push(variables.input);
          return HttpResponse.json({
            data: {
              updateTenantSettings: {
                __typename: 'Tenant',
                id: 'tenant-acme',
                minimumAge: variables.input.minimumAge ?? 13,
                requireMarketingConsent: true,
                policyVersion: '3',
                timezone: 'Europe/Paris',
              },
            },
          });
        },
      ),
    ];
    return { asked, sent, handlers };
  }

  it('says how many end users a raise erases and saves it only once confirmed', async () => {
    const api = settingsApi({ 16: 7 });
    server.use(shellHandler(), settingsHandler('OWNER', 13), retentionHandler(), ...api.handlers);
    const { user } = await renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    await user.clear(minimumAge);
    await user.type(minimumAge, '16');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const dialog = await screen.findByRole('dialog', { name: 'Raise the minimum age to 16?' });
    expect(dialog).toHaveTextContent('7 end users under 16 will be erased now');
    expect(api.asked).toEqual([16]);
    expect(api.sent).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Erase 7 end users and raise' }));

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(api.sent).toEqual([{ tenantId: 'tenant-acme', minimumAge: 16 }]);
  });

  it('sends nothing when the raise is cancelled, and says so when it erases nobody', async () => {
    const api = settingsApi({});
    server.use(shellHandler(), settingsHandler('OWNER', 13), retentionHandler(), ...api.handlers);
    const { user } = await renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    await user.clear(minimumAge);
    await user.type(minimumAge, '18');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const dialog = await screen.findByRole('dialog', { name: 'Raise the minimum age to 18?' });
    expect(dialog).toHaveTextContent('No stored end user is under 18: nobody is erased.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.sent).toEqual([]);
  });

  it('lowers the minimum age without asking: lowering erases nobody', async () => {
    const api = settingsApi({});
    server.use(shellHandler(), settingsHandler('OWNER', 16), retentionHandler(), ...api.handlers);
    const { user } = await renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    await user.clear(minimumAge);
    await user.type(minimumAge, '14');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(api.sent).toEqual([{ tenantId: 'tenant-acme', minimumAge: 14 }]);
    expect(api.asked).toEqual([]);
  });

  it('refuses a minimum age under 13 or over 21 before asking or sending anything', async () => {
    const api = settingsApi({});
    server.use(shellHandler(), settingsHandler('OWNER', 13), retentionHandler(), ...api.handlers);
    const { user } = await renderApp(page);

    const minimumAge = await screen.findByRole('textbox', { name: 'Minimum age' });
    for (const age of ['12', '22']) {
      await user.clear(minimumAge);
      await user.type(minimumAge, age);
      await user.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(screen.getByText('From 13 to 21 years')).toBeInTheDocument();
      expect(minimumAge).toBeInvalid();
    }
    expect(api.asked).toEqual([]);
    expect(api.sent).toEqual([]);
  });

  it('shows the retention defaults, the last purge and its counts', async () => {
    server.use(shellHandler(), settingsHandler('PRIVACY_OFFICER', 13), retentionHandler());
    await renderApp(page);

    expect(await screen.findByRole('textbox', { name: 'Keep engagement events for' })).toHaveValue('395 days');
    expect(screen.getByText(/Default: 395 days/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Last purge' })).toHaveTextContent('Engagement event42');
    expect(screen.getByRole('button', { name: 'Run purge now' })).toBeInTheDocument();
    expect(screen.getByText('Only owners can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });

  it('shows a marketer the settings read-only and no retention controls', async () => {
    server.use(shellHandler(), settingsHandler('MARKETER', 16));
    await renderApp(page);

    expect(await screen.findByText('16 years')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Minimum age' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only owners and privacy officers can see and change how long data is kept/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run purge now' })).not.toBeInTheDocument();
  });
});
