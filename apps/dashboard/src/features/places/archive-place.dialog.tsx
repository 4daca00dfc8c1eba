import { ConfirmDialog, toast } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import { usePlaceLiveCampaigns, type LiveCampaign } from './use-place-live-campaigns';

export interface ArchivePlaceDialogProps {
  /** The geofence or beacon to archive, or null when closed. */
  place: { id: string; name: string } | null;
  kind: 'geofence' | 'beacon';
  loading: boolean;
  archive: (id: string) => Promise<unknown>;
  onClose: () => void;
  onArchived?: () => void;
}

const statusWords: Record<LiveCampaign['status'], string> = {
  ACTIVE: 'running',
  PAUSED: 'paused',
  DRAFT: 'draft',
  ENDED: 'ended',
};

/** What archiving does, naming the running and paused campaigns it takes the place from. */
export function archiveMessage(name: string, campaigns: readonly LiveCampaign[] | undefined): string {
  const leaves = `“${name}” leaves this list and no longer triggers campaigns.`;
  if (campaigns === undefined) return `${leaves} Checking which campaigns use it…`;
  if (campaigns.length === 0) return `${leaves} No running or paused campaign uses it.`;
  const named = new Intl.ListFormat('en', { type: 'conjunction' }).format(
    campaigns.map((campaign) => `“${campaign.name}” (${statusWords[campaign.status]})`),
  );
  const these = campaigns.length === 1 ? 'This campaign uses it and' : `These ${campaigns.length} campaigns use it and`;
  return `${leaves} ${these} will no longer reach people there: ${named}. You can restore it later.`;
}

export function ArchivePlaceDialog({ place, kind, loading, archive, onClose, onArchived }: ArchivePlaceDialogProps) {
  const { campaigns, error } = usePlaceLiveCampaigns(kind, place?.id);

  async function handleConfirm() {
    if (!place) return;
    try {
      await archive(place.id);
      toast.success(`${place.name} is archived.`, kind === 'geofence' ? 'Geofence archived' : 'Beacon archived');
      onArchived?.();
    } catch (caught) {
      const described = describeError(caught);
      toast.error(described.message, described.title);
    } finally {
      onClose();
    }
  }

  const warned = (campaigns?.length ?? 0) > 0;
  return (
    <ConfirmDialog
      opened={place !== null}
      title={warned ? `Archive a ${kind} that campaigns use?` : `Archive ${kind}?`}
      message={
        place
          ? error
            ? `“${place.name}” leaves this list and no longer triggers campaigns. Which campaigns use it could not be checked.`
            : archiveMessage(place.name, campaigns)
          : ''
      }
      confirmLabel={`Archive ${kind}`}
      danger={warned}
      loading={loading}
      onConfirm={() => void handleConfirm()}
      onCancel={onClose}
    />
  );
}
