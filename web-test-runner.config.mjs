// Browser tests for @coursekit/elements: real Chromium, TypeScript compiled on the fly, the
// network mocked by msw's service worker. `npm run test:browser`.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's worker from the site root: a worker only controls pages under its own path. */
function mockServiceWorker() {
  return async (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.body = await readFile(workerScript, 'utf8');
  };
}

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/mock/src/**/*.browser.test.ts'],
  // 'source' resolves workspace packages to their TypeScript; 'production' is required by msw's
  // browser build and keeps Lit's dev-mode warnings out of the output.
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json' })],
  middleware: [mockServiceWorker()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a second page is a background tab to Chromium, which pauses its
  // IntersectionObserver callbacks (infinite scroll) however throttling flags are set.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
};
