/**
 * What each published package (`@coursekit/sdk`, `@coursekit/mock`, `@coursekit/elements`) puts
 * in its tarball: `npm pack` writes it to a temporary folder, then
 *
 * - publint (its Node API, level `warning`) checks `exports`, `files` and the fields around them;
 * - arethetypeswrong (`attw --format json`) checks that every entry point resolves to types and
 *   JavaScript under Node 16+ module resolution and under bundlers;
 * - the tarball has a LICENSE and no test harness (`src/test-support`) or tests, and package.json
 *   names the repository and a Node range that every runtime dependency supports.
 *
 * It packs `dist/`, so `npm run build` must have run (CI builds before testing); locally the suite
 * is skipped, saying so, when a package has not been built.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import semver from 'semver';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['sdk', 'mock', 'elements'] as const;

/**
 * attw rules not enforced, each with its reason:
 *
 * - `cjs-resolves-to-esm`: the packages are ESM only (`"type": "module"`, no CommonJS build), on
 *   purpose. From CommonJS they load with `import()`, or with `require()` on Node 20.19+.
 */
const ATTW_IGNORED_RULES: Record<string, string> = { 'cjs-resolves-to-esm': 'CJSResolvesToESM' };

interface PackageJson {
  name: string;
  license?: string;
  repository?: { type?: string; url?: string; directory?: string } | string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
}

interface Packed {
  dir: string;
  manifest: PackageJson;
  tarball: string;
  files: string[];
}

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function pack(name: string, destination: string): Packed {
  const dir = join(root, 'packages', name);
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, `npm pack failed in packages/${name}:\n${result.stderr}`);
  const [report] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[];
  assert.ok(report, `npm pack printed no report for packages/${name}`);
  return {
    dir,
    manifest: readJson<PackageJson>(join(dir, 'package.json')),
    tarball: join(destination, report.filename),
    files: report.files.map((file) => file.path),
  };
}

/** attw's problems that its exit status counted: outside the node10 resolution the profile drops, and not ignored. */
function enforcedProblems(problems: Record<string, AttwProblem[]> | AttwProblem[]): AttwProblem[] {
  const all = Array.isArray(problems) ? problems : Object.values(problems).flat();
  const ignoredKinds = new Set(Object.values(ATTW_IGNORED_RULES));
  return all.filter((problem) => problem.resolutionKind !== 'node10' && !ignoredKinds.has(problem.kind));
}

/**
 * The installed package.json of a runtime dependency: the nearest `node_modules/<name>` from the
 * package's folder up, as Node resolves it (read directly: not every package exports `./package.json`).
 */
function dependencyManifest(from: string, dependency: string): PackageJson {
  for (let dir = from; ; dir = dirname(dir)) {
    const path = join(dir, 'node_modules', dependency, 'package.json');
    if (existsSync(path)) return readJson<PackageJson>(path);
    assert.notEqual(dirname(dir), dir, `${dependency} is not installed`);
  }
}

const unbuilt = PACKAGES.filter((name) => !existsSync(join(root, 'packages', name, 'dist', 'index.js')));
const skip = unbuilt.length && !process.env['CI'] ? `packages/{${unbuilt.join(',')}}/dist missing: run npm run build first` : false;

describe('published packages', { skip }, () => {
  let destination = '';
  const packed = new Map<string, Packed>();

  before(() => {
    assert.deepEqual(unbuilt, [], `packages/{${unbuilt.join(',')}}/dist is missing: run npm run build before the tests`);
    destination = mkdtempSync(join(tmpdir(), 'coursekit-pack-'));
    for (const name of PACKAGES) packed.set(name, pack(name, destination));
  });

  after(() => {
    if (destination) rmSync(destination, { recursive: true, force: true });
  });

  const packedOf = (name: string): Packed => {
    const result = packed.get(name);
    assert.ok(result, `packages/${name} was not packed`);
    return result;
  };

  for (const name of PACKAGES) {
    describe(`@coursekit/${name}`, () => {
      it('publint finds nothing at level warning', async () => {
        const { tarball } = packedOf(name);
        const bytes = readFileSync(tarball);
        const { messages, pkg } = await publint({
          pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
          level: 'warning',
        });
        assert.deepEqual(
          messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, pkg) ?? ''}`),
          [],
        );
      });

      it('arethetypeswrong: every entry point has types under node16 (ESM) and bundler resolution', { timeout: 120_000 }, () => {
        const { tarball } = packedOf(name);
        const args = [tarball, '--format', 'json', '--profile', 'node16', '--ignore-rules', ...Object.keys(ATTW_IGNORED_RULES)];
        const result = spawnSync(join(root, 'node_modules', '.bin', 'attw'), args, { encoding: 'utf8' });
        const report = JSON.parse(result.stdout) as { problems: Record<string, AttwProblem[]> | AttwProblem[] };
        const problems = enforcedProblems(report.problems).map((p) => `${p.kind} at ${p.entrypoint ?? '?'} (${p.resolutionKind ?? 'any resolution'})`);
        assert.deepEqual(problems, [], `attw exited with ${result.status}`);
        assert.equal(result.status, 0, `attw exited with ${result.status}:\n${result.stderr}`);
      });

      it('ships its LICENSE and no test harness or tests', () => {
        const { files } = packedOf(name);
        assert.ok(files.includes('LICENSE'), 'LICENSE is not in the tarball');
        assert.deepEqual(files.filter((file) => file.includes('test-support/')), [], 'src/test-support is in the tarball');
        assert.deepEqual(files.filter((file) => /\.test\.(ts|js|d\.ts)$/.test(file)), [], 'test files are in the tarball');
      });

      it('names its license and repository, and a Node range every runtime dependency supports', () => {
        const { dir, manifest } = packedOf(name);
        assert.equal(manifest.license, 'MIT');
        assert.ok(typeof manifest.repository === 'object' && manifest.repository.url, 'repository.url is missing');
        assert.equal(manifest.repository.directory, `packages/${name}`);
        const node = manifest.engines?.node;
        assert.ok(node && semver.validRange(node), `engines.node is missing or not a range: ${node}`);
        // Every Node version the package claims must be one each dependency claims too.
        const narrower = Object.keys(manifest.dependencies ?? {}).flatMap((dependency) => {
          const needs = dependencyManifest(dir, dependency).engines?.node;
          return needs && !semver.subset(node, needs) ? [`${dependency} needs Node ${needs}`] : [];
        });
        assert.deepEqual(narrower, [], `engines.node is ${node}`);
      });
    });
  }
});
