/**
 * Sizes of the element bundles a site actually loads: one minified ES module per scenario, with
 * the SDK, ky and Lit inlined, gzipped at level 9. Chunks loaded on demand (the HTML
 * sanitizer, the wishlist outbox) are reported apart: they are not part of first load; a chunk
 * the entry imports statically is.
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
  /** Gzipped size of the entry chunk and the chunks it imports: what the page loads up front. */
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
    metafile: true,
    logLevel: 'silent',
  });
  const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined);
  if (!entryPath) throw new Error(`No entry chunk among ${Object.keys(outputs).join(', ')}`);
  // First load is the entry plus every chunk it imports statically (code shared with a lazy
  // chunk is split out of the entry, yet still loads up front); the rest loads on demand.
  const firstLoad = new Set<string>();
  const visit = (path: string) => {
    if (firstLoad.has(path)) return;
    firstLoad.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const isFirstLoad = (file: { path: string }) => [...firstLoad].some((path) => file.path.endsWith(`/${path}`));
  const sum = (files: typeof js) => files.reduce((total, file) => total + gzip(file.contents), 0);
  return { ...scenario, entryGzipBytes: sum(js.filter(isFirstLoad)), lazyGzipBytes: sum(js.filter((file) => !isFirstLoad(file))) };
}
