/**
 * The CDN folder of `@coursekit/elements` (`packages/elements/dist/cdn/`): self-contained,
 * minified ES modules for a script tag on any site, with Lit, the SDK, ky and zod inlined.
 *
 * - `coursekit-loader.js`: the lazy loader; imports `components/<name>.js` for each `ckit-<name>`
 *   tag the page uses (`src/cdn/coursekit-loader.ts`), and preloads the chunks that file imports,
 *   so they arrive with it rather than one round trip later. Built last, on its own, with the
 *   known tags and each one's chunks (final names) written in (see `buildLoader`).
 * - `components/<name>.js`: registers `<ckit-name>` (and the elements it renders). Each also
 *   registers `<ckit-provider>`, which every element sits in, so the provider is defined before
 *   any element under it first renders, whatever order the chunks arrive in; French and Arabic
 *   load on first use when the i18n module offers locale loaders.
 * - `coursekit.js`: everything at once (`src/index.ts`), for those who want one file.
 * - `coursekit-mock.js`: the reference backend in a service worker (`scripts/cdn/coursekit-mock.ts`),
 *   built on its own with its own copy of the zod and SDK code it uses, so that code only the
 *   backend runs stays out of the chunks the elements share (see `buildBackend`).
 * - `chunks/[name]-[hash].js`: code shared by the entries, named by content, so a chunk's URL
 *   changes only when its code does: one `core` (Lit, the SDK's core, the provider and the
 *   library code most elements use), an element's own chunk when other elements render it, SDK
 *   resources that a few elements share, and the chunks loaded with `import()` (languages,
 *   sanitizer, gateways). See `chunkPlan`.
 *
 * Bundled with Rollup (for `manualChunks`: esbuild split the shared code into one chunk per set
 * of importing entries, 29 to 47 files a page), esbuild transforming and minifying each module.
 *
 * `npm run build` runs it after rollup (`tsx --conditions=source scripts/build-cdn.ts`); the
 * examples server (`npm start`, the examples check) calls `buildCdn()` and serves the result from
 * memory at `/cdn/`; `npm run bench` measures it. The three share exactly these files.
 *
 * @module
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { Metafile } from 'esbuild';
import { rollup, type ManualChunksOption, type OutputAsset, type OutputChunk, type Plugin, type WarningHandlerWithDefault } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { DROP_IN_BUILD_OPTIONS, minifyLitCssPlugin, ROOT } from './lib/drop-in-build.js';

const ELEMENTS_SRC = join(ROOT, 'packages', 'elements', 'src');
/** Where `npm run build` writes the folder. */
export const CDN_DIR = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
/** The loader's entry name (and file name without `.js`). */
export const LOADER = 'coursekit-loader';

/** One build of the CDN folder. */
export interface CdnBuild {
  /** Every file, by path relative to the folder (`coursekit-loader.js`, `chunks/lit-AB12CD34.js`, `….map`). */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The tags the loader knows, sorted. */
  readonly tags: readonly string[];
  /** The outputs in esbuild's metafile shape (static and dynamic imports, module sizes before minifying); paths relative to the repository root. */
  readonly metafile: Metafile;
  /** The folder's path relative to the repository root, as the metafile's outputs start with it (`packages/elements/dist/cdn`). */
  readonly outputPrefix: string;
  /** How long the build took, in milliseconds. */
  readonly buildMs: number;
}

/** The element tags of `src/components/*`, each read from its registering module (`components/<name>/<name>.ts`). */
export async function elementTags(): Promise<string[]> {
  const tags: string[] = [];
  for (const entry of await readdir(join(ELEMENTS_SRC, 'components'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const source = await readFile(join(ELEMENTS_SRC, 'components', entry.name, `${entry.name}.ts`), 'utf8').catch(() => '');
    const tag = /\.define\('(ckit-[a-z0-9-]+)'\)/.exec(source)?.[1];
    if (!tag) continue;
    // The loader maps a tag to its file by dropping `ckit-`: the folder must be named after the tag.
    if (tag !== `ckit-${entry.name}`) throw new Error(`components/${entry.name} registers <${tag}>; the CDN loader expects <ckit-${entry.name}>`);
    tags.push(tag);
  }
  return tags.sort();
}

const posix = (path: string) => path.split(sep).join('/');

/** The prefix of the virtual entry modules (`coursekit-cdn:<name>`, `coursekit-cdn:prelude`). */
const ENTRY = 'coursekit-cdn:';

/**
 * The component entries and their shared prelude, as virtual modules: `components/<name>.js`
 * imports the prelude, then the element's registering module.
 */
async function componentEntries(): Promise<Plugin> {
  const messages = await readFile(join(ELEMENTS_SRC, 'i18n', 'messages.ts'), 'utf8');
  const i18n = posix(join(ELEMENTS_SRC, 'i18n'));
  // Languages on first use when the message registry has loaders; otherwise they come with every element.
  const locales = /export function registerLocaleLoader\b/.test(messages)
    ? [
        `import { registerLocaleLoader } from '${i18n}/messages.ts';`,
        `registerLocaleLoader('fr', () => import('${i18n}/fr.ts'));`,
        `registerLocaleLoader('ar', () => import('${i18n}/ar.ts'));`,
      ]
    : [`import '${i18n}/fr.ts';`, `import '${i18n}/ar.ts';`];
  const prelude = [`import '${posix(join(ELEMENTS_SRC, 'components', 'provider', 'provider.ts'))}';`, ...locales].join('\n');
  return {
    name: 'coursekit-cdn-entries',
    resolveId: (source) => (source.startsWith(ENTRY) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith(`\0${ENTRY}`)) return null;
      const path = id.slice(ENTRY.length + 1);
      return path === 'prelude' ? prelude : `import '${ENTRY}prelude';\nimport '${posix(join(ELEMENTS_SRC, 'components', path, `${path}.ts`))}';`;
    },
  };
}

/** Builds the CDN folder in memory: the elements, then the loader and the reference backend in passes of their own. */
export async function buildCdn(): Promise<CdnBuild> {
  const started = Date.now();
  const tags = await elementTags();
  const elements = await buildElements(tags);
  const loader = await buildLoader(tags, elements);
  const backend = await buildBackend();
  const files = new Map(elements.files);
  for (const [path, contents] of [...loader.files, ...backend.files]) {
    const same = files.get(path);
    if (same && Buffer.compare(same, contents) !== 0) throw new Error(`${path}: the elements' build and the reference backend's each write a different file under this name`);
    files.set(path, contents);
  }
  const outputs = { ...elements.outputs, ...loader.outputs, ...backend.outputs };
  return { files, tags, metafile: { inputs: {}, outputs }, outputPrefix: OUTPUT_PREFIX, buildMs: Date.now() - started };
}

/** The folder's path relative to the repository root (the metafile's outputs start with it). */
const OUTPUT_PREFIX = posix(relative(ROOT, CDN_DIR));
const NAMING = { dir: CDN_DIR, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash:8].js', hashCharacters: 'base36' } as const;
// The SDK declares `"sideEffects": false` (esbuild reads it; Rollup is told here): an element
// importing one function from '@coursekit/sdk' depends on that function's module, not on every
// module the package's index re-exports.
const TREESHAKE = { moduleSideEffects: (id: string) => !SDK_SOURCE.test(id) };

/** Resolving (with the `source` condition, so the workspace packages come from their TypeScript) and esbuild's minifier, for both builds. */
function plugins(): Plugin[] {
  return [
    nodeResolve({ exportConditions: [...DROP_IN_BUILD_OPTIONS.conditions], extensions: ['.ts', '.mjs', '.js'], browser: true }),
    esbuild({ target: DROP_IN_BUILD_OPTIONS.target, tsconfig: DROP_IN_BUILD_OPTIONS.tsconfig, minify: true, legalComments: 'none', sourceMap: true }),
  ];
}

const onwarn: WarningHandlerWithDefault = (warning, warn) => {
  // Cycles inside Lit and the SDK are fine; zod's comments that Rollup drops are not pure annotations it needs.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
};

/** `coursekit.js` and every element's entry, in one Rollup build that shares their code through `chunkPlan`. */
async function buildElements(tags: readonly string[]): Promise<CdnFiles> {
  const input: Record<string, string> = {
    coursekit: join(ELEMENTS_SRC, 'index.ts'),
    ...Object.fromEntries(tags.map((tag) => [`components/${tag.slice(5)}`, `${ENTRY}${tag.slice(5)}`])),
  };
  const bundle = await rollup({
    input,
    plugins: [await componentEntries(), minifyLitCssPlugin(), ...plugins()],
    treeshake: TREESHAKE,
    onwarn,
  });
  // A first generation, in Rollup's own chunks, tells which elements use which modules.
  const users = usersByModule((await bundle.generate(NAMING)).output, tags);
  const { output } = await bundle.generate({ ...NAMING, sourcemap: true, manualChunks: chunkPlan(users), onlyExplicitManualChunks: true });
  await bundle.close();
  return cdnFiles(output);
}

/**
 * The files of the folder (`chunks/core-AB12CD34.js`) that `entries` load, themselves included:
 * what they import statically, directly or through another chunk, and with `withDynamic` what
 * they import with `import()` too. Read from a build's outputs (esbuild's metafile shape).
 */
export function filesLoadedBy(outputs: Metafile['outputs'], entries: readonly string[], withDynamic = false): Set<string> {
  const prefix = `${OUTPUT_PREFIX}/`;
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[`${prefix}${path}`]?.imports ?? []) {
      if (imported.external || !(imported.kind === 'import-statement' || (withDynamic && imported.kind === 'dynamic-import'))) continue;
      visit(imported.path.slice(prefix.length));
    }
  };
  entries.forEach(visit);
  return seen;
}

/**
 * What the loader preloads: for each tag (without `ckit-`), the chunks its `components/<name>.js`
 * imports statically, directly or through another chunk, as indexes into one list of chunk names
 * (`core-AB12CD34`: `chunks/` and `.js` left out). A tag whose file imports only the first chunk,
 * `core`, is left out too: the loader takes `[0]` for it.
 */
interface LoaderChunks {
  readonly files: string[];
  readonly tags: Record<string, number[]>;
}

/** The chunks each element's file loads with it, from the elements' build. */
function loaderChunks(tags: readonly string[], elements: CdnFiles): LoaderChunks {
  const files: string[] = [];
  const indexOf = (file: string): number => {
    const index = files.indexOf(file);
    return index === -1 ? files.push(file) - 1 : index;
  };
  const byTag: Record<string, number[]> = {};
  for (const name of tags.map((tag) => tag.slice(5))) {
    const entry = `components/${name}.js`;
    const seen = [...filesLoadedBy(elements.outputs, [entry])].filter((file) => file !== entry);
    const indexes = seen.map(indexOf);
    if (indexes.join() !== '0') byTag[name] = indexes;
  }
  if (!files[0]?.startsWith('chunks/core-')) throw new Error(`the loader expects chunks/core-*.js first, not ${files[0]}`);
  return { files: files.map((file) => /^chunks\/(.+)\.js$/.exec(file)![1]!), tags: byTag };
}

/**
 * `coursekit-loader.js`, after the elements: the known tags and the chunks each one's file
 * imports (`loaderChunks`, with their final names) are written into it as literals.
 */
async function buildLoader(tags: readonly string[], elements: CdnFiles): Promise<CdnFiles> {
  const literals = { __CKIT_TAGS__: JSON.stringify(tags.join(' ')), __CKIT_CHUNKS__: JSON.stringify(loaderChunks(tags, elements)) };
  const bundle = await rollup({
    input: { [LOADER]: join(ELEMENTS_SRC, 'cdn', 'coursekit-loader.ts') },
    // After esbuild's transform, which drops the `declare const` lines that name them.
    plugins: [...plugins(), { name: 'coursekit-cdn-literals', transform: (code) => ({ code: code.replace(/\b__CKIT_(TAGS|CHUNKS)__\b/g, (name) => literals[name as keyof typeof literals]), map: null }) }],
    onwarn,
  });
  const { output } = await bundle.generate({ ...NAMING, sourcemap: true });
  await bundle.close();
  return cdnFiles(output);
}

/**
 * `coursekit-mock.js`, on its own: in the elements' build, Rollup keeps one copy of each module
 * with whatever any entry uses of it, so the zod and SDK code only the backend needs (its
 * request checks) would ride in `core`, which every page loads. Apart, the backend carries its
 * own copy of the zod and SDK code it uses; it imports the loader at run time, by URL.
 */
async function buildBackend(): Promise<CdnFiles> {
  const bundle = await rollup({ input: { 'coursekit-mock': join(ROOT, 'scripts', 'cdn', 'coursekit-mock.ts') }, plugins: plugins(), treeshake: TREESHAKE, onwarn });
  const { output } = await bundle.generate({ ...NAMING, sourcemap: true });
  await bundle.close();
  return cdnFiles(output);
}

/** One Rollup build's files and their metafile outputs. */
interface CdnFiles {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly outputs: Metafile['outputs'];
}

/** A Rollup output as files of the folder (chunk hashes in capitals) and metafile outputs. */
function cdnFiles(output: readonly (OutputChunk | OutputAsset)[]): CdnFiles {
  // Chunk hashes in capitals (`chunks/core-AB12CD34.js`), as the folder has always named them.
  const renames = new Map<string, string>();
  for (const item of output) {
    const match = item.type === 'chunk' ? /^chunks\/([\w-]+-)([a-z0-9]{8})\.js$/.exec(item.fileName) : null;
    if (match) renames.set(`${match[1]}${match[2]}.js`, `${match[1]}${match[2]!.toUpperCase()}.js`);
  }
  const pattern = new RegExp([...renames.keys()].map((name) => name.replace(/[.-]/g, '\\$&')).join('|') || '(?!)', 'g');
  const rename = (text: string) => text.replace(pattern, (name) => renames.get(name)!);
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const outputs: Metafile['outputs'] = {};
  for (const item of output) {
    const source = item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
    files.set(rename(item.fileName), encoder.encode(rename(source)));
    if (item.type !== 'chunk') continue;
    outputs[`${OUTPUT_PREFIX}/${rename(item.fileName)}`] = {
      bytes: encoder.encode(item.code).byteLength,
      inputs: Object.fromEntries(Object.entries(item.modules).map(([id, module]) => [posix(relative(ROOT, id)), { bytesInOutput: module.renderedLength }])),
      imports: [
        ...item.imports.map((path) => ({ path: `${OUTPUT_PREFIX}/${rename(path)}`, kind: 'import-statement' as const })),
        ...item.dynamicImports.map((path) => ({ path: `${OUTPUT_PREFIX}/${rename(path)}`, kind: 'dynamic-import' as const })),
      ],
      exports: item.exports,
      ...(item.isEntry && item.facadeModuleId ? { entryPoint: posix(relative(ROOT, item.facadeModuleId)) } : {}),
    };
  }
  return { files, outputs };
}

/** Library code (outside `components/`) that more elements than this use goes into `core`. */
const SHARED_MIN = 2;
const SDK_SOURCE = /[\\/]packages[\\/]sdk[\\/]src[\\/]/;
const COMPONENT = /[\\/]packages[\\/]elements[\\/]src[\\/]components[\\/]([^\\/]+)[\\/]/;

/**
 * The elements (tags without `ckit-`) whose entry loads some of each module's code, read from a
 * generation in Rollup's own chunks, so after tree-shaking: a module that an index re-exports
 * counts for the elements that use its code, not for every element that imports the index.
 */
function usersByModule(output: readonly (OutputChunk | OutputAsset)[], tags: readonly string[]): Map<string, Set<string>> {
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const users = new Map<string, Set<string>>();
  for (const name of tags.map((tag) => tag.slice(5))) {
    const seen = new Set<string>();
    const visit = (fileName: string): void => {
      const chunk = chunks.get(fileName);
      if (!chunk || seen.has(fileName)) return;
      seen.add(fileName);
      for (const [id, module] of Object.entries(chunk.modules)) if (module.renderedLength) (users.get(id) ?? users.set(id, new Set()).get(id)!).add(name);
      for (const imported of chunk.imports) visit(imported);
    };
    visit(`components/${name}.js`);
  }
  return users;
}

/**
 * How modules are grouped into chunks, so a page loads few files:
 * - `core`: everything the provider uses (Lit, the SDK's core, zod, ky, the base class, data,
 *   i18n en), and the library code (data, internal, styles, events, Lit directives…) that three
 *   or more elements use;
 * - `<name>`: an element's own folder, when more than its own entry uses it (the catalog its cards);
 * - the rest by Rollup: code of one element goes into its entry, code only loaded with `import()`
 *   (a language, the sanitizer, a gateway) stays in its own lazy chunk.
 * Only these modules are placed by hand (`onlyExplicitManualChunks`): a module that `core` imports
 * without using its code, such as an SDK resource the SDK's index re-exports, follows its users.
 */
function chunkPlan(users: ReadonlyMap<string, ReadonlySet<string>>): ManualChunksOption {
  return (id) => {
    const by = users.get(id);
    if (!by) return undefined;
    if (by.has('provider')) return 'core';
    const own = COMPONENT.exec(id)?.[1];
    if (own) return by.size > 1 || !by.has(own) ? own : undefined;
    return by.size > SHARED_MIN ? 'core' : undefined;
  };
}

/** Writes a build to `dir` (emptied first, so no stale chunk stays behind). */
export async function writeCdn(cdn: CdnBuild, dir = CDN_DIR): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, contents] of cdn.files) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cdn = await buildCdn();
  await writeCdn(cdn);
  const scripts = [...cdn.files.keys()].filter((path) => path.endsWith('.js')).length;
  console.log(`${posix(relative(ROOT, CDN_DIR))}: ${scripts} scripts (${cdn.tags.length} elements) in ${cdn.buildMs} ms`);
}
