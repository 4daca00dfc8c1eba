import { Button, toast } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';

export interface RestorePlaceButtonProps {
  place: { id: string; name: string };
  kind: 'geofence' | 'beacon';
  restore: (id: string) => Promise<unknown>;
}

/** Brings an archived geofence or beacon back: it triggers the campaigns that still target it again. */
export function RestorePlaceButton({ place, kind, restore }: RestorePlaceButtonProps) {
  const [restoring, setRestoring] = useState(false);

  async function handleClick() {
    setRestoring(true);
    try {
      await restore(place.id);
      toast.success(
        `“${place.name}” is live again and triggers the campaigns that target it.`,
        kind === 'geofence' ? 'Geofence restored' : 'Beacon restored',
      );
    } catch (caught) {
      const described = describeError(caught);
      toast.error(described.message, described.title);
    } finally {
      setRestoring(false);
    }
  }

  return (
    <Button
      variant="secondary"
      size="xs"
      aria-label={`Restore ${place.name}`}
      loading={restoring}
      onClick={() => void handleClick()}
    >
      Restore
    </Button>
  );
}
