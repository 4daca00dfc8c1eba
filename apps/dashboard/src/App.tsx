import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { UiProvider } from '@vicinity/ui';
import { RouterProvider, type DataRouter } from 'react-router';

export interface AppProps {
  router: DataRouter;
  client: ApolloClient;
  /** "test" turns off animations and portals for jsdom. */
  uiEnv?: 'default' | 'test';
}

export function App({ router, client, uiEnv = 'default' }: AppProps) {
  return (
    <UiProvider env={uiEnv}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </UiProvider>
  );
}
