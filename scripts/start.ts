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
 * The server itself lives in `scripts/lib/examples-server.ts` (the examples check starts it too).
 *
 * @module
 */
import { gzipSync } from 'node:zlib';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, COUPONS, TEST_CARDS } from '@coursekit/mock';
import { startExamplesServer } from './lib/examples-server.js';

const port = Number(process.env['PORT'] ?? 8080);

async function main(): Promise<void> {
  const started = Date.now();
  const { url, bundle } = await startExamplesServer({ port }).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or run PORT=8081 npm start.` : error);
    process.exit(1);
  });
  const scripts = [...bundle].filter(([path]) => path.endsWith('.js'));
  const gzipKb = (code: string) => (gzipSync(code, { level: 9 }).byteLength / 1024).toFixed(1);
  const sizes = scripts.map(([path, code]) => `${path} ${gzipKb(code)} KB`).join(', ');
  console.log(`
CourseKit examples: ${url}
  school catalog     ${url}school/
  school course page ${url}school/course.html?slug=modern-javascript-from-scratch
  school learn page  ${url}school/learn.html?slug=modern-javascript-from-scratch  (sign in as the demo learner)
  school checkout    ${url}school/checkout.html  (add a paid course to the cart first)
  my learning        ${url}school/account.html  (courses, certificates, orders)
  verify             ${url}school/verify.html?certificate=CERT-2025-069C4E2F
  drop-in snippet    ${url}drop-in/
  API                ${url}api/v1  (reference backend, state in memory; POST /api/v1/__mock/reset)

Demo accounts (password "${DEMO_PASSWORD}"):
${Object.entries(DEMO_ACCOUNTS).map(([role, email]) => `  ${role.padEnd(11)} ${email}`).join('\n')}
Coupons: ${COUPONS.map((coupon) => coupon.code).join(', ')}
Test cards: ${Object.entries(TEST_CARDS).map(([outcome, card]) => `${card} (${outcome})`).join(', ')}

Elements bundle (gzipped): ${sizes}; built in ${Date.now() - started} ms. Ctrl+C stops.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
