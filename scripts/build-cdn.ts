/**
 * The CDN folder of `@coursekit/elements` (`packages/elements/dist/cdn/`): self-contained,
 * minified ES modules for a script tag on any site, with Lit, the SDK, ky and zod inlined.
 *
 * - `coursekit-loader.js`: the lazy loader; imports `components/<name>.js` for each `ckit-<name>`
 *   tag the page uses (`src/cdn/coursekit-loader.ts`), with the list of known tags written in.
 * - `components/<name>.js`: registers `<ckit-name>` (and the elements it renders). Each also
 *   registers `<ckit-provider>`, which every element sits in, so the provider is defined before
 *   any element under it first renders, whatever order the chunks arrive in; French and Arabic
 *   load on first use when the i18n module offers locale loaders.
 * - `coursekit.js`: everything at once (`src/index.ts`), for those who want one file.
 * - `coursekit-mock.js`: the reference backend in a service worker (`scripts/cdn/coursekit-mock.ts`).
 * - `chunks/[name]-[hash].js`: code shared by the entries, named by content, so a chunk's URL
 *   changes only when its code does.
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
import { build, type Metafile, type Plugin } from 'esbuild';
import { DROP_IN_BUILD_OPTIONS, ROOT } from './lib/drop-in-build.js';

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
  /** esbuild's metafile; its output paths are relative to the repository root (see `outputPath`). */
  readonly metafile: Metafile;
  /** The folder's path relative to the repository root, as the metafile's outputs start with it (`packages/elements/dist/cdn`). */
  readonly outputPrefix: string;
  /** How long esbuild took, in milliseconds. */
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
    setup(build) {
      build.onResolve({ filter: /^coursekit-cdn:/ }, ({ path }) => ({ path: path.slice('coursekit-cdn:'.length), namespace: 'coursekit-cdn' }));
      build.onLoad({ filter: /.*/, namespace: 'coursekit-cdn' }, ({ path }) => {
        const contents =
          path === 'prelude'
            ? prelude
            : `import 'coursekit-cdn:prelude';\nimport '${posix(join(ELEMENTS_SRC, 'components', path, `${path}.ts`))}';`;
        return { contents, loader: 'js', resolveDir: ELEMENTS_SRC };
      });
    },
  };
}

/** Builds the CDN folder in memory. */
export async function buildCdn(): Promise<CdnBuild> {
  const started = Date.now();
  const tags = await elementTags();
  const outdir = CDN_DIR;
  const result = await build({
    ...DROP_IN_BUILD_OPTIONS,
    entryPoints: {
      coursekit: join(ELEMENTS_SRC, 'index.ts'),
      [LOADER]: join(ELEMENTS_SRC, 'cdn', 'coursekit-loader.ts'),
      'coursekit-mock': join(ROOT, 'scripts', 'cdn', 'coursekit-mock.ts'),
      ...Object.fromEntries(tags.map((tag) => [`components/${tag.slice(5)}`, `coursekit-cdn:${tag.slice(5)}`])),
    },
    // A string, inlined where it is used (esbuild would share an array literal through a chunk).
    define: { __CKIT_TAGS__: JSON.stringify(tags.join(' ')) },
    plugins: [...DROP_IN_BUILD_OPTIONS.plugins, await componentEntries()],
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [posix(relative(outdir, file.path)), file.contents]));
  return { files, tags, metafile: result.metafile, outputPrefix: posix(relative(ROOT, outdir)), buildMs: Date.now() - started };
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
