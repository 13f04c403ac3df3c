/**
 * `npm run build` (JavaScript; `npm run build:types` adds the `.d.ts` files next to it).
 *
 * Each package's `src/` becomes `dist/` as unbundled ES modules, one file per source module:
 * consumers' bundlers tree-shake at module granularity, the `sideEffects` globs in the
 * package.json files keep matching real paths, and no dependency is ever inlined. A package is
 * built once it has a `src/index.ts`.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const PACKAGES = ['sdk', 'mock', 'elements'];

export default PACKAGES.filter((name) => existsSync(`packages/${name}/src/index.ts`)).map((name) => {
  const root = `packages/${name}`;
  const src = `${root}/src`;
  return {
    // Every shipped module is an entry: the `./*` subpath exports expose more than index.ts reaches.
    input: Object.fromEntries(sourceModules(src).map((file) => [relative(src, file).replace(/\.ts$/, ''), file])),
    plugins: [cleanDist(`${root}/dist`), declaredDependenciesOnly(root), esbuild({ target: 'es2022' })],
    output: {
      dir: `${root}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: src,
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  };
});

/**
 * Source modules that ship: no tests, no test harness, no declaration files. `src/cdn/` is the
 * script-tag build's own code (`scripts/build-cdn.ts` bundles it into `dist/cdn/`).
 */
function sourceModules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' || entry.name === 'cdn' ? [] : sourceModules(path);
    return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Empties `dist/` first, so a deleted module leaves no stale file behind (tsc re-emits types after). */
function cleanDist(dist) {
  return {
    name: 'clean-dist',
    buildStart() {
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/**
 * Keeps every bare import external, and fails the build on one the package does not declare:
 * it would resolve in this monorepo but break for whoever installs the package.
 */
function declaredDependenciesOnly(root) {
  const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));
  return {
    name: 'declared-dependencies-only',
    resolveId(source, importer) {
      // Entries (no importer) and relative or virtual ids are source modules, not dependencies.
      if (!importer || source.startsWith('.') || isAbsolute(source) || source.startsWith('\0')) return null;
      const bare = source.replace(/^node:/, '');
      const packageName = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (builtinModules.includes(bare) || declared.has(packageName)) return { id: source, external: true };
      this.error(`${relative(root, importer)} imports "${source}", which ${root}/package.json does not declare in dependencies.`);
    },
  };
}
