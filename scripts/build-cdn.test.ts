/**
 * The CDN folder (`scripts/build-cdn.ts`): every element has its entry, the loader knows every
 * tag and stays within its first-paint budget, a page loads no SDK resource its elements do not
 * use, the reference backend (`coursekit-mock.js`) is built apart and leaves none of its code in
 * the elements' files, chunk names depend only on their code (two builds give the same names), and
 * every file is self-contained (no bare import left for a browser to choke on). Run with
 * `npm run test:node -- build-cdn`.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCdn, elementTags, type CdnBuild } from './build-cdn.js';
import { closure, loaderFirstPaint } from './bench/page-budgets.js';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('the CDN folder', { timeout: 120_000 }, () => {
  let first: CdnBuild;
  let second: CdnBuild;

  before(async () => {
    first = await buildCdn();
    second = await buildCdn();
  });

  /** The modules (paths from the repository root) with code in `files` of the first build. */
  const modulesIn = (files: Iterable<string>) =>
    new Set([...files].flatMap((file) => Object.entries(first.metafile.outputs[`${first.outputPrefix}/${file}`]?.inputs ?? {}).filter(([, module]) => module.bytesInOutput).map(([id]) => id)));

  it('has one entry per element folder, and the loader, coursekit.js and coursekit-mock.js', async () => {
    const folders = readdirSync(new URL('../packages/elements/src/components/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const tags = await elementTags();
    assert.deepEqual(tags, folders.map((name) => `ckit-${name}`).filter((tag) => tags.includes(tag)).sort());
    assert.ok(tags.includes('ckit-provider') && tags.includes('ckit-course-catalog'), tags.join(' '));
    for (const tag of tags) {
      const entry = text(first.files.get(`components/${tag.slice(5)}.js`));
      assert.ok(entry, `components/${tag.slice(5)}.js`);
    }
    for (const file of ['coursekit.js', 'coursekit-loader.js', 'coursekit-mock.js']) assert.ok(first.files.has(file), file);
  });

  it('writes the known tags into the loader, and nothing but chunks beside the entries', () => {
    const loader = text(first.files.get('coursekit-loader.js'));
    assert.ok(loader.includes(`"${first.tags.join(' ')}"`), 'the tag list, as built');
    assert.ok(!loader.includes('__CKIT_TAGS__'));
    const entries = new Set(['coursekit.js', 'coursekit-loader.js', 'coursekit-mock.js', ...first.tags.map((tag) => `components/${tag.slice(5)}.js`)]);
    for (const path of first.files.keys()) {
      if (path.endsWith('.map')) continue;
      assert.ok(entries.has(path) || /^chunks\/[\w-]+-[A-Z0-9]{8}\.js$/.test(path), `unexpected file ${path}`);
    }
  });

  it('keeps the loader within 3 KB gzipped on first paint (with the chunks it imports)', () => {
    const { gzipBytes, files } = loaderFirstPaint(first);
    assert.ok(gzipBytes <= 3 * 1024, `${gzipBytes} bytes over ${files.join(', ')}`);
    assert.ok(gzipSync(first.files.get('coursekit-loader.js')!, { level: 9 }).byteLength <= gzipBytes);
  });

  it("leaves out of every page's files an SDK resource that only some elements use, though the SDK's index re-exports it", () => {
    const modulesOf = (entries: string[]) => modulesIn(closure(first, entries));
    const orders = 'packages/sdk/src/resources/orders.ts';
    assert.ok(!modulesOf(['coursekit-loader.js', 'components/provider.js', 'components/course-catalog.js']).has(orders), 'a catalog page loads no orders code');
    assert.ok(modulesOf(['components/order-history.js']).has(orders), 'the order history loads it');
  });

  it("builds coursekit-mock.js apart: it imports none of the elements' files, and they carry none of the backend's zod checks", () => {
    const elements = closure(first, ['coursekit.js', 'coursekit-loader.js', ...first.tags.map((tag) => `components/${tag.slice(5)}.js`)], true);
    const backend = closure(first, ['coursekit-mock.js'], true);
    assert.deepEqual([...backend].filter((file) => elements.has(file)), [], 'files both load');
    // zod's checks (z.int, z.regex, z.minLength...) serve the SDK's request parameters, which only
    // the backend validates: built together, Rollup put them in `core`, on every page.
    const hasChecks = (file: string) => [...modulesIn([file])].some((id) => id.endsWith('/zod/v4/core/checks.js'));
    assert.deepEqual([...elements].filter(hasChecks), [], "element files with zod's checks");
    assert.ok(hasChecks('coursekit-mock.js'), 'the backend carries its own copy');
  });

  it('gives the same chunk names and contents on a second build', () => {
    assert.deepEqual([...second.files.keys()].sort(), [...first.files.keys()].sort());
    for (const [path, contents] of first.files) if (path.endsWith('.js')) assert.equal(text(second.files.get(path)), text(contents), path);
  });

  it('leaves no bare import in any script (everything a browser needs is in the folder)', () => {
    for (const [path, contents] of first.files) {
      if (!path.endsWith('.js')) continue;
      const specifiers = [...text(contents).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1]!);
      const bare = specifiers.filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('../'));
      assert.deepEqual(bare, [], path);
    }
  });
});
