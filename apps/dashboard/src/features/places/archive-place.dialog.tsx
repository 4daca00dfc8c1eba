import { ConfirmDialog, toast } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';

export interface ArchivePlaceDialogProps {
  /** The geofence or beacon to archive, or null when closed. */
  place: { id: string; name: string } | null;
  kind: 'geofence' | 'beacon';
  loading: boolean;
  archive: (id: string) => Promise<unknown>;
  onClose: () => void;
  onArchived?: () => void;
}

export function ArchivePlaceDialog({ place, kind, loading, archive, onClose, onArchived }: ArchivePlaceDialogProps) {
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

  return (
    <ConfirmDialog
      opened={place !== null}
      title={`Archive ${kind}?`}
      message={place ? `“${place.name}” leaves this list and no longer triggers campaigns.` : ''}
      confirmLabel={`Archive ${kind}`}
      loading={loading}
      onConfirm={() => void handleConfirm()}
      onCancel={onClose}
    />
  );
}
