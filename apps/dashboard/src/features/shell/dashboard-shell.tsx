import { useQuery } from '@apollo/client/react';
import { AppLayout, LoadingState, Text, UserMenu } from '@vicinity/ui';
import { Outlet, useMatch } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { useLogOut } from '../auth/use-log-out';
import { ExpiredSession } from './expired-session';
import { DashboardShellQuery } from './shell.operations';
import { ShellNavigation } from './shell-navigation';
import { TenantSwitcher } from './tenant-switcher';

export function DashboardShell() {
  const { data, error, refetch } = useQuery(DashboardShellQuery);
  const logOut = useLogOut();
  const tenantId = useMatch('/t/:tenantId/*')?.params.tenantId;

  if (data && !data.me) return <ExpiredSession />;

  return (
    <AppLayout
      brand={
        <Text fw={700} size="lg" c="teal">
          Vicinity
        </Text>
      }
      tenantSwitcher={data ? <TenantSwitcher tenants={data.tenants} currentTenantId={tenantId} /> : null}
      userMenu={data?.me ? <UserMenu name={data.me.name} email={data.me.email} onLogOut={logOut} /> : null}
      navigation={<ShellNavigation tenantId={tenantId} />}
    >
      {error ? (
        <QueryErrorState error={error} onRetry={() => void refetch()} />
      ) : data ? (
        <Outlet />
      ) : (
        <LoadingState label="Loading your workspace…" />
      )}
    </AppLayout>
  );
}
