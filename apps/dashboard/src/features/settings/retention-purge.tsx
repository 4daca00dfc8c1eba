import { useMutation } from '@apollo/client/react';
import type { RetentionSection_RetentionSettingsFragment } from '@vicinity/schema/graphql';
import { Button, ConfirmDialog, Group, Stack, Text, toast } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import { ErasedCountsTable } from '../privacy/erased-counts-table';
import { formatDateTime } from '../privacy/format-date-time';
import { RunRetentionPurgeMutation } from './settings.operations';

export interface RetentionPurgeProps {
  tenantId: string;
  retention: RetentionSection_RetentionSettingsFragment;
}

export function RetentionPurge({ tenantId, retention }: RetentionPurgeProps) {
  const [confirming, setConfirming] = useState(false);
  const [runPurge, { loading }] = useMutation(RunRetentionPurgeMutation, { refetchQueries: ['RetentionSettings'] });

  async function handleConfirm() {
    try {
      const { data } = await runPurge({ variables: { tenantId } });
      const total = data?.runRetentionPurge.erased.reduce((sum, erased) => sum + erased.count, 0) ?? 0;
      toast.success(`${total.toLocaleString()} records past their retention period were deleted.`, 'Purge done');
    } catch (caught) {
      const { title, message } = describeError(caught);
      toast.error(message, title);
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm">
          {retention.lastPurgeAt
            ? `Last purge: ${formatDateTime(retention.lastPurgeAt)}`
            : 'No purge has run for this tenant yet.'}
        </Text>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Run purge now
        </Button>
      </Group>
      {retention.lastPurgeAt ? (
        <ErasedCountsTable
          label="Last purge"
          counts={retention.lastPurgeCounts}
          emptyTitle="The last purge found nothing past its retention period"
        />
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title="Run the purge now?"
        message="Engagement events and inactive end users older than the retention periods are deleted now instead of at the next scheduled run. This cannot be undone."
        confirmLabel="Run purge"
        loading={loading}
        onConfirm={() => void handleConfirm()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
