import { act, render, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, type DataRouter } from 'react-router';
import { App } from '../App';
import { createApolloClient } from '../apollo/create-apollo-client';
import { setToken } from '../features/auth/auth-token';
import { redirectToLogin } from '../features/auth/redirect-to-login';
import { routes } from '../routes';

export interface RenderAppOptions {
  /** Start signed in (the default) or signed out. */
  signedIn?: boolean;
}

export interface RenderedApp {
  router: DataRouter;
  user: UserEvent;
}

/**
 * Renders the whole dashboard at `path`, wired exactly as main.tsx wires it, with msw answering GraphQL; resolves once
 * the router has loaded the lazily loaded page.
 */
export async function renderApp(path: string, { signedIn = true }: RenderAppOptions = {}): Promise<RenderedApp> {
  if (signedIn) setToken('test-session-token');
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = createApolloClient({ onUnauthenticated: () => redirectToLogin(router) });
  render(<App router={router} client={client} uiEnv="test" />);
  await waitFor(() => {
    if (!router.state.initialized) throw new Error('the page is still loading');
  });
  // The router renders the loaded page in a transition: let React commit it.
  await act(() => Promise.resolve());
  return { router, user };
}

export function currentPath(router: DataRouter): string {
  const { pathname, search } = router.state.location;
  return pathname + search;
}
