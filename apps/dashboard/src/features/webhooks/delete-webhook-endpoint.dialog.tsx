import { useMutation } from '@apollo/client/react';
import type { WebhookEndpoint_EndpointFragment } from '@vicinity/schema/graphql';
import { ConfirmDialog, toast } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import { DeleteWebhookEndpointMutation } from './webhooks.operations';

export interface DeleteWebhookEndpointDialogProps {
  endpoint: WebhookEndpoint_EndpointFragment | null;
  onClose: () => void;
}

export function DeleteWebhookEndpointDialog({ endpoint, onClose }: DeleteWebhookEndpointDialogProps) {
  const [deleteEndpoint, { loading }] = useMutation(DeleteWebhookEndpointMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id: data.deleteWebhookEndpoint.id }) });
      cache.gc();
    },
  });

  async function handleConfirm() {
    if (!endpoint) return;
    try {
      await deleteEndpoint({ variables: { id: endpoint.id } });
      toast.success(`${endpoint.url} receives no more events.`, 'Endpoint deleted');
    } catch (caught) {
      const described = describeError(caught);
      toast.error(described.message, described.title);
    } finally {
      onClose();
    }
  }

  return (
    <ConfirmDialog
      opened={endpoint !== null}
      title="Delete endpoint?"
      message={
        endpoint
          ? `${endpoint.url} stops receiving events at once, and its delivery log is deleted with it. This cannot be undone.`
          : ''
      }
      confirmLabel="Delete endpoint"
      loading={loading}
      onConfirm={() => void handleConfirm()}
      onCancel={onClose}
    />
  );
}
