import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LogOutMutation } from './auth.operations';
import { clearToken } from './auth-token';

export function useLogOut(): () => Promise<void> {
  const [logOut] = useMutation(LogOutMutation);
  const client = useApolloClient();
  const navigate = useNavigate();

  return useCallback(async () => {
    try {
      await logOut();
    } catch {
      // The local session ends either way; a failed call only leaves a server session to expire.
    }
    clearToken();
    await navigate('/login', { replace: true });
    await client.clearStore();
  }, [client, logOut, navigate]);
}
