import { useApolloClient, useMutation } from '@apollo/client/react';
import { toast } from '@vicinity/ui';
import { useNavigate } from 'react-router';
import { CompleteEraseEndUserMutation, EraseEndUserRequestMutation, ReportChildMutation } from './end-users.operations';

/**
 * Erasing an end user (an ERASURE request completed at once) or reporting them as a child (CHILD_ERASURE): both
 * end on the search page, with nothing about them left in the cache either.
 */
export function useEndUserRemoval(tenantId: string, endUser: { id: string; deviceId: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [createErasure, { loading: creating }] = useMutation(EraseEndUserRequestMutation);
  const [completeErasure, { loading: completing }] = useMutation(CompleteEraseEndUserMutation, {
    fetchPolicy: 'no-cache',
  });
  const [reportChildMutation, { loading: reporting }] = useMutation(ReportChildMutation, { fetchPolicy: 'no-cache' });

  function leave() {
    void navigate(`/t/${tenantId}/end-users`);
    toast.success('Every record about them was erased.', 'The end user is gone');
    client.cache.evict({ id: client.cache.identify({ __typename: 'EndUserProfile', id: endUser.id }) });
    client.cache.evict({ fieldName: 'endUsers' });
    client.cache.gc();
  }

  async function erase() {
    const { data } = await createErasure({
      variables: { input: { tenantId, type: 'ERASURE', subject: { deviceId: endUser.deviceId } } },
    });
    if (!data) return;
    await completeErasure({ variables: { id: data.createPrivacyRequest.id } });
    leave();
  }

  async function reportChild() {
    await reportChildMutation({ variables: { id: endUser.id } });
    leave();
  }

  return { erase, reportChild, removing: creating || completing || reporting };
}
