/**
 * Size of the SDK as a browser ships it: one minified ES module of `packages/sdk/src/index.ts`
 * with ky inlined, gzipped at level 9. zod would show as a part of its own were anything to pull
 * it in: the client validates with generated code.
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = 'packages/sdk/src/index.ts';
const RESOURCES = 'packages/sdk/src/resources/';
const OUTFILE = 'coursekit-sdk.min.js';

/** One slice of the bundle: who contributed how many minified bytes. */
export interface BundleGroup {
  name: string;
  minifiedBytes: number;
  /** The group's share of the gzipped bundle, attributed in proportion to its minified bytes. */
  gzipBytes: number;
}

export interface BundleReport {
  minifiedBytes: number;
  gzipBytes: number;
  groups: BundleGroup[];
  /** Resource modules of the SDK missing from the bundle (should be none). */
  missingResources: string[];
}

const GROUPS: [name: string, test: (path: string) => boolean][] = [
  ['ky', (path) => path.includes('node_modules/ky/')],
  ['zod (zod/mini)', (path) => path.includes('node_modules/zod/')],
  ['CourseKit SDK code', (path) => path.startsWith('packages/sdk/src/')],
];

/** Bundles, minifies and gzips the SDK; attributes the size to ky, zod and our own code. */
export async function measureSdkBundle(): Promise<BundleReport> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: OUTFILE,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const inputs = Object.entries(result.metafile.outputs[OUTFILE]?.inputs ?? {});

  // gzip works across module boundaries, so a group's compressed size is not separable; its
  // share of the gzipped total is taken in proportion to its minified bytes.
  const attributed = inputs.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const groups = [...GROUPS, ['other', () => true] as const].map(([name]) => ({ name, minifiedBytes: 0, gzipBytes: 0 }));
  for (const [path, input] of inputs) {
    const index = GROUPS.findIndex(([, test]) => test(path));
    groups[index === -1 ? GROUPS.length : index]!.minifiedBytes += input.bytesInOutput;
  }
  for (const group of groups) group.gzipBytes = Math.round((gzipBytes * group.minifiedBytes) / attributed);

  const bundled = new Set(inputs.map(([path]) => path));
  const missingResources = readdirSync(new URL(RESOURCES, `file://${ROOT}`))
    // index.ts only re-exports the classes: it has no bytes of its own in a bundle.
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
    .map((file) => `${RESOURCES}${file}`)
    .filter((path) => !bundled.has(path));

  return { minifiedBytes: code.length, gzipBytes, groups: groups.filter((group) => group.minifiedBytes > 0), missingResources };
}
