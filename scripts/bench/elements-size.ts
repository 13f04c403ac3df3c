/**
 * Sizes of the element bundles a site actually loads: one minified ES module per scenario, with
 * the SDK, ky, zod/mini and Lit inlined, gzipped at level 9. Chunks loaded on demand (the HTML
 * sanitizer) are reported apart: they are not part of first load.
 *
 * @module
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DROP_IN_BUILD_OPTIONS, ROOT } from '../lib/drop-in-build.js';

/** A page's worth of elements: the registering modules it imports. */
export interface ElementsScenario {
  name: string;
  /** Component folder names under packages/elements/src/components. */
  components: string[];
  /** Budget for the entry chunk, in bytes gzipped. */
  budgetBytes: number;
}

export interface ElementsSizeReport extends ElementsScenario {
  /** Gzipped size of the entry chunk: what the page loads up front. */
  entryGzipBytes: number;
  /** Gzipped size of the chunks loaded on demand. */
  lazyGzipBytes: number;
}

/** Bundles the scenario's registering modules (code splitting on, as a site would ship them). */
export async function measureElements(scenario: ElementsScenario): Promise<ElementsSizeReport> {
  const contents = scenario.components.map((name) => `import './${name}/${name}.js';`).join('\n');
  const result = await build({
    ...DROP_IN_BUILD_OPTIONS,
    stdin: { contents, resolveDir: `${ROOT}packages/elements/src/components`, sourcefile: 'page.ts', loader: 'ts' },
    outdir: 'bench-out',
    logLevel: 'silent',
  });
  const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
  const entry = result.outputFiles.find((file) => file.path.endsWith('/page.js') || file.path.endsWith('/stdin.js'));
  if (!entry) throw new Error(`No entry chunk among ${result.outputFiles.map((file) => file.path).join(', ')}`);
  const lazy = result.outputFiles.filter((file) => file !== entry && file.path.endsWith('.js'));
  return { ...scenario, entryGzipBytes: gzip(entry.contents), lazyGzipBytes: lazy.reduce((sum, file) => sum + gzip(file.contents), 0) };
}
