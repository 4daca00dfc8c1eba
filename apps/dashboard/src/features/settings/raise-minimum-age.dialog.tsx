import { ConfirmDialog } from '@vicinity/ui';

export interface MinimumAgeRaise {
  minimumAge: number;
  /** Stored end users under the new minimum age, erased by the raise. */
  erased: number;
}

const endUsers = (n: number) => `${n.toLocaleString()} end user${n === 1 ? '' : 's'}`;

function warning({ minimumAge, erased }: MinimumAgeRaise): string {
  const from = `From now on, end users under ${minimumAge} are never stored.`;
  if (erased === 0) return `No stored end user is under ${minimumAge}: nobody is erased. ${from}`;
  return (
    `${endUsers(erased)} under ${minimumAge} will be erased now, with their consents and engagement, and their ` +
    `devices blocked from registering again. This cannot be undone: lowering the minimum age later brings nobody back. ${from}`
  );
}

export interface RaiseMinimumAgeDialogProps {
  raise: MinimumAgeRaise | null;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Raising the minimum age erases everyone stored under it: say how many, and ask first. */
export function RaiseMinimumAgeDialog({ raise, loading, onConfirm, onCancel }: RaiseMinimumAgeDialogProps) {
  return (
    <ConfirmDialog
      opened={raise !== null}
      title={raise ? `Raise the minimum age to ${raise.minimumAge}?` : ''}
      message={raise ? warning(raise) : ''}
      confirmLabel={raise?.erased ? `Erase ${endUsers(raise.erased)} and raise` : 'Raise the minimum age'}
      danger={Boolean(raise?.erased)}
      loading={loading}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
