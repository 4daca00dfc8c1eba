import { useMutation } from '@apollo/client/react';
import type {
  CompletePrivacyRequestMutation as CompletePrivacyRequestResult,
  PrivacyRequestDetails_PrivacyRequestFragment,
} from '@vicinity/schema/graphql';
import { Button, Group, toast } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import { CompleteRequestDialog } from './complete-request.dialog';
import { DenyRequestDialog } from './deny-request.dialog';
import { ExtendRequestDialog } from './extend-request.dialog';
import { forgetQueue } from './forget-queue';
import { CompletePrivacyRequestMutation } from './privacy.operations';

export type CompletedRequest = CompletePrivacyRequestResult['completePrivacyRequest'];

export interface PrivacyRequestActionsProps {
  request: PrivacyRequestDetails_PrivacyRequestFragment;
  onCompleted: (completed: CompletedRequest) => void;
}

type OpenDialog = 'complete' | 'deny' | 'extend' | null;

export function PrivacyRequestActions({ request, onCompleted }: PrivacyRequestActionsProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [completeRequest, { loading: completing }] = useMutation(CompletePrivacyRequestMutation, {
    // The export is personal data: it goes to the page once, never into the cache.
    fetchPolicy: 'no-cache',
    refetchQueries: ['PrivacyRequest'],
    // The queue is not on screen: it loads afresh when next shown, rather than being refetched by name.
    update: (cache) => forgetQueue(cache),
  });
  const close = () => setDialog(null);

  async function handleComplete() {
    try {
      const { data } = await completeRequest({ variables: { id: request.id } });
      if (data) {
        onCompleted(data.completePrivacyRequest);
        toast.success('The request is completed.', 'Request completed');
      }
    } catch (caught) {
      const { title, message } = describeError(caught);
      toast.error(message, title);
    } finally {
      close();
    }
  }

  return (
    <>
      <Group gap="sm">
        <Button onClick={() => setDialog('complete')}>Complete</Button>
        {request.extendedUntil ? null : (
          <Button variant="secondary" onClick={() => setDialog('extend')}>
            Extend
          </Button>
        )}
        <Button variant="secondary" onClick={() => setDialog('deny')}>
          Deny
        </Button>
      </Group>
      <CompleteRequestDialog
        type={request.type}
        opened={dialog === 'complete'}
        loading={completing}
        onConfirm={() => void handleComplete()}
        onCancel={close}
      />
      <DenyRequestDialog
        requestId={request.id}
        opened={dialog === 'deny'}
        onClose={close}
        onDenied={() => {
          close();
          toast.success('The request is closed as denied, with your reason.', 'Request denied');
        }}
      />
      <ExtendRequestDialog
        requestId={request.id}
        jurisdiction={request.jurisdiction}
        opened={dialog === 'extend'}
        onClose={close}
        onExtended={() => {
          close();
          toast.success('The new deadline is on the request.', 'Deadline extended');
        }}
      />
    </>
  );
}
