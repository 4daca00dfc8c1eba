import { useMutation } from '@apollo/client/react';
import type { EndUserProfileDetails_EndUserProfileFragment } from '@vicinity/schema/graphql';
import { Button, ConfirmDialog, Group, toast } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import { LiftEndUserRestrictionMutation, RestrictEndUserMutation } from './end-users.operations';
import { useEndUserRemoval } from './use-end-user-removal';

export interface EndUserActionsProps {
  tenantId: string;
  endUser: EndUserProfileDetails_EndUserProfileFragment;
}

type OpenDialog = 'erase' | 'child' | null;

function showFailure(caught: unknown) {
  const { title, message } = describeError(caught);
  toast.error(message, title);
}

export function EndUserActions({ tenantId, endUser }: EndUserActionsProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [restrict, { loading: restricting }] = useMutation(RestrictEndUserMutation);
  const [lift, { loading: lifting }] = useMutation(LiftEndUserRestrictionMutation);
  const { erase, reportChild, removing } = useEndUserRemoval(tenantId, endUser);

  async function run(action: () => Promise<unknown>, done?: string) {
    try {
      await action();
      if (done) toast.success(done);
    } catch (caught) {
      showFailure(caught);
    } finally {
      setDialog(null);
    }
  }

  return (
    <>
      <Group gap="sm">
        {endUser.restricted ? (
          <Button
            variant="secondary"
            loading={lifting}
            onClick={() => void run(() => lift({ variables: { id: endUser.id } }), 'Processing may resume.')}
          >
            Lift restriction
          </Button>
        ) : (
          <Button
            variant="secondary"
            loading={restricting}
            onClick={() =>
              void run(
                () => restrict({ variables: { id: endUser.id } }),
                'Processing is restricted: no offers, audiences or statistics.',
              )
            }
          >
            Restrict
          </Button>
        )}
        <Button variant="danger" onClick={() => setDialog('erase')}>
          Erase
        </Button>
        <Button variant="danger" onClick={() => setDialog('child')}>
          Report as a child
        </Button>
      </Group>
      <ConfirmDialog
        opened={dialog === 'erase'}
        title="Erase this end user?"
        message="An erasure request is recorded and completed at once: their profile, consent history and engagement events are erased and cannot be recovered."
        confirmLabel="Erase end user"
        loading={removing}
        onConfirm={() => void run(erase)}
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'child'}
        title="Report as a child?"
        message="Children's data is never kept. Everything about this end user is erased at once, and their device is suppressed so the app cannot register them again. This cannot be undone."
        confirmLabel="Erase child's data"
        loading={removing}
        onConfirm={() => void run(reportChild)}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
