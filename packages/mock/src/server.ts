/**
 * The reference backend over real HTTP, with CORS, so curl or any app can use it.
 *
 * - `npm run mock:serve` starts it on `http://localhost:8787/api/v1` (`PORT` changes the port).
 * - `createMockListener()` returns a Node `(req, res, next?)` listener, to mount the API under
 *   `/api/v1` next to static files on one port (requests outside the base path and Sanctum's
 *   `/sanctum/csrf-cookie` go to `next`).
 *
 * CORS admits any origin, but credentials (Sanctum's SPA cookie mode) only from a list of origins,
 * by default the server's own and `localhost` on any port: for those the answer echoes the
 * request's `Origin` and allows cookies; every other origin gets `Access-Control-Allow-Origin: *`
 * without credentials, so its pages can call the API with a bearer token but never read an
 * answer made with the visitor's cookies. Cookies only flow between sites that share a registrable
 * domain (`SameSite=Lax`), as with Laravel: a page on `localhost:5173` can sign in to a mock on
 * `localhost:8787`.
 *
 * Request bodies are capped (413): 1 MiB, 11 MiB for `POST /media` (see `http/router.ts`). The
 * client's address (the socket's) reaches the handlers for throttling; clients cannot set it.
 * The control routes (`/__mock/*`) are served in the `demo` and `test` modes only.
 *
 * The msw handlers are shared with the browser and test setups: each Node request becomes a
 * Fetch `Request`, is answered by msw's `getResponse()`, and the `Response` is written back.
 * A simulated network failure (`?__offline=1`) destroys the socket, as a dead network would.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { createMockApi, type MockApi, type MockMode } from './api.js';
import { contentTooLarge } from './http/errors.js';
import { CLIENT_ADDRESS_HEADER } from './http/router.js';
import { CSRF_COOKIE_PATH } from './http/sanctum.js';
import { MAX_UPLOAD_BODY_BYTES } from './handlers/media.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data/reference.js';

/** Options of `createMockListener()`. */
export interface MockListenerOptions {
  /**
   * The path the API is mounted on.
   * @default '/api/v1'
   */
  basePath?: string;
  /**
   * The backend to serve. Give it a relative `baseUrl` equal to `basePath`, so links and file
   * URLs use whatever host the request came to.
   * @default createMockApi({ baseUrl: basePath, mode })
   */
  api?: MockApi;
  /**
   * The mode of the backend created here (ignored when `api` is given: its own mode applies).
   * `'demo'` and `'test'` serve `POST {basePath}/__mock/reset` and `{basePath}/__mock/faults`, with
   * which any client can reset or break the backend for everyone; `'shared'` answers them 404.
   * Run an instance that other people reach in `'shared'` mode.
   * @default 'demo'
   */
  mode?: MockMode;
  /**
   * The origins whose pages may call the API with credentials (cookies, Sanctum's SPA mode): each
   * an exact origin (`'https://app.example'`) or a pattern (a `RegExp` without the `g` flag).
   * These get their `Origin` echoed with `Access-Control-Allow-Credentials: true`; any other origin
   * gets `Access-Control-Allow-Origin: *` and no credentials.
   * @default the origin the request was sent to (`http://` or `https://` + its `Host`), and
   * `http(s)://localhost`, `127.0.0.1` and `[::1]` on any port
   */
  credentialedOrigins?: readonly (string | RegExp)[];
}

/** A Node request listener; requests outside the base path (and `/sanctum/csrf-cookie`) go to `next`, or get a 404 without it. */
export type MockListener = ((request: IncomingMessage, response: ServerResponse, next?: () => void) => void) & {
  /** The backend behind the listener: its database, `reset()` and fault switches. */
  readonly api: MockApi;
};

/** Headers the SDK sends, allowed in cross-origin requests. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id', 'X-Requested-With', 'X-XSRF-TOKEN', 'Range'];
/** Response headers a cross-origin page may read. */
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id', 'Idempotent-Replayed', 'X-RateLimit-Remaining', 'Content-Range', 'Content-Disposition'];
/** `localhost`, `127.0.0.1` and `[::1]` on any port. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/**
 * Creates a listener that answers `basePath/*` with the reference backend, CORS included.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createMockListener } from '@coursekit/mock/node';
 *
 * const api = createMockListener({ basePath: '/api/v1' });
 * createServer((req, res) => api(req, res, () => serveStatic(req, res))).listen(3000);
 * ```
 */
export function createMockListener(options: MockListenerOptions = {}): MockListener {
  const basePath = (options.basePath ?? '/api/v1').replace(/\/+$/, '');
  const api = options.api ?? createMockApi({ baseUrl: basePath, mode: options.mode ?? 'demo' });
  const allowed = options.credentialedOrigins;
  const listener = (request: IncomingMessage, response: ServerResponse, next?: () => void) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path !== basePath && !path.startsWith(`${basePath}/`) && path !== CSRF_COOKIE_PATH) {
      if (next) return next();
      response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    handle(api, allowed, request, response).catch((error: unknown) => {
      console.error('[@coursekit/mock] Request failed:', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ message: 'Server Error' }));
    });
  };
  return Object.assign(listener, { api });
}

async function handle(api: MockApi, allowed: MockListenerOptions['credentialedOrigins'], request: IncomingMessage, response: ServerResponse): Promise<void> {
  const cors = corsHeaders(request, allowed);
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...cors, 'Access-Control-Max-Age': '600' }).end();
    return;
  }
  const origin = `http://${request.headers.host ?? 'localhost'}`;
  let body: Buffer | undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // No route reads more than an upload's body; the router applies each route's own limit.
    body = await readAll(request, MAX_UPLOAD_BODY_BYTES);
    if (!body) {
      const refused = contentTooLarge();
      // The rest of the body is read and dropped (Node dumps an unread request once the response
      // ends): closing the connection instead would reset it before the client reads the 413.
      response.writeHead(refused.status, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(refused.body));
      return;
    }
  }
  const requestHeaders = toHeaders(request);
  // Only the socket knows the client's address: whatever a client sent under this name is replaced.
  requestHeaders.set(CLIENT_ADDRESS_HEADER, request.socket.remoteAddress ?? 'unknown');
  const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
    method: request.method ?? 'GET',
    headers: requestHeaders,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
  // Relative handler paths ("/api/v1/courses") resolve against the host the request came to.
  const answer = await getResponse(api.handlers, fetchRequest, { baseUrl: origin });
  if (!answer) {
    response.writeHead(404, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
    return;
  }
  if (answer.type === 'error') {
    request.socket.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = { ...cors };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Headers iterate each Set-Cookie on its own under one name: collect them, or only the last survives.
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

function corsHeaders(request: IncomingMessage, allowed: MockListenerOptions['credentialedOrigins']): Record<string, string> {
  const origin = request.headers.origin;
  let allowOrigin: Record<string, string> = {};
  // A request without Origin is not a cross-origin one and needs no CORS headers.
  if (origin) {
    allowOrigin = mayUseCredentials(origin, request.headers.host, allowed)
      ? // Echoing the origin, never "*": a browser refuses "*" for a request with credentials (cookies).
        { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }
      : // Anyone may call the API, but a browser then neither sends nor exposes the visitor's cookies.
        { 'Access-Control-Allow-Origin': '*' };
  }
  return {
    // The answer depends on Origin: caches must not hand one origin's answer to another.
    Vary: 'Origin',
    ...allowOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
  };
}

/** Whether pages of `origin` may call with credentials: see `MockListenerOptions.credentialedOrigins`. */
function mayUseCredentials(origin: string, host: string | undefined, allowed: MockListenerOptions['credentialedOrigins']): boolean {
  if (allowed) return allowed.some((entry) => (typeof entry === 'string' ? entry === origin : entry.test(origin)));
  return (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) || LOOPBACK_ORIGIN.test(origin);
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The whole body, or `undefined` once it is over `maxBytes`: then nothing more is kept. */
function readAll(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(request.headers['content-length']) > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd);
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData).on('end', onEnd).once('error', reject);
  });
}

/** Starts the standalone server: `npm run mock:serve`. */
function main(): void {
  const port = Number(process.env['PORT'] ?? 8787);
  const mode = process.env['MOCK_MODE'] === 'shared' ? 'shared' : 'demo';
  const listener = createMockListener({ mode });
  const server = createServer((request, response) => listener(request, response));
  server.listen(port, () => {
    console.log(`CourseKit mock API: http://localhost:${port}/api/v1`);
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${Object.values(DEMO_ACCOUNTS).join(', ')}`);
    if (mode === 'shared') console.log('Shared mode (MOCK_MODE=shared): /api/v1/__mock/* is switched off.');
    else console.log(`Reset: curl -X POST http://localhost:${port}/api/v1/__mock/reset`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
