import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { InvitationPreviewQuery } from './auth.operations';

/** The invitation the page's link carries (?invitation=), with what it offers once that is known. */
export function useInvitation() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('invitation');
  const { data, loading } = useQuery(InvitationPreviewQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  return {
    token,
    loading: token !== null && loading,
    /** undefined while unknown or without a link; null when the link is not valid. */
    preview: data ? data.invitationPreview : undefined,
  };
}
