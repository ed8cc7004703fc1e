import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './support/msw-server.ts';

// Loaders and user-event take a while on a busy two-core machine; a second is too tight.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// A warning or error logged during a test is a bug the test did not look for: fail on it.
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} during test: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  // React leaves hoisted <title> and <meta> in <head>; start each test with a clean head.
  if (typeof document !== 'undefined') {
    document.head
      .querySelectorAll('title, meta[name="description"]')
      .forEach((node) => node.remove());
  }
});
