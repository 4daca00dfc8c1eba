import { useQuery } from '@apollo/client/react';
import { Alert, LoadingState, Paper, Stack, Text, Title } from '@vicinity/ui';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../shared/query-error-state';
import { canHandlePrivacy } from '../privacy/privacy-access';
import { RetentionSection } from './retention-section';
import { SettingsPageQuery } from './settings.operations';
import { TenantSettingsFacts } from './tenant-settings-facts';
import { TenantSettingsForm } from './tenant-settings.form';

export function SettingsPage() {
  const { tenantId = '' } = useParams();
  const { data, error, refetch } = useQuery(SettingsPageQuery, { variables: { tenantId } });

  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading settings…" />;

  const { tenant } = data;
  const isOwner = tenant.myRole === 'OWNER';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Settings
        </Title>
        <Text c="dimmed">How {tenant.name} processes end users&apos; data.</Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            Processing
          </Title>
          {isOwner ? (
            <TenantSettingsForm key={tenant.id} tenantId={tenantId} tenant={tenant} />
          ) : (
            <>
              <Text size="sm" c="dimmed">
                Only owners can change these settings.
              </Text>
              <TenantSettingsFacts tenant={tenant} />
            </>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            Retention
          </Title>
          {canHandlePrivacy(tenant.myRole) ? (
            <RetentionSection key={tenantId} tenantId={tenantId} />
          ) : (
            <Alert color="gray" title="Not for your role">
              Only owners and privacy officers can see and change how long data is kept.
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
