import { useMutation } from '@apollo/client/react';
import type { WebhookDelivery_DeliveryFragment, WebhookDeliveryStatus } from '@vicinity/schema/graphql';
import { Button, EmptyState, Group, LoadingState, LoadMoreFooter, SelectField, Stack, toast } from '@vicinity/ui';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import { QueryErrorState } from '../../shared/query-error-state';
import { ReplayFailedForm } from './replay-failed.form';
import { useDeliveryLog } from './use-delivery-log';
import { WebhookDeliveriesTable } from './webhook-deliveries-table';
import { deliveryStatusFilterOptions, deliveryStatusLabels, eventLabels } from './webhook-words';
import { ReplayWebhookDeliveryMutation } from './webhooks.operations';

export interface WebhookDeliveryLogProps {
  endpointId: string;
  url: string;
  canManage: boolean;
  /** Changes when a delivery was added elsewhere (a test sent): the log looks again. */
  refresh?: number;
}

export function WebhookDeliveryLog({ endpointId, url, canManage, refresh = 0 }: WebhookDeliveryLogProps) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const log = useDeliveryLog(endpointId, status || undefined);
  const [replay] = useMutation(ReplayWebhookDeliveryMutation);
  const [replayingId, setReplayingId] = useState<string | null>(null);
  const { refetch } = log;
  const seenRefresh = useRef(refresh);
  useEffect(() => {
    // On mounting, the query fetches anyway.
    if (refresh === seenRefresh.current) return;
    seenRefresh.current = refresh;
    void refetch().catch(() => undefined);
  }, [refresh, refetch]);

  async function handleReplay(delivery: WebhookDelivery_DeliveryFragment) {
    setReplayingId(delivery.id);
    try {
      await replay({ variables: { id: delivery.id } });
      toast.success(`The ${eventLabels[delivery.event].toLowerCase()} will be sent again.`, 'Replaying');
    } catch (caught) {
      const described = describeError(caught);
      toast.error(described.message, described.title);
    } finally {
      setReplayingId(null);
    }
  }

  const connection = log.connection;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <SelectField
          label="Status"
          options={deliveryStatusFilterOptions}
          value={status}
          onChange={(value) => setStatus(value as WebhookDeliveryStatus | '')}
          size="xs"
        />
        {canManage ? <ReplayFailedForm endpointId={endpointId} url={url} /> : null}
      </Group>
      {log.error ? (
        <QueryErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : !connection ? (
        <LoadingState label="Loading deliveries…" />
      ) : (
        <>
          <WebhookDeliveriesTable
            label={`Deliveries to ${url}`}
            deliveries={connection.edges.map((edge) => edge.node)}
            onReplay={canManage ? (delivery) => void handleReplay(delivery) : undefined}
            replayingId={replayingId}
            empty={
              status ? (
                <EmptyState
                  title={`No deliveries with the status “${deliveryStatusLabels[status]}”`}
                  action={
                    <Button variant="secondary" onClick={() => setStatus('')}>
                      Show every status
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  title="Nothing sent yet"
                  description="Deliveries appear here once an event this endpoint wants happens, or a test is sent."
                />
              )
            }
          />
          {connection.edges.length > 0 ? (
            <LoadMoreFooter
              shown={connection.edges.length}
              total={connection.totalCount}
              hasMore={connection.pageInfo.hasNextPage}
              loading={log.loadingMore}
              onLoadMore={log.loadMore}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
