/// <reference types="mocha" />
/**
 * Element tests run against the reference backend (`@coursekit/mock`) in a Service Worker: the
 * seeded demo school answers every happy path. A test that needs a failure adds its own handler
 * with `worker.use()`; handlers and data are reset before each test. Also: a log of the API
 * requests each test made, and helpers to mount elements inside a provider.
 */
import { startMockWorker } from '@coursekit/mock/browser';
import type { MockApi } from '@coursekit/mock';
import type { SetupWorker } from 'msw/browser';
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { CourseKit } from '@coursekit/sdk';
import type { CkitProvider } from '../components/provider/provider.component.js';
import '../components/provider/provider.js';

/** Where the API lives (the page's origin, as the mock's browser default). */
export const API = `${location.origin}/api/v1`;

/** The seeded learner the tests sign in as: enrolled in courses 1 and 4 (active), 10 (completed), 11 (refunded); wishlist 2, 3, 23. */
export const STUDENT = { id: 2, email: 'student@coursekit.test' } as const;

/** The mock's service worker; set before the first test runs. */
export let worker: SetupWorker;
/** The mock backend: arrange data through `api.db` before mounting. */
export let api: MockApi;

/** Every API request of the current test, as `METHOD /path?query`, in order. */
export const requests: string[] = [];
/** The requests of `requests` made by clients the tests did not build (providers with `base-url`). */
export const untaggedRequests: string[] = [];

const inFlight = new Map<string, string>();
/** Numbers the tests, so a request a finished test's elements still make is not logged for the next one. */
let testNumber = 0;
let testRunning = false;
const gates: (() => void)[] = [];

before(async () => {
  ({ worker, api } = await startMockWorker({ persist: false, pageFlags: false }));
  worker.events.on('request:start', ({ request, requestId }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/v1/') || url.pathname.startsWith('/api/v1/storage/')) return;
    inFlight.set(requestId, `${request.method} ${url.pathname}`);
    const tag = request.headers.get('x-test');
    const line = `${request.method} ${url.pathname.slice(7)}${url.search}`;
    if (tag === null) untaggedRequests.push(line);
    if (tag === null || Number(tag) === testNumber) requests.push(line);
  });
  worker.events.on('request:end', ({ requestId }) => inFlight.delete(requestId));
});

beforeEach(async () => {
  await networkIdle();
  testNumber += 1;
  testRunning = true;
  requests.length = 0;
  untaggedRequests.length = 0;
  worker.resetHandlers();
  api.reset();
});

afterEach(() => {
  testRunning = false;
  gates.splice(0).forEach((open) => open());
});

/** Resolves once no API request has been in flight for 100 ms (requests of a finished test included). */
export async function networkIdle(): Promise<void> {
  let quietSince = performance.now();
  const started = quietSince;
  while (performance.now() - quietSince < 100) {
    if (inFlight.size > 0) quietSince = performance.now();
    if (performance.now() - started > 5000) throw new Error(`API requests still in flight after 5 s: ${[...inFlight.values()].join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Resolves when the current test ends. A handler that awaits it keeps an element in its
 * loading state for the whole test, then lets the request finish so the next test starts idle.
 */
export function untilTestEnds(): Promise<void> {
  // A request that reaches the handler after its test ended must not wait for the next one.
  return testRunning ? new Promise((resolve) => gates.push(resolve)) : Promise.resolve();
}

/** A promise with its resolve function, to hold a response until the test lets it go. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A client for the mock API, signed in as the seeded student unless `signedIn: false`; no retries, so failures answer at once. */
export function testClient(options: { signedIn?: boolean } = {}): CourseKit {
  return new CourseKit({
    baseUrl: API,
    maxRetries: 0,
    token: options.signedIn === false ? null : api.issueToken(STUDENT.email),
    headers: { 'X-Test': String(testNumber) },
  });
}

/** Mounts `template` inside a `<ckit-provider>` using `testClient()` and returns its first element. */
export async function mount<T extends Element>(template: TemplateResult, options: { signedIn?: boolean } = {}): Promise<T> {
  const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${testClient(options)}>${template}</ckit-provider>`);
  return provider.firstElementChild as T;
}

/** The shadow-DOM element matching `selector`, failing loudly when it is missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
}

/** Resolves once `predicate` holds (polling), or rejects with `message` after 3 s. */
export async function until(predicate: () => unknown, message = 'condition not met'): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > 3000) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Calls `run` with the page under a hostile stylesheet that tries to restyle every element. */
export async function withHostileCss(run: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = '* { font: 30px serif !important; box-sizing: content-box; line-height: 3 !important; }';
  document.head.append(style);
  try {
    await run();
  } finally {
    style.remove();
  }
}
