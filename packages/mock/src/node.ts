/**
 * `@coursekit/mock/node`: the reference backend for Node tests, through msw's `setupServer`.
 *
 * @module
 */
import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';

/**
 * Creates an msw server that answers like a CourseKit backend on `options.baseUrl`
 * (default `http://localhost:8787/api/v1`). Call `server.listen()` to start intercepting.
 *
 * @example
 * ```ts
 * import { before, after, beforeEach } from 'node:test';
 * import { createMockServer } from '@coursekit/mock/node';
 *
 * const { server, api } = createMockServer({ baseUrl: 'https://school.test/api/v1' });
 * before(() => server.listen({ onUnhandledRequest: 'error' }));
 * beforeEach(() => api.reset());
 * after(() => server.close());
 * ```
 */
export function createMockServer(options: MockApiOptions = {}): {
  /** msw's server, not yet listening: call `server.listen()` before the tests, `server.close()` after. */
  server: SetupServer;
  /** The backend: its database, `reset()` and fault switches. */
  api: MockApi;
} {
  const api = createMockApi(options);
  return { server: setupServer(...api.handlers), api };
}

export { createMockApi } from './api.js';
export type { MockApi, MockApiOptions, MockMode } from './api.js';
export { createMockListener, type MockListener, type MockListenerOptions } from './server.js';
