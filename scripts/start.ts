/**
 * `npm start`: the examples site against the embedded reference backend, on one local port.
 *
 * 1. Bundles `@coursekit/elements` (every element) into one drop-in script (`/coursekit.js`)
 *    with esbuild, exactly as a third-party site would load it from a CDN.
 * 2. Mounts the reference backend (`@coursekit/mock`) under `/api/v1`.
 * 3. Serves `examples/` as static files.
 *
 * `PORT` picks the port (default 8080). The backend keeps its state in memory for as long as the
 * process runs; `POST /api/v1/__mock/reset` or a restart returns to the seed.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DROP_IN_BUILD_OPTIONS } from './lib/drop-in-build.js';
import { createMockListener } from '@coursekit/mock/node';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, COUPONS, TEST_CARDS } from '@coursekit/mock';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const examples = join(root, 'examples');
const port = Number(process.env['PORT'] ?? 8080);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Bundles the drop-in entry point (every element, French messages) in memory: `coursekit.js`
 * plus the chunks it loads on demand (the HTML sanitizer), keyed by URL path.
 */
async function bundleElements(): Promise<Map<string, string>> {
  const outdir = join(root, '.coursekit-bundle');
  const result = await build({
    ...DROP_IN_BUILD_OPTIONS,
    entryPoints: { coursekit: join(root, 'packages', 'elements', 'src', 'index.ts') },
    sourcemap: 'linked',
    outdir,
    chunkNames: 'coursekit-chunks/[name]-[hash]',
  });
  return new Map(result.outputFiles.map((file) => [`/${relative(outdir, file.path).split(sep).join('/')}`, file.text]));
}

async function serveStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(examples, decodeURIComponent(url.pathname)));
  // Never serve anything outside examples/, whatever the URL says.
  if (path !== examples && !path.startsWith(examples + sep)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const bundle = await bundleElements();
  const api = createMockListener({ basePath: '/api/v1' });

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const bundled = bundle.get(path);
    if (bundled !== undefined) {
      // Like a CDN: any site may load the drop-in (module scripts are fetched with CORS).
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)]!, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' }).end(bundled);
      return;
    }
    api(request, response, () => void serveStatic(request, response));
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or run PORT=8081 npm start.` : error);
    process.exit(1);
  });
  server.listen(port, () => {
    const url = `http://localhost:${port}/`;
    const scripts = [...bundle].filter(([path]) => path.endsWith('.js'));
    const gzipKb = (code: string) => (gzipSync(code, { level: 9 }).byteLength / 1024).toFixed(1);
    const sizes = scripts.map(([path, code]) => `${path} ${gzipKb(code)} KB`).join(', ');
    console.log(`
CourseKit examples: ${url}
  school catalog     ${url}school/
  school course page ${url}school/course.html?slug=modern-javascript-from-scratch
  drop-in snippet    ${url}drop-in/
  API                ${url}api/v1  (reference backend, state in memory; POST /api/v1/__mock/reset)

Demo accounts (password "${DEMO_PASSWORD}"):
${Object.entries(DEMO_ACCOUNTS).map(([role, email]) => `  ${role.padEnd(11)} ${email}`).join('\n')}
Coupons: ${COUPONS.map((coupon) => coupon.code).join(', ')}
Test cards: ${Object.entries(TEST_CARDS).map(([outcome, card]) => `${card} (${outcome})`).join(', ')}

Elements bundle (gzipped): ${sizes}; built in ${Date.now() - started} ms. Ctrl+C stops.`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
