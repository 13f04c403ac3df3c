/**
 * `@coursekit/mock/browser`: the reference backend in a Service Worker, for examples, demos
 * and element tests. Serve `msw/lib/mockServiceWorker.js` at `/mockServiceWorker.js`.
 *
 * @module
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';
import type { FaultSettings } from './http/faults.js';

/** Options of `startMockWorker()`: those of `createMockApi()`, persistence on by default. */
export interface MockWorkerOptions extends MockApiOptions {
  /**
   * Apply the page URL's fault flags (`?__latency=800`, `?__fail=503`, `?__offline=1`,
   * `?__error_rate=0.2`) to every request, so a demo link can show loading and error states.
   * @default true
   */
  pageFlags?: boolean;
}

/**
 * Starts the mock in the page: `/api/v1` on the page's origin answers like a CourseKit backend,
 * with the seed's demo school, and the data survives reloads.
 *
 * @example
 * ```ts
 * import { startMockWorker } from '@coursekit/mock/browser';
 * import { CourseKit } from '@coursekit/sdk';
 *
 * const { api } = await startMockWorker();
 * const ck = new CourseKit({ baseUrl: '/api/v1' });
 * await ck.auth.login({ email: 'student@coursekit.test', password: 'password' });
 * // api.reset() restores the seed.
 * ```
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{
  /** msw's service worker, started: `worker.stop()` takes the mock off the page. */
  worker: SetupWorker;
  /** The backend: its database, `reset()` and fault switches. */
  api: MockApi;
}> {
  const { pageFlags = true, ...apiOptions } = options;
  const api = createMockApi({ persist: 'localStorage', ...apiOptions });
  if (pageFlags) api.faults.set(faultsFromPage(new URL(location.href)));
  const worker = setupWorker(...api.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return { worker, api };
}

/** The fault settings a page URL asks for. */
export function faultsFromPage(url: URL): Partial<FaultSettings> {
  const flags = url.searchParams;
  const settings: Partial<FaultSettings> = {};
  const latency = Number(flags.get('__latency'));
  if (flags.has('__latency') && latency >= 0) settings.latencyMs = latency;
  const rate = Number(flags.get('__error_rate'));
  if (flags.has('__error_rate') && rate >= 0 && rate <= 1) settings.errorRate = rate;
  const fail = Number(flags.get('__fail'));
  if (fail >= 400 && fail <= 599) {
    settings.errorStatus = fail;
    settings.errorRate ??= 1;
  }
  if (flags.get('__offline') === '1' || flags.get('__offline') === 'true') settings.offline = true;
  return settings;
}

export { createMockApi } from './api.js';
export type { MockApi, MockApiOptions } from './api.js';
