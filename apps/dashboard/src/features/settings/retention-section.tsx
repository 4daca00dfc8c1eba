import { useQuery } from '@apollo/client/react';
import { LoadingState, Stack } from '@vicinity/ui';
import { QueryErrorState } from '../../shared/query-error-state';
import { privacyForbiddenMessage } from '../privacy/privacy-access';
import { RetentionForm } from './retention.form';
import { RetentionPurge } from './retention-purge';
import { RetentionSettingsQuery } from './settings.operations';

export function RetentionSection({ tenantId }: { tenantId: string }) {
  const { data, error, refetch } = useQuery(RetentionSettingsQuery, { variables: { tenantId } });

  if (error) {
    return <QueryErrorState error={error} onRetry={() => void refetch()} forbiddenMessage={privacyForbiddenMessage} />;
  }
  if (!data) return <LoadingState label="Loading retention…" />;
  return (
    <Stack gap="lg">
      <RetentionForm tenantId={tenantId} retention={data.retentionSettings} />
      <RetentionPurge tenantId={tenantId} retention={data.retentionSettings} />
    </Stack>
  );
}
