/**
 * Per-page budgets of the CDN folder (`scripts/build-cdn.ts`, what `npm run build` ships and
 * `npm start` serves), min + gzip -9, each file gzipped on its own as a browser fetches it:
 *
 * - the loader's first paint (`coursekit-loader.js` and the chunks it imports) <= 3 KB;
 * - every example page's JavaScript before any user action <= 40 KB, as the page loads it: opened
 *   as a visitor in Chromium, every file of the folder it fetched until it settled
 *   (`page-loads.ts`), so chunks the elements import with `import()` on their own (the catalog's
 *   filter selects after its first paint, a language) count; those loaded by a user's action (a
 *   dialog, the cart drawer, a signed-in learner's panels) do not. Beside it, reported: the
 *   markup's static share, the loader plus, for each `ckit-*` tag the page has (in its HTML, or
 *   created by its own scripts on load), the element's `components/<name>.js` and the chunks it
 *   imports statically;
 * - reported only: the whole library (every element file and chunk), and `coursekit.js`
 *   (everything at once, which a site chooses knowingly) with its static chunks.
 *
 * The in-browser reference backend (`coursekit-mock.js`) is counted apart on the page that uses
 * it: it is the demo's server, not the elements. It is built on its own and shares no file with
 * them, so such a page pays for the elements exactly what the same page with the loader pays.
 *
 * @module
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesLoadedBy, LOADER, type CdnBuild } from '../build-cdn.js';
import { ROOT } from '../lib/drop-in-build.js';
import { startExamplesServer } from '../lib/examples-server.js';
import { measurePageLoads } from './page-loads.js';
import { printTable } from './table.js';

const KB = 1024;
/** The loader's first paint, from the delivery issue. */
export const LOADER_BUDGET_BYTES = 3 * KB;
/** Any example page's JavaScript before a user action, from the delivery issue (Commerce Layer's drop-in loads 46.2 KB for a page with a cart). */
export const PAGE_BUDGET_BYTES = 40 * KB;

const EXAMPLES = join(ROOT, 'examples');
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

/** The CDN files (paths relative to the folder) that `entries` load: static imports only, or dynamic ones too. */
export function closure(cdn: CdnBuild, entries: readonly string[], withDynamic = false): Set<string> {
  for (const entry of entries) if (!cdn.files.has(entry)) throw new Error(`${entry} is not in the CDN folder`);
  return filesLoadedBy(cdn.metafile.outputs, entries, withDynamic);
}

/** Gzipped bytes of `files`, each on its own (memoized per build). */
const gzipCache = new WeakMap<CdnBuild, Map<string, number>>();
export function gzipSize(cdn: CdnBuild, files: Iterable<string>): number {
  let cache = gzipCache.get(cdn);
  if (!cache) gzipCache.set(cdn, (cache = new Map()));
  let total = 0;
  for (const file of files) {
    let size = cache.get(file);
    if (size === undefined) cache.set(file, (size = gzipSync(cdn.files.get(file)!, { level: 9 }).byteLength));
    total += size;
  }
  return total;
}

/** What the loader costs before any element: its file and the chunks it imports. */
export function loaderFirstPaint(cdn: CdnBuild): { gzipBytes: number; files: string[] } {
  const files = [...closure(cdn, [`${LOADER}.js`])];
  return { gzipBytes: gzipSize(cdn, files), files };
}

/** One example page: its CourseKit script and the tags it uses on load. */
export interface ExamplePageScripts {
  /** Path under `examples/`. */
  page: string;
  /** The CDN entry it loads: `coursekit-loader.js`, `coursekit.js` or `coursekit-mock.js`. */
  script: string;
  /** `ckit-*` tags in its markup or created by its own scripts. */
  tags: string[];
}

/** The example pages that load CourseKit, with the tags each uses: from the HTML and the page's own script files. */
export async function examplePages(dir = EXAMPLES): Promise<ExamplePageScripts[]> {
  const pages: ExamplePageScripts[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = await readFile(path, 'utf8');
        const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
        const script = sources.map((src) => /(?:^|\/)(coursekit(?:-loader|-mock)?\.js)$/.exec(src)?.[1]).find((name) => name !== undefined);
        if (!script) continue;
        let text = html.replace(/<!--[\s\S]*?-->/g, '');
        // The page's own scripts (same folder or site root) may add elements as it loads.
        for (const src of sources) {
          if (/coursekit/.test(src) || /^[a-z]+:/.test(src)) continue;
          const script = await readFile(src.startsWith('/') ? join(dir, src) : join(dirname(path), src), 'utf8').catch(() => '');
          // A tag named in a comment is not one the script creates.
          text += script.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
        }
        const tags = new Set([...text.matchAll(/<(ckit-[a-z0-9-]+)/g), ...text.matchAll(/createElement\('(ckit-[a-z0-9-]+)'\)/g)].map((match) => match[1]!));
        pages.push({ page: relative(dir, path).split('\\').join('/'), script, tags: [...tags].sort() });
      }
    }
  };
  await walk(dir);
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}

/** The CDN files a page loads before any user action, and those of the reference backend (mock pages). */
export function pageFiles(cdn: CdnBuild, page: ExamplePageScripts): { elements: Set<string>; mock: Set<string> } {
  if (page.script === 'coursekit.js') return { elements: closure(cdn, ['coursekit.js']), mock: new Set() };
  const known = page.tags.filter((tag) => cdn.tags.includes(tag));
  const elements = closure(cdn, [`${LOADER}.js`, ...known.map((tag) => `components/${tag.slice(5)}.js`)]);
  const mock = page.script === 'coursekit-mock.js' ? closure(cdn, ['coursekit-mock.js']) : new Set<string>();
  return { elements, mock };
}

/** Builds the CDN folder (through the examples server, which serves it), loads every example page, prints the per-page table and returns the broken budgets. */
export async function reportPageBudgets(): Promise<string[]> {
  const server = await startExamplesServer({ port: 0 });
  const cdn = server.cdn;
  const failures: string[] = [];
  const pages = await examplePages();
  let loads: Map<string, Set<string>>;
  try {
    loads = await measurePageLoads(server, pages.map((page) => page.page));
  } finally {
    await server.close();
  }

  const loader = loaderFirstPaint(cdn);
  const loaderOk = loader.gzipBytes <= LOADER_BUDGET_BYTES;
  if (!loaderOk) failures.push(`the loader's first paint is ${kb(loader.gzipBytes)} gzipped, budget ${kb(LOADER_BUDGET_BYTES)}`);
  const rows: string[][] = [['loader first paint (coursekit-loader.js + its chunks)', String(loader.files.length), '-', kb(loader.gzipBytes), `${loaderOk ? 'ok' : 'OVER BUDGET'} (budget ${kb(LOADER_BUDGET_BYTES)})`]];

  for (const page of pages) {
    const { elements, mock } = pageFiles(cdn, page);
    // The reference backend's own files are the demo's server, not the elements: counted apart.
    const loaded = [...loads.get(page.page)!].filter((file) => !mock.has(file));
    const bytes = gzipSize(cdn, loaded);
    const ok = bytes <= PAGE_BUDGET_BYTES;
    if (!ok) failures.push(`examples/${page.page} loads ${kb(bytes)} of JavaScript gzipped, budget ${kb(PAGE_BUDGET_BYTES)}`);
    const note = mock.size ? `; + ${kb(gzipSize(cdn, mock))} reference backend (coursekit-mock.js), not counted` : '';
    rows.push([`examples/${page.page} (${page.tags.length} tags, ${page.script})`, String(loaded.length), kb(gzipSize(cdn, elements)), kb(bytes), `${ok ? 'ok' : 'OVER BUDGET'} (budget ${kb(PAGE_BUDGET_BYTES)})${note}`]);
  }

  // Reported, not budgeted: what every page pays before its own elements (the loader and a
  // provider: Lit, the SDK with ky, the base class, the store, English), the whole
  // library, and the everything-at-once file.
  const floor = closure(cdn, [`${LOADER}.js`, 'components/provider.js']);
  rows.push(['floor: the loader and <ckit-provider> alone, which every page loads', String(floor.size), kb(gzipSize(cdn, floor)), '-', 'reported']);
  const library = closure(cdn, ['coursekit.js', `${LOADER}.js`, ...cdn.tags.map((tag) => `components/${tag.slice(5)}.js`)], true);
  rows.push(['whole library (every element file and chunk, on demand included)', String(library.size), kb(gzipSize(cdn, library)), '-', 'reported']);
  const everything = closure(cdn, ['coursekit.js']);
  rows.push(['coursekit.js (everything at once) + its static chunks', String(everything.size), kb(gzipSize(cdn, everything)), '-', 'reported (a site chooses it knowingly)']);

  printTable(
    `CDN folder per page (dist/cdn, built in ${cdn.buildMs} ms; each file min + gzip -9; before any user action)`,
    ['what', 'files loaded', 'markup, static', 'loaded', 'verdict'],
    rows,
  );
  console.log(
    'Loaded: what the page fetched from the folder, opened as a visitor in Chromium, until it settled (the budget). Markup, static: the loader plus, for each ckit-* tag in its HTML or created by its own scripts, components/<name>.js and the chunks it imports statically.',
  );
  return failures;
}
