import type { WebhookDeliveryStatus } from '@vicinity/schema/graphql';
import { Badge } from '@vicinity/ui';
import { deliveryStatusColors, deliveryStatusLabels } from './webhook-words';

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <Badge color={deliveryStatusColors[status]} variant="light" style={{ textTransform: 'none' }}>
      {deliveryStatusLabels[status]}
    </Badge>
  );
}
