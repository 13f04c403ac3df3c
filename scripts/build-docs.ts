/**
 * `npm run docs` (after typedoc) and `npm start` (when the site is missing or older than the
 * manifest): the docs site, static HTML written to `docs/site/` and served at `/docs/`.
 *
 * - `index.html`: what CourseKit is, where to start;
 * - `elements/<tag>.html` for every element of `docs/custom-elements.json`: summary, a live
 *   example against the in-browser reference backend, and tables of attributes, properties,
 *   methods, events (with their `detail`), slots, parts and CSS properties;
 * - `guides/*.html`: a script tag, the SDK (Node and browser), React, Vue, CMS plugins;
 * - `playground.html`: pick an element, edit attributes and theme tokens, copy the markup;
 * - `assets/`: one stylesheet and two small module scripts (bundled from `scripts/docs/client/`).
 *
 * The SDK reference (typedoc, `docs/api/`) is linked at `api/`. Pages use no inline script.
 *
 * @module
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { literalUnionsIn, themeTokensIn } from './docs/controls.js';
import { readEventDetails } from './docs/event-details.js';
import { page } from './docs/layout.js';
import { liveExampleOf } from './docs/live-examples.js';
import { readElements, type ElementDoc, type Manifest } from './docs/manifest.js';
import { playgroundData } from './docs/playground-data.js';
import { elementPage } from './docs/pages/element-page.js';
import { guides } from './docs/pages/guides.js';
import { elementsIndexPage, elementsSidebar, firstSentence, frontPage } from './docs/pages/index-pages.js';
import { playgroundPage } from './docs/pages/playground-page.js';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the site is written by default. */
export const DOCS_SITE_DIR = join(ROOT, 'docs', 'site');

/** The manifest the element pages are built from. */
export const MANIFEST_PATH = join(ROOT, 'docs', 'custom-elements.json');

/** Options of `buildDocsSite()`. */
export interface DocsSiteOptions {
  /**
   * The folder to write; emptied first.
   * @default DOCS_SITE_DIR
   */
  outDir?: string;
  /**
   * The custom elements manifest.
   * @default MANIFEST_PATH
   */
  manifestPath?: string;
}

/** What `buildDocsSite()` wrote. */
export interface DocsSite {
  readonly outDir: string;
  /** Every HTML page, relative to `outDir` (`elements/ckit-course-card.html`…). */
  readonly pages: readonly string[];
  /** The elements documented, sorted by tag. */
  readonly elements: readonly ElementDoc[];
  /** How long the build took, in milliseconds. */
  readonly buildMs: number;
}

const DOCS_SOURCES = join(ROOT, 'scripts', 'docs');
const ELEMENTS_SRC = join(ROOT, 'packages', 'elements', 'src');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/**
 * String literal unions the attributes' types name: the elements' own (`Theme`, `Mode`…) and the
 * SDK's enums (`CourseLevel`, `CourseSort`), read from the schemas themselves so that a sort key
 * added there shows up in the playground.
 */
async function literalUnions(): Promise<Map<string, string[]>> {
  const unions = literalUnionsIn(sourcesUnder(ELEMENTS_SRC));
  const schemas = (await import('@coursekit/sdk/schemas')) as Record<string, unknown>;
  for (const [name, schema] of Object.entries(schemas)) {
    const options = (schema as { options?: unknown } | null)?.options;
    if (Array.isArray(options) && options.every((option) => typeof option === 'string')) unions.set(name, options as string[]);
  }
  return unions;
}

function write(outDir: string, path: string, contents: string): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

/** Builds the docs site into `outDir` (by default `docs/site/`). */
export async function buildDocsSite(options: DocsSiteOptions = {}): Promise<DocsSite> {
  const started = Date.now();
  const outDir = options.outDir ?? DOCS_SITE_DIR;
  const manifest = JSON.parse(readFileSync(options.manifestPath ?? MANIFEST_PATH, 'utf8')) as Manifest;
  const elements = readElements(manifest);
  const eventDetails = readEventDetails(join(ELEMENTS_SRC, 'events'));
  const tokens = themeTokensIn(readFileSync(join(ELEMENTS_SRC, 'styles', 'theme.ts'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'packages', 'elements', 'package.json'), 'utf8')) as { version: string };
  const allGuides = guides({ version, tokens });

  rmSync(outDir, { recursive: true, force: true });
  const pages: string[] = [];
  const addPage = (path: string, html: string) => {
    write(outDir, path, html);
    pages.push(path);
  };

  addPage('index.html', page({ path: 'index.html', title: 'Overview', description: 'CourseKit: custom elements, a typed SDK and a reference backend for course marketplaces.', main: frontPage(elements, allGuides) }));
  addPage(
    'elements/index.html',
    page({ path: 'elements/index.html', title: 'Elements', description: `The ${elements.length} CourseKit custom elements.`, main: elementsIndexPage(elements) }),
  );
  for (const element of elements) {
    const path = `elements/${element.tag}.html`;
    addPage(
      path,
      page({
        path,
        title: `<${element.tag}>`,
        description: firstSentence(element.summary || element.description || element.tag),
        main: elementPage(element, liveExampleOf(element.tag), eventDetails),
        sidebar: elementsSidebar(elements, element.tag),
        live: true,
        scripts: ['assets/docs-page.js'],
      }),
    );
  }
  for (const guide of allGuides) addPage(guide.path, page({ path: guide.path, title: guide.title, description: guide.summary, main: guide.main }));
  const firstTag = elements.find((element) => element.tag === 'ckit-course-card')?.tag ?? elements[0]?.tag ?? '';
  addPage(
    'playground.html',
    page({
      path: 'playground.html',
      title: 'Playground',
      description: 'Try every CourseKit element: attributes, theme tokens, live preview, markup to copy.',
      main: playgroundPage(elements, firstTag),
      live: true,
      scripts: ['assets/docs-page.js', 'assets/playground.js'],
    }),
  );

  write(outDir, 'assets/playground-data.json', `${JSON.stringify(playgroundData(elements, tokens, await literalUnions()), null, 2)}\n`);
  write(outDir, 'assets/docs.css', readFileSync(join(DOCS_SOURCES, 'docs.css'), 'utf8'));
  await build({
    entryPoints: { 'docs-page': join(DOCS_SOURCES, 'client', 'docs-page.ts'), playground: join(DOCS_SOURCES, 'client', 'playground.ts') },
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
  return { outDir, pages, elements, buildMs: Date.now() - started };
}

/** Whether the site at `outDir` is missing or older than the manifest or the builder's sources. */
export function docsSiteIsStale(outDir = DOCS_SITE_DIR, manifestPath = MANIFEST_PATH): boolean {
  let built: number;
  try {
    built = statSync(join(outDir, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [manifestPath, join(ROOT, 'scripts', 'build-docs.ts'), ...readdirSync(DOCS_SOURCES, { recursive: true, encoding: 'utf8' }).map((path) => join(DOCS_SOURCES, path))];
  return inputs.some((path) => statSync(path).mtimeMs > built);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = await buildDocsSite();
  console.log(`Docs site: ${site.pages.length} pages (${site.elements.length} elements) in ${relative(ROOT, site.outDir)}/ in ${site.buildMs} ms.`);
}
