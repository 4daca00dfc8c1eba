import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, LoadingState, SimpleGrid, Stack, Text, Title } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { QueryErrorState } from '../../shared/query-error-state';
import { roleLabels } from '../../shared/roles';
import { TenantOverviewQuery } from './tenants.operations';

function Setting({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={600} mt={4}>
        {children}
      </Text>
    </Card>
  );
}

export function TenantOverviewPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(TenantOverviewQuery, { variables: { id: tenantId } });

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading tenant…" />;

  const { tenant } = data;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {tenant.name}
        </Title>
        <Group gap="xs">
          <Text c="dimmed">Created {formatDate(tenant.createdAt)}</Text>
          {tenant.myRole ? <Badge variant="light">You are {roleLabels[tenant.myRole].toLowerCase()}</Badge> : null}
        </Group>
      </Stack>
      <Title order={2} size="h4">
        Processing settings
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Setting label="Minimum age">{tenant.minimumAge} years</Setting>
        <Setting label="Timezone">{tenant.timezone}</Setting>
        <Setting label="Marketing consent required">{tenant.requireMarketingConsent ? 'Yes' : 'No'}</Setting>
        <Setting label="Privacy policy version">{tenant.policyVersion}</Setting>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        End users younger than the minimum age are never stored, targeted or counted.
      </Text>
    </Stack>
  );
}
