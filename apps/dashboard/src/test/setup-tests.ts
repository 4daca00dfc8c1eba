import '@testing-library/jest-dom/vitest';
import '@vicinity/ui/testing/jsdom-polyfills';
import { cleanup, configure } from '@testing-library/react';
import { toast } from '@vicinity/ui';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

// A page's first render can take over a second on a loaded 2-core machine; findBy* waits up to this long.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  cleanup();
  toast.clearAll();
  server.resetHandlers();
  localStorage.clear();
});

afterAll(() => server.close());
