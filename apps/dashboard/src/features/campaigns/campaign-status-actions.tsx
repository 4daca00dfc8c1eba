import { useMutation } from '@apollo/client/react';
import type { CampaignStatus } from '@vicinity/schema/graphql';
import { Button, ConfirmDialog, toast } from '@vicinity/ui';
import { useState } from 'react';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { statusActions, statusLabels, type StatusAction } from './campaign-status';
import { SetCampaignStatusMutation } from './campaigns.operations';

export interface CampaignStatusActionsProps {
  campaign: { id: string; name: string; status: CampaignStatus };
  /** Receives the server's reason when it refuses a move, e.g. activating a campaign without targets. */
  onError: (message: string | null) => void;
}

/** One button per move the API allows from the current status, each confirmed before it is sent. */
export function CampaignStatusActions({ campaign, onError }: CampaignStatusActionsProps) {
  const [pending, setPending] = useState<StatusAction | null>(null);
  const [setCampaignStatus, { loading }] = useMutation(SetCampaignStatusMutation);

  async function handleConfirm() {
    if (!pending) return;
    onError(null);
    try {
      await setCampaignStatus({ variables: { input: { campaignId: campaign.id, status: pending.to } } });
      toast.success(`“${campaign.name}” is now ${statusLabels[pending.to].toLowerCase()}.`, 'Status changed');
    } catch (caught) {
      onError(Object.values(fieldErrors(caught))[0] ?? describeError(caught).message);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      {statusActions(campaign.status).map((action) => (
        <Button key={action.label} variant={action.danger ? 'secondary' : 'primary'} onClick={() => setPending(action)}>
          {action.label}
        </Button>
      ))}
      <ConfirmDialog
        opened={pending !== null}
        title={pending?.confirmTitle ?? ''}
        message={pending?.confirmMessage(campaign.name) ?? ''}
        confirmLabel={pending?.confirmLabel ?? ''}
        danger={pending?.danger ?? false}
        loading={loading}
        onConfirm={() => void handleConfirm()}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
