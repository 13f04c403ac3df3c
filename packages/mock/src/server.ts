/**
 * The reference backend over real HTTP, with CORS, so curl or any app can use it.
 *
 * - `npm run mock:serve` starts it on `http://localhost:8787/api/v1` (`PORT` changes the port).
 * - `createMockListener()` returns a Node `(req, res, next?)` listener, to mount the API under
 *   `/api/v1` next to static files on one port (requests outside the base path and Sanctum's
 *   `/sanctum/csrf-cookie` go to `next`).
 *
 * CORS admits any origin and, for Sanctum's SPA mode, with credentials: the answer echoes the
 * request's `Origin` (a browser refuses `*` with credentials) and allows cookies. Cookies only
 * flow between sites that share a registrable domain (`SameSite=Lax`), as with Laravel: a page
 * on `localhost:5173` can sign in to a mock on `localhost:8787`.
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
import { createMockApi, type MockApi } from './api.js';
import { CSRF_COOKIE_PATH } from './http/sanctum.js';
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
   * @default createMockApi({ baseUrl: basePath })
   */
  api?: MockApi;
}

/** A Node request listener; requests outside the base path (and `/sanctum/csrf-cookie`) go to `next`, or get a 404 without it. */
export type MockListener = ((request: IncomingMessage, response: ServerResponse, next?: () => void) => void) & { readonly api: MockApi };

/** Headers the SDK sends, allowed in cross-origin requests. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id', 'X-Requested-With', 'X-XSRF-TOKEN'];
/** Response headers a cross-origin page may read. */
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id', 'Idempotent-Replayed', 'X-RateLimit-Remaining'];

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
  const api = options.api ?? createMockApi({ baseUrl: basePath });
  const listener = (request: IncomingMessage, response: ServerResponse, next?: () => void) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path !== basePath && !path.startsWith(`${basePath}/`) && path !== CSRF_COOKIE_PATH) {
      if (next) return next();
      response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    handle(api, request, response).catch((error: unknown) => {
      console.error('[@coursekit/mock] Request failed:', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ message: 'Server Error' }));
    });
  };
  return Object.assign(listener, { api });
}

async function handle(api: MockApi, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const cors = corsHeaders(request);
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...cors, 'Access-Control-Max-Age': '600' }).end();
    return;
  }
  const origin = `http://${request.headers.host ?? 'localhost'}`;
  const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
    method: request.method ?? 'GET',
    headers: toHeaders(request),
    ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body: new Uint8Array(await readAll(request)) }),
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

function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  return {
    // The answer depends on Origin: caches must not hand one origin's answer to another.
    Vary: 'Origin',
    // Echoing the origin, never "*": a browser refuses "*" for a request with credentials (cookies).
    // A request without Origin is not a cross-origin one and needs no CORS headers.
    ...(origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } : {}),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
  };
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the standalone server: `npm run mock:serve`. */
function main(): void {
  const port = Number(process.env['PORT'] ?? 8787);
  const listener = createMockListener();
  const server = createServer((request, response) => listener(request, response));
  server.listen(port, () => {
    console.log(`CourseKit mock API: http://localhost:${port}/api/v1`);
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${Object.values(DEMO_ACCOUNTS).join(', ')}`);
    console.log(`Reset: curl -X POST http://localhost:${port}/api/v1/__mock/reset`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
