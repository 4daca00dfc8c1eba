import '@vicinity/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './App';
import { createApolloClient } from './apollo/create-apollo-client';
import { redirectToLogin } from './features/auth/redirect-to-login';
import { routes } from './routes';

const router = createBrowserRouter(routes);
const client = createApolloClient({ onUnauthenticated: () => redirectToLogin(router) });

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <App router={router} client={client} />
  </StrictMode>,
);
