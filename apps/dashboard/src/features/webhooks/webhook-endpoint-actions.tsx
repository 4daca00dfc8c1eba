import { useMutation } from '@apollo/client/react';
import type { WebhookEndpoint_EndpointFragment } from '@vicinity/schema/graphql';
import { Button, Group, toast } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import {
  PauseWebhookEndpointMutation,
  ResumeWebhookEndpointMutation,
  SendTestWebhookMutation,
} from './webhooks.operations';

export interface WebhookEndpointActionsProps {
  endpoint: WebhookEndpoint_EndpointFragment;
  /** The log, shown or not, has a new delivery to show. */
  onTestSent: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

function reportError(caught: unknown) {
  const described = describeError(caught);
  toast.error(described.message, described.title);
}

export function WebhookEndpointActions({ endpoint, onTestSent, onRotate, onDelete }: WebhookEndpointActionsProps) {
  const [sendTest, sending] = useMutation(SendTestWebhookMutation);
  const [pause, pausing] = useMutation(PauseWebhookEndpointMutation);
  const [resume, resuming] = useMutation(ResumeWebhookEndpointMutation);

  async function handleSendTest() {
    try {
      await sendTest({ variables: { id: endpoint.id } });
      toast.success(
        endpoint.active
          ? 'A test event is on its way: follow it in the delivery log.'
          : 'A test event waits in the delivery log until you resume the endpoint.',
        'Test event queued',
      );
      onTestSent();
    } catch (caught) {
      reportError(caught);
    }
  }

  async function handlePauseOrResume() {
    try {
      if (endpoint.active) {
        await pause({ variables: { id: endpoint.id } });
        toast.success('Events are kept and sent once you resume it.', 'Endpoint paused');
      } else {
        await resume({ variables: { id: endpoint.id } });
        toast.success('Waiting events are being sent.', 'Endpoint resumed');
      }
    } catch (caught) {
      reportError(caught);
    }
  }

  return (
    <Group gap="xs">
      <Button variant="secondary" size="xs" loading={sending.loading} onClick={() => void handleSendTest()}>
        Send test event
      </Button>
      <Button
        variant="secondary"
        size="xs"
        loading={pausing.loading || resuming.loading}
        onClick={() => void handlePauseOrResume()}
      >
        {endpoint.active ? 'Pause' : 'Resume'}
      </Button>
      <Button variant="secondary" size="xs" onClick={onRotate}>
        Rotate secret
      </Button>
      <Button variant="subtle" size="xs" onClick={onDelete}>
        Delete
      </Button>
    </Group>
  );
}
