/**
 * How the elements are bundled for the browser, shared by `npm start` (which serves the bundle)
 * and `npm run bench` (which measures it), so the budget is checked on what a site would load.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * esbuild options for the drop-in: one minified ES module per entry, chunks loaded on demand
 * split out, workspace packages read from their TypeScript (`source`), Lit in production mode.
 * Callers add the entry points and `outdir`.
 */
export const DROP_IN_BUILD_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  write: false,
  conditions: ['source', 'browser', 'production'],
  tsconfig: `${ROOT}tsconfig.base.json`,
} satisfies BuildOptions;
