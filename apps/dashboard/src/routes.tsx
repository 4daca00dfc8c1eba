import type { RouteObject } from 'react-router';
import { ApiKeysPage } from './features/api-keys/api-keys.page';
import { LogInPage } from './features/auth/log-in.page';
import { RequireAuth } from './features/auth/require-auth';
import { SignUpPage } from './features/auth/sign-up.page';
import { MembersPage } from './features/members/members.page';
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
          { path: 't/:tenantId/members', element: <MembersPage /> },
          { path: 't/:tenantId/api-keys', element: <ApiKeysPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
