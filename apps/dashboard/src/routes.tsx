import type { RouteObject } from 'react-router';
import { ApiKeysPage } from './features/api-keys/api-keys.page';
import { AuditLogPage } from './features/audit/audit-log.page';
import { LogInPage } from './features/auth/log-in.page';
import { RequireAuth } from './features/auth/require-auth';
import { SignUpPage } from './features/auth/sign-up.page';
import { CampaignDetailPage } from './features/campaigns/campaign-detail.page';
import { EditCampaignPage, NewCampaignPage } from './features/campaigns/campaign-editor.page';
import { CampaignsPage } from './features/campaigns/campaigns.page';
import { EndUserPage } from './features/end-users/end-user.page';
import { EndUsersPage } from './features/end-users/end-users.page';
import { MembersPage } from './features/members/members.page';
import { BeaconsPage } from './features/places/beacons.page';
import { PlacesPage } from './features/places/places.page';
import { PrivacyCenterPage } from './features/privacy/privacy-center.page';
import { PrivacyRequestPage } from './features/privacy/privacy-request.page';
import { SettingsPage } from './features/settings/settings.page';
import { DashboardShell } from './features/shell/dashboard-shell';
import { NotFoundPage } from './features/shell/not-found.page';
import { CreateTenantPage } from './features/tenants/create-tenant.page';
import { TenantOverviewPage } from './features/tenants/tenant-overview.page';
import { TenantsHomePage } from './features/tenants/tenants-home.page';

export const routes: RouteObject[] = [
  { path: '/login', element: <LogInPage /> },
  { path: '/signup', element: <SignUpPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <DashboardShell />,
        children: [
          { index: true, element: <TenantsHomePage /> },
          { path: 'tenants/new', element: <CreateTenantPage /> },
          { path: 't/:tenantId', element: <TenantOverviewPage /> },
          { path: 't/:tenantId/places', element: <PlacesPage /> },
          { path: 't/:tenantId/places/beacons', element: <BeaconsPage /> },
          { path: 't/:tenantId/members', element: <MembersPage /> },
          { path: 't/:tenantId/api-keys', element: <ApiKeysPage /> },
          { path: 't/:tenantId/campaigns', element: <CampaignsPage /> },
          { path: 't/:tenantId/campaigns/new', element: <NewCampaignPage /> },
          { path: 't/:tenantId/campaigns/:id', element: <CampaignDetailPage /> },
          { path: 't/:tenantId/campaigns/:id/edit', element: <EditCampaignPage /> },
          { path: 't/:tenantId/privacy', element: <PrivacyCenterPage /> },
          { path: 't/:tenantId/privacy/:requestId', element: <PrivacyRequestPage /> },
          { path: 't/:tenantId/end-users', element: <EndUsersPage /> },
          { path: 't/:tenantId/end-users/:endUserId', element: <EndUserPage /> },
          { path: 't/:tenantId/settings', element: <SettingsPage /> },
          { path: 't/:tenantId/audit', element: <AuditLogPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
