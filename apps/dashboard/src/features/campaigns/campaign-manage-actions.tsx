import { useMutation } from '@apollo/client/react';
import type { CampaignStatus } from '@vicinity/schema/graphql';
import { Button, ConfirmDialog, IconArchive, IconCopy, IconPencil, toast } from '@vicinity/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../shared/graphql-errors';
import { isEditable } from './campaign-status';
import { ArchiveCampaignMutation, DuplicateCampaignMutation, RestoreCampaignMutation } from './campaigns.operations';

export interface CampaignManageActionsProps {
  tenantId: string;
  campaign: { id: string; name: string; status: CampaignStatus; archivedAt: string | null };
  onError: (message: string | null) => void;
}

/** Edit, Duplicate and Archive: what a marketer does to a campaign besides moving its status. */
export function CampaignManageActions({ tenantId, campaign, onError }: CampaignManageActionsProps) {
  const navigate = useNavigate();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [duplicateCampaign, { loading: duplicating }] = useMutation(DuplicateCampaignMutation);
  const [archiveCampaign, { loading: archiving }] = useMutation(ArchiveCampaignMutation);
  const [restoreCampaign, { loading: restoring }] = useMutation(RestoreCampaignMutation);
  const campaignsPath = `/t/${tenantId}/campaigns`;

  async function handleDuplicate() {
    onError(null);
    try {
      const { data } = await duplicateCampaign({ variables: { id: campaign.id } });
      if (!data) return;
      toast.success(`“${data.duplicateCampaign.name}” is a new draft.`, 'Campaign duplicated');
      void navigate(`${campaignsPath}/${data.duplicateCampaign.id}`);
    } catch (caught) {
      onError(describeError(caught).message);
    }
  }

  async function handleArchive() {
    onError(null);
    try {
      await archiveCampaign({ variables: { id: campaign.id } });
      toast.success(`“${campaign.name}” is archived.`, 'Campaign archived');
      void navigate(campaignsPath);
    } catch (caught) {
      onError(describeError(caught).message);
    } finally {
      setConfirmArchive(false);
    }
  }

  async function handleRestore() {
    onError(null);
    try {
      const { data } = await restoreCampaign({ variables: { id: campaign.id } });
      if (!data) return;
      const status = data.restoreCampaign.status;
      toast.success(
        status === 'PAUSED'
          ? `“${campaign.name}” is back, paused: resume it when it should run again.`
          : `“${campaign.name}” is back among the live campaigns.`,
        'Campaign restored',
      );
    } catch (caught) {
      onError(describeError(caught).message);
    }
  }

  return (
    <>
      {isEditable(campaign.status) && !campaign.archivedAt ? (
        <Button
          variant="secondary"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => void navigate(`${campaignsPath}/${campaign.id}/edit`)}
        >
          Edit
        </Button>
      ) : null}
      <Button
        variant="secondary"
        leftSection={<IconCopy size={16} aria-hidden />}
        onClick={() => void handleDuplicate()}
        loading={duplicating}
      >
        Duplicate
      </Button>
      {campaign.archivedAt ? (
        <Button variant="secondary" onClick={() => void handleRestore()} loading={restoring}>
          Restore
        </Button>
      ) : (
        <Button
          variant="subtle"
          leftSection={<IconArchive size={16} aria-hidden />}
          onClick={() => setConfirmArchive(true)}
        >
          Archive
        </Button>
      )}
      <ConfirmDialog
        opened={confirmArchive}
        title="Archive campaign?"
        message={`“${campaign.name}” leaves the campaign list${
          campaign.status === 'ACTIVE' || campaign.status === 'PAUSED' ? ' and ends now' : ''
        }.`}
        confirmLabel="Archive campaign"
        loading={archiving}
        onConfirm={() => void handleArchive()}
        onCancel={() => setConfirmArchive(false)}
      />
    </>
  );
}
