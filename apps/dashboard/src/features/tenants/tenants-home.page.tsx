import { useQuery } from '@apollo/client/react';
import { Group, IconBuilding, LoadingState, Paper, Stack, Text, Title } from '@vicinity/ui';
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
    <Stack gap="lg">
      <Group gap="sm" wrap="nowrap">
        <IconBuilding aria-hidden />
        <Title order={1} size="h2">
          Create your first tenant
        </Title>
      </Group>
      <Text c="dimmed">A tenant is one business: its places, campaigns, end users and API keys live inside it.</Text>
      <Paper withBorder p="lg" radius="lg">
        <CreateTenantForm />
      </Paper>
    </Stack>
  );
}
