/**
 * `npm start`: the examples site against the embedded reference backend, on one local port.
 *
 * 1. Builds the CDN folder of `@coursekit/elements` (`scripts/build-cdn.ts`, the files
 *    `npm run build` writes to `dist/cdn/`) in memory and serves it at `/cdn/`: the lazy loader
 *    (`/cdn/coursekit-loader.js`, what the school's pages use), everything at once
 *    (`/cdn/coursekit.js`, also at `/coursekit.js`), one file per element and the shared chunks.
 * 2. Mounts the reference backend (`@coursekit/mock`) under `/api/v1`.
 * 3. Serves `examples/` as static files, and the docs site at `/docs/` (`docs/site/`, built here
 *    when it is missing or older than its sources; the SDK reference at `/docs/api/` needs
 *    `npm run docs`, since typedoc takes half a minute).
 *
 * `PORT` picks the port (default 8080). The backend keeps its state in memory for as long as the
 * process runs; `POST /api/v1/__mock/reset` or a restart returns to the seed.
 * The server itself lives in `scripts/lib/examples-server.ts` (the examples check starts it too).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, COUPONS, TEST_CARDS } from '@coursekit/mock';
import { startExamplesServer } from './lib/examples-server.js';
import { buildDocsSite, docsSiteIsStale, ROOT } from './build-docs.js';

const port = Number(process.env['PORT'] ?? 8080);

async function main(): Promise<void> {
  // The docs are a side dish: a failed build is reported, the examples start anyway.
  const docs = docsSiteIsStale()
    ? await buildDocsSite().catch((error: unknown) => void console.error('The docs site could not be built (npm run docs:site):', error))
    : undefined;
  const started = Date.now();
  const { url, bundle, cdn } = await startExamplesServer({ port }).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or run PORT=8081 npm start.` : error);
    process.exit(1);
  });
  const gzipKb = (path: string) => (gzipSync(bundle.get(path)!, { level: 9 }).byteLength / 1024).toFixed(1);
  const scripts = [...bundle.keys()].filter((path) => path.endsWith('.js')).length;
  const sizes = `${scripts} scripts for ${cdn.tags.length} elements; /cdn/coursekit-loader.js ${gzipKb('/cdn/coursekit-loader.js')} KB, /cdn/coursekit.js ${gzipKb('/cdn/coursekit.js')} KB (its chunks apart)`;
  console.log(`
CourseKit examples: ${url}
  school catalog     ${url}school/
  school course page ${url}school/course.html?slug=modern-javascript-from-scratch
  school learn page  ${url}school/learn.html?slug=modern-javascript-from-scratch  (sign in as the demo learner)
  school checkout    ${url}school/checkout.html  (add a paid course to the cart first)
  sign in            ${url}school/signin.html  (student@coursekit.test / password)
  my learning        ${url}school/account.html  (courses, certificates, orders)
  profile            ${url}school/profile.html
  verify             ${url}school/verify.html?certificate=CERT-2025-069C4E2F
  drop-in snippet    ${url}drop-in/
  without a server   ${url}drop-in/mock.html  (reference backend in a service worker)
  API                ${url}api/v1  (reference backend, state in memory; POST /api/v1/__mock/reset)
  docs               ${url}docs/  (elements, guides, playground${docs ? `; built in ${docs.buildMs} ms` : ''})
  SDK reference      ${existsSync(join(ROOT, 'docs', 'api', 'index.html')) ? `${url}docs/api/` : `${url}docs/api/ once npm run docs has built it`}

Demo accounts (password "${DEMO_PASSWORD}"):
${Object.entries(DEMO_ACCOUNTS).map(([role, email]) => `  ${role.padEnd(11)} ${email}`).join('\n')}
Coupons: ${COUPONS.map((coupon) => coupon.code).join(', ')}
Test cards: ${Object.entries(TEST_CARDS).map(([outcome, card]) => `${card} (${outcome})`).join(', ')}

CDN folder /cdn/ (gzipped): ${sizes}; built in ${Date.now() - started} ms. Ctrl+C stops.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
