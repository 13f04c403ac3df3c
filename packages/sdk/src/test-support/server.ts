/**
 * Test harness for SDK tests under `node --test`: one msw server for the process, reset after
 * each test, plus a recorder that captures what the SDK actually sent.
 */
import { after, afterEach, before } from 'node:test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { http, HttpResponse, passthrough, type JsonBodyType } from 'msw';
import { CourseKit } from '../client.js';
import type { ClientOptions } from '../core/request.js';

export const BASE_URL = 'https://api.school.test/api/v1';

export const server = setupServer();

/** Installs the msw lifecycle in the calling test file. Unhandled requests fail the test. */
export function useMockServer(): void {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
}

/** A client against `BASE_URL` with a static token and no retries unless asked. */
export function createClient(options: Partial<ClientOptions> = {}): CourseKit {
  return new CourseKit({ baseUrl: BASE_URL, token: 'test-token', maxRetries: 0, ...options });
}

/** What the SDK sent, as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path relative to BASE_URL, e.g. `/courses/42`. */
  path: string;
  query: Record<string, string>;
  headers: Headers;
  /** Parsed JSON body, `FormData` for multipart, or `undefined`. */
  body: unknown;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Answers `method path` (msw path syntax relative to BASE_URL, e.g. `/courses/:id`) with `json`
 * and status `status`, recording every request. Returns the recorded list.
 */
export function respond(method: Method, path: string, json: JsonBodyType | undefined, status = 200, headers: Record<string, string> = {}): RecordedRequest[] {
  const recorded: RecordedRequest[] = [];
  server.use(
    http[method](`${BASE_URL}${path}`, async ({ request }) => {
      recorded.push(await record(request));
      if (json === undefined) return new HttpResponse(null, { status: status === 200 ? 204 : status, headers });
      return HttpResponse.json(json, { status, headers });
    }),
  );
  return recorded;
}

export async function record(request: Request): Promise<RecordedRequest> {
  const url = new URL(request.url);
  const contentType = request.headers.get('content-type') ?? '';
  let body: unknown;
  if (contentType.includes('multipart/form-data')) body = await request.formData();
  else {
    const text = await request.text();
    body = text ? JSON.parse(text) : undefined;
  }
  return {
    method: request.method,
    path: url.pathname.slice(new URL(BASE_URL).pathname.length),
    query: Object.fromEntries(url.searchParams),
    headers: request.headers,
    body,
  };
}

/** A real HTTP server on 127.0.0.1, from `localServer()`. */
export interface LocalServer {
  /** The API base URL on this server, e.g. `http://127.0.0.1:41234/api/v1`. */
  baseUrl: string;
  /** Requests received so far. */
  hits: number;
  close(): Promise<void>;
}

/**
 * Serves `handler` from a real HTTP server for the failures msw cannot fake faithfully: a body
 * that trickles in, a connection cut mid-body, a client that hangs up. msw lets these requests
 * through to it (for the current test only). Call `close()` when done; it drops open connections.
 */
export async function localServer(handler: (request: IncomingMessage, response: ServerResponse, hit: number) => void): Promise<LocalServer> {
  const state = { hits: 0 };
  const httpServer = createServer((request, response) => handler(request, response, state.hits++));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  server.use(http.all(`${origin}/*`, () => passthrough()));
  return {
    baseUrl: `${origin}/api/v1`,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };
}

/** Rejects when `promise` is still pending after `ms`: turns a hang into a failing assertion. */
export function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
