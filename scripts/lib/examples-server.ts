/**
 * The examples site on one HTTP server: the CDN folder of `@coursekit/elements` under `/cdn/`
 * (built in memory by `buildCdn()`, the same function and files as `npm run build`'s
 * `dist/cdn/`), the reference backend under `/api/v1`, and `examples/` as static files.
 * `/coursekit.js` redirects to `/cdn/coursekit.js` (everything at once) for pages that still use
 * it; `/mockServiceWorker.js` is msw's worker, for `coursekit-mock.js`. The docs site is served
 * at `/docs/` (`docs/site/`, written by `scripts/build-docs.ts`) with the SDK reference at
 * `/docs/api/` (`docs/api/`, written by typedoc). `npm start` runs it on a
 * fixed port; the examples browser check starts it in-process on a free one.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { createMockListener, type MockApi } from '@coursekit/mock/node';
import { buildCdn, type CdnBuild } from '../build-cdn.js';
import { ROOT } from './drop-in-build.js';

const EXAMPLES = join(ROOT, 'examples');

/** Folders served under a URL prefix instead of `examples/`, the longest prefix first. */
const MOUNTS: readonly { readonly prefix: string; readonly dir: string; readonly missing: string }[] = [
  { prefix: '/docs/api/', dir: join(ROOT, 'docs', 'api'), missing: 'Not found. The SDK reference is built by `npm run docs`.' },
  { prefix: '/docs/', dir: join(ROOT, 'docs', 'site'), missing: 'Not found. The docs site is built by `npm run docs` (and by `npm start` when missing).' },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The Content-Security-Policy of the strict-CSP example (`/csp/`): what a site that embeds
 * third-party widgets increasingly sends, and what CourseKit must run under without a violation.
 *
 * - `script-src 'self'`: the drop-in and the page's script are files of the site; no inline
 *   script, no `'unsafe-eval'` (the SDK's schemas must not compile code at run time).
 * - `style-src 'self'`: no `style` attributes or `<style>` blocks; the elements' styles are
 *   constructed stylesheets (`adoptedStyleSheets`) and their computed sizes go through the CSSOM.
 * - `img-src 'self'` and `connect-src 'self'`: course covers and the API live on this origin
 *   (a site whose API or media live elsewhere adds those origins). No `data:`: the reference
 *   backend serves its covers as files, and nothing else on the page is an image.
 * - `object-src 'none'; base-uri 'none'`: the usual hardening of a strict policy (`object-src`
 *   would inherit `'self'`; `base-uri` has no fallback at all).
 * - `require-trusted-types-for 'script'; trusted-types coursekit lit-html`: HTML sinks accept
 *   only TrustedHTML, from two policies: `coursekit` (course HTML sanitized by DOMPurify) and
 *   `lit-html` (Lit's templates). DOMPurify gets the `coursekit` policy, so it never creates
 *   its own `dompurify` one.
 */
export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types coursekit lit-html',
].join('; ');

/** The examples served with `CSP_POLICY`: everything under `/csp/`. */
export const CSP_PATH = '/csp/';

/** Options of `startExamplesServer()`. */
export interface ExamplesServerOptions {
  /**
   * The port to listen on; `0` picks a free one (read it back from `url`).
   * @default 8080
   */
  port?: number;
}

/** A running examples server. */
export interface ExamplesServer {
  /** The site's address, `http://localhost:<port>/` (with the trailing slash). */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The CDN folder it serves: URL path → file (`/cdn/coursekit-loader.js`, `/cdn/chunks/…`, source maps). */
  readonly bundle: ReadonlyMap<string, Uint8Array>;
  /** The build behind `bundle` (tags, metafile). */
  readonly cdn: CdnBuild;
  /** The reference backend behind `/api/v1` (e.g. `api.reset()` returns to the seed). */
  readonly api: MockApi;
  /** How long bundling took, in milliseconds. */
  readonly buildMs: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Where the CDN folder is served. */
export const CDN_PATH = '/cdn/';

/** msw's worker script, which `coursekit-mock.js` registers at the site's root. */
const MOCK_SERVICE_WORKER = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

async function serveStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const mount = MOUNTS.find(({ prefix }) => `${url.pathname}/`.startsWith(prefix));
  const root = mount?.dir ?? EXAMPLES;
  let path = normalize(join(root, decodeURIComponent(mount ? url.pathname.slice(mount.prefix.length - 1) : url.pathname)));
  // Never serve anything outside the folder, whatever the URL says.
  if (path !== root && !path.startsWith(root + sep)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) {
      // `/docs` → `/docs/`: the docs pages' relative links resolve against the folder.
      if (mount && !url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    const body = await readFile(path);
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (url.pathname.startsWith(CSP_PATH)) headers['Content-Security-Policy'] = CSP_POLICY;
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(mount?.missing ?? 'Not found');
  }
}

/**
 * Bundles the elements, then serves the examples site with the reference backend on `port`.
 * Rejects with the listen error (e.g. `EADDRINUSE`) if the port cannot be used.
 *
 * @example
 * ```ts
 * const server = await startExamplesServer({ port: 0 });
 * console.log(server.url); // http://localhost:40123/
 * await server.close();
 * ```
 */
export async function startExamplesServer(options: ExamplesServerOptions = {}): Promise<ExamplesServer> {
  const started = Date.now();
  const cdn = await buildCdn();
  const bundle = new Map([...cdn.files].map(([path, contents]) => [`${CDN_PATH}${path}`, contents]));
  const buildMs = Date.now() - started;
  const api = createMockListener({ basePath: '/api/v1' });

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/coursekit.js') {
      // The address the pages used before the CDN folder: the same file, everything at once.
      response.writeHead(302, { Location: `${CDN_PATH}coursekit.js`, 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    if (path === '/mockServiceWorker.js') {
      void readFile(MOCK_SERVICE_WORKER).then((body) => response.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'no-cache' }).end(body));
      return;
    }
    const bundled = bundle.get(path);
    if (bundled !== undefined) {
      // Like a CDN: any site may load the drop-in (module scripts are fetched with CORS).
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)]!, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' }).end(bundled);
      return;
    }
    api(request, response, () => void serveStatic(request, response));
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 8080, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    bundle,
    cdn,
    api: api.api,
    buildMs,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
