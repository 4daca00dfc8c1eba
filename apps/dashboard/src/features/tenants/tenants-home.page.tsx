import { useQuery } from '@apollo/client/react';
import { EmptyState, IconBuilding, LoadingState, Paper } from '@vicinity/ui';
import { Navigate } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { CreateTenantForm } from './create-tenant.form';
import { TenantsHomeQuery } from './tenants.operations';

export function TenantsHomePage() {
  const { data, error, refetch } = useQuery(TenantsHomeQuery);

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading tenants…" />;

  const [firstTenant] = data.tenants;
  if (firstTenant) return <Navigate to={`/t/${firstTenant.id}`} replace />;

  return (
    <Paper withBorder p="lg" radius="lg">
      <EmptyState
        icon={<IconBuilding aria-hidden />}
        title="Create your first tenant"
        description="A tenant is one business: its places, campaigns, end users and API keys live inside it."
      />
      <CreateTenantForm />
    </Paper>
  );
}
