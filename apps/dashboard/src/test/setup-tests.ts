import '@testing-library/jest-dom/vitest';
import '@vicinity/ui/testing/jsdom-polyfills';
import { cleanup } from '@testing-library/react';
import { toast } from '@vicinity/ui';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  cleanup();
  toast.clearAll();
  server.resetHandlers();
  localStorage.clear();
});

afterAll(() => server.close());
