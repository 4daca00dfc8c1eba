import type { WebhookDelivery_DeliveryFragment } from '@vicinity/schema/graphql';
import { Button, DataTable, Text, type DataTableColumn } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { DeliveryStatusBadge } from './delivery-status-badge';
import { eventLabels, formatDeliveryTime } from './webhook-words';

export interface WebhookDeliveriesTableProps {
  label: string;
  deliveries: readonly WebhookDelivery_DeliveryFragment[];
  empty: ReactNode;
  /** Absent for readers: only owners replay. */
  onReplay?: (delivery: WebhookDelivery_DeliveryFragment) => void;
  replayingId?: string | null;
}

const none = (
  <Text span size="sm" c="dimmed">
    —
  </Text>
);

function nextRetry(delivery: WebhookDelivery_DeliveryFragment): ReactNode {
  if (!delivery.nextAttemptAt || (delivery.status !== 'PENDING' && delivery.status !== 'FAILED')) return none;
  return formatDeliveryTime(delivery.nextAttemptAt);
}

export function WebhookDeliveriesTable({
  label,
  deliveries,
  empty,
  onReplay,
  replayingId,
}: WebhookDeliveriesTableProps) {
  const columns: DataTableColumn<WebhookDelivery_DeliveryFragment>[] = [
    { key: 'time', header: 'Time', render: (delivery) => formatDeliveryTime(delivery.createdAt) },
    { key: 'event', header: 'Event', render: (delivery) => eventLabels[delivery.event] },
    { key: 'status', header: 'Status', render: (delivery) => <DeliveryStatusBadge status={delivery.status} /> },
    { key: 'attempts', header: 'Attempts', render: (delivery) => delivery.attempts.toLocaleString('en') },
    {
      key: 'http',
      header: 'HTTP status',
      render: (delivery) => (delivery.lastStatusCode === null ? none : String(delivery.lastStatusCode)),
    },
    {
      key: 'latency',
      header: 'Latency',
      render: (delivery) =>
        delivery.lastLatencyMs === null ? none : `${delivery.lastLatencyMs.toLocaleString('en')} ms`,
    },
    { key: 'next', header: 'Next retry', render: nextRetry },
    {
      key: 'error',
      header: 'Last error',
      render: (delivery) =>
        delivery.lastError ? (
          <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
            {delivery.lastError}
          </Text>
        ) : (
          none
        ),
    },
  ];
  if (onReplay) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (delivery) =>
        delivery.status === 'PENDING' ? null : (
          <Button
            variant="subtle"
            size="xs"
            aria-label={`Replay ${eventLabels[delivery.event].toLowerCase()} of ${formatDeliveryTime(delivery.createdAt)}`}
            loading={replayingId === delivery.id}
            onClick={() => onReplay(delivery)}
          >
            Replay
          </Button>
        ),
    });
  }

  return (
    <DataTable
      label={label}
      columns={columns}
      rows={deliveries}
      rowKey={(delivery) => delivery.id}
      minWidth={onReplay ? 1000 : 900}
      empty={empty}
    />
  );
}
