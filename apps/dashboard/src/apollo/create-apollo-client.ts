import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { clearToken, getToken } from '../features/auth/auth-token';
import { isUnauthenticated } from '../shared/graphql-errors';
import { typePolicies } from './type-policies';

export interface ApolloClientOptions {
  /** Called after the token was dropped because the API no longer accepts it. */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions): ApolloClient {
  const authLink = new SetContextLink((previous) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...previous.headers, authorization: `Bearer ${token}` } };
  });

  const unauthenticatedLink = new ErrorLink(({ error }) => {
    if (!isUnauthenticated(error)) return;
    clearToken();
    onUnauthenticated();
  });

  return new ApolloClient({
    link: ApolloLink.from([unauthenticatedLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
