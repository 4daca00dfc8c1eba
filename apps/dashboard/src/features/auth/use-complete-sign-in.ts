import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { setToken } from './auth-token';
import { safeNextPath } from './login-path';

/** Stores the new session and returns to the page that asked for it (or goes to `to`). */
export function useCompleteSignIn(): (token: string, to?: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  return useCallback(
    async (token: string, to?: string) => {
      // Nothing cached for a previous operator may leak into this session.
      await client.clearStore();
      setToken(token);
      await navigate(to ?? next, { replace: true });
    },
    [client, navigate, next],
  );
}
