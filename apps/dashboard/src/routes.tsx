import { LoadingState } from '@vicinity/ui';
import type { RouteObject } from 'react-router';
import { RequireAuth } from './features/auth/require-auth';

const FirstPageLoading = () => <LoadingState label="Loading…" />;

// Every page, and the shell, is its own chunk fetched on first visit: the first load carries only what every page needs.
export const routes: RouteObject[] = [
  {
    HydrateFallback: FirstPageLoading,
    children: [
      { path: '/login', lazy: async () => ({ Component: (await import('./features/auth/log-in.page')).LogInPage }) },
      { path: '/signup', lazy: async () => ({ Component: (await import('./features/auth/sign-up.page')).SignUpPage }) },
      {
        element: <RequireAuth />,
        children: [
          {
            lazy: async () => ({ Component: (await import('./features/shell/dashboard-shell')).DashboardShell }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./features/tenants/tenants-home.page')).TenantsHomePage,
                }),
              },
              {
                path: 'tenants/new',
                lazy: async () => ({
                  Component: (await import('./features/tenants/create-tenant.page')).CreateTenantPage,
                }),
              },
              {
                path: 't/:tenantId',
                lazy: async () => ({
                  Component: (await import('./features/tenants/tenant-overview.page')).TenantOverviewPage,
                }),
              },
              {
                path: 't/:tenantId/places',
                lazy: async () => ({ Component: (await import('./features/places/places.page')).PlacesPage }),
              },
              {
                path: 't/:tenantId/places/beacons',
                lazy: async () => ({ Component: (await import('./features/places/beacons.page')).BeaconsPage }),
              },
              {
                path: 't/:tenantId/members',
                lazy: async () => ({ Component: (await import('./features/members/members.page')).MembersPage }),
              },
              {
                path: 't/:tenantId/api-keys',
                lazy: async () => ({ Component: (await import('./features/api-keys/api-keys.page')).ApiKeysPage }),
              },
              {
                path: 't/:tenantId/webhooks',
                lazy: async () => ({ Component: (await import('./features/webhooks/webhooks.page')).WebhooksPage }),
              },
              {
                path: 't/:tenantId/campaigns',
                lazy: async () => ({ Component: (await import('./features/campaigns/campaigns.page')).CampaignsPage }),
              },
              {
                path: 't/:tenantId/campaigns/new',
                lazy: async () => ({
                  Component: (await import('./features/campaigns/campaign-editor.page')).NewCampaignPage,
                }),
              },
              {
                path: 't/:tenantId/campaigns/:id',
                lazy: async () => ({
                  Component: (await import('./features/campaigns/campaign-detail.page')).CampaignDetailPage,
                }),
              },
              {
                path: 't/:tenantId/campaigns/:id/edit',
                lazy: async () => ({
                  Component: (await import('./features/campaigns/campaign-editor.page')).EditCampaignPage,
                }),
              },
              {
                path: 't/:tenantId/privacy',
                lazy: async () => ({
                  Component: (await import('./features/privacy/privacy-center.page')).PrivacyCenterPage,
                }),
              },
              {
                path: 't/:tenantId/privacy/:requestId',
                lazy: async () => ({
                  Component: (await import('./features/privacy/privacy-request.page')).PrivacyRequestPage,
                }),
              },
              {
                path: 't/:tenantId/end-users',
                lazy: async () => ({ Component: (await import('./features/end-users/end-users.page')).EndUsersPage }),
              },
              {
                path: 't/:tenantId/end-users/:endUserId',
                lazy: async () => ({ Component: (await import('./features/end-users/end-user.page')).EndUserPage }),
              },
              {
                path: 't/:tenantId/settings',
                lazy: async () => ({ Component: (await import('./features/settings/settings.page')).SettingsPage }),
              },
              {
                path: 't/:tenantId/audit',
                lazy: async () => ({ Component: (await import('./features/audit/audit-log.page')).AuditLogPage }),
              },
              {
                path: '*',
                lazy: async () => ({ Component: (await import('./features/shell/not-found.page')).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
  },
];
