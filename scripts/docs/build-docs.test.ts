/**
 * The docs site builder (`scripts/build-docs.ts`), without a browser: a page for every element
 * of the manifest with a table for each kind of API it declares (events with their `detail`),
 * no heading per part or event, nothing private, inherited members once, a live example for every
 * element, a playground that offers exactly the manifest's tags, no inline script, and no broken
 * relative link. Run with `npm run test:node -- docs/build-docs`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { buildDocsSite, MANIFEST_PATH, ROOT, type DocsSite } from '../build-docs.js';
import { readEventDetails } from './event-details.js';
import { LIVE_EXAMPLES } from './live-examples.js';
import type { PlaygroundData } from './playground-data.js';

interface RawDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string; static?: boolean; attribute?: string }[];
  events?: { name: string; type?: { text?: string } }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** The manifest's elements, read here on their own rather than through the builder's reader. */
const declarations = (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { modules: { declarations?: RawDeclaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is RawDeclaration & { tagName: string } => !!declaration.customElement && !!declaration.tagName);
const tags = declarations.map((declaration) => declaration.tagName).sort();

/** The markup of one `<section aria-labelledby="id">` of a page, or `undefined`. */
function section(page: string, id: string): string | undefined {
  const start = page.indexOf(`<section aria-labelledby="${id}">`);
  if (start === -1) return undefined;
  return page.slice(start, page.indexOf('</section>', start));
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('the docs site builder', { timeout: 60_000 }, () => {
  let outDir: string;
  let site: DocsSite;
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'coursekit-docs-'));
    site = await buildDocsSite({ outDir });
  });

  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a page for every element of the manifest, the guides and the playground', () => {
    assert.ok(tags.length >= 20, `${tags.length} elements`);
    assert.deepEqual(site.elements.map((element) => element.tag), tags);
    for (const tag of tags) assert.ok(site.pages.includes(`elements/${tag}.html`), tag);
    for (const page of ['index.html', 'elements/index.html', 'playground.html', 'guides/script-tag.html', 'guides/sdk.html', 'guides/react.html', 'guides/vue.html', 'guides/cms.html'])
      assert.ok(site.pages.includes(page), page);
    assert.equal(site.pages.length, tags.length + 8);
    for (const page of site.pages) assert.ok(existsSync(join(outDir, page)), page);
  });

  it('has a table for each kind of API an element declares, and none for what it does not', () => {
    for (const declaration of declarations) {
      const page = read(`elements/${declaration.tagName}.html`);
      const kinds: [string, { name: string }[] | undefined][] = [
        ['attributes', declaration.attributes],
        ['events', declaration.events],
        ['slots', declaration.slots],
        ['parts', declaration.cssParts],
        ['css-properties', declaration.cssProperties],
      ];
      for (const [id, items] of kinds) {
        const table = section(page, id);
        if (!items?.length) {
          assert.equal(table, undefined, `${declaration.tagName} declares no ${id}`);
          continue;
        }
        assert.ok(table?.includes('<table class="api-table">'), `${declaration.tagName}: a ${id} table`);
        const rows = table!.match(/<th scope="row">/g)?.length ?? 0;
        assert.equal(rows, new Set(items.map((item) => item.name)).size, `${declaration.tagName}: one ${id} row each`);
        for (const item of items) {
          const name = item.name ? `<code>${escapeText(item.name)}</code>` : '(default)';
          assert.ok(table!.includes(name), `${declaration.tagName} ${id}: ${item.name}`);
        }
      }
    }
  });

  it("gives every event its detail type, from the event class's module", () => {
    const details = readEventDetails(join(ROOT, 'packages', 'elements', 'src', 'events'));
    const card = section(read('elements/ckit-course-card.html'), 'events')!;
    assert.match(card, /<code>ckit-course-load<\/code>[\s\S]*?<code>\{ course: Course \}<\/code>/);
    assert.match(card, /<code>ckit-navigate-request<\/code>[\s\S]*?cancelable[\s\S]*?<code>\{ href: string; course: Course \}<\/code>/);
    for (const declaration of declarations)
      for (const event of declaration.events ?? []) {
        const detail = details.get(event.type?.text ?? '');
        assert.ok(detail, `${declaration.tagName}: ${event.name} names an event class with a module (${event.type?.text})`);
        const table = section(read(`elements/${declaration.tagName}.html`), 'events')!;
        const row = table.slice(table.indexOf(`<code>${event.name}</code>`)).split('</tr>')[0]!;
        assert.ok(row.includes(detail.shape === 'none' ? 'no detail' : `<code>${escapeText(detail.shape)}</code>`), `${declaration.tagName}: ${event.name} shows ${detail.shape}`);
      }
  });

  it('makes no heading of a part, an event, a slot or an attribute', () => {
    for (const declaration of declarations) {
      const page = read(`elements/${declaration.tagName}.html`);
      const headings = [...page.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => match[2]!.replace(/<[^>]+>/g, ''));
      assert.ok(headings.length <= 12, `${declaration.tagName}: ${headings.length} headings`);
      const names = [...(declaration.cssParts ?? []), ...(declaration.events ?? []), ...(declaration.slots ?? []), ...(declaration.attributes ?? [])].map((item) => item.name);
      for (const heading of headings) assert.ok(!names.includes(heading.trim()), `${declaration.tagName}: heading "${heading}"`);
    }
  });

  it('leaves private, protected and static members out, and lists an inherited one once', () => {
    for (const declaration of declarations) {
      const page = read(`elements/${declaration.tagName}.html`);
      // Where members are listed (a part may share a private field's name, e.g. `drawer`).
      const members = `${section(page, 'attributes') ?? ''}${section(page, 'properties') ?? ''}${section(page, 'methods') ?? ''}`;
      const hidden = (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.static || member.name.startsWith('#'));
      for (const member of hidden) {
        if ((declaration.members ?? []).some((other) => other !== member && other.name === member.name && !other.privacy)) continue;
        assert.ok(!members.includes(`<code>${escapeText(member.name)}</code>`) && !members.includes(`<code>${escapeText(member.name)}(`), `${declaration.tagName}: ${member.name} is not public`);
      }
      // `theme` comes from the base class: one row, marked as inherited.
      const attributes = section(page, 'attributes') ?? '';
      assert.equal(attributes.split('<th scope="row"><code>theme</code></th>').length - 1, 1, `${declaration.tagName}: theme once`);
      assert.match(attributes, /from CoursekitElement/);
    }
  });

  it('runs a live example of every element against the in-browser backend', () => {
    assert.deepEqual(Object.keys(LIVE_EXAMPLES).sort(), tags, 'one written example per element');
    for (const tag of tags) {
      const page = read(`elements/${tag}.html`);
      assert.ok(page.includes('<script type="module" src="/cdn/coursekit-mock.js"></script>'), `${tag}: loads the mock`);
      const example = page.slice(page.indexOf(`data-live-example="${tag}"`), page.indexOf('</div>', page.indexOf(`data-live-example="${tag}"`)));
      assert.match(example, /<ckit-provider base-url="mock:"/, tag);
      assert.ok(example.includes(`<${tag}`), `${tag} is in its own example`);
    }
  });

  it("offers exactly the manifest's elements in the playground, with a control per attribute", () => {
    const page = read('playground.html');
    const options = [...page.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(options, tags);
    const data = JSON.parse(read('assets/playground-data.json')) as PlaygroundData;
    assert.deepEqual(data.elements.map((element) => element.tag), tags);
    for (const element of data.elements) {
      const declared = declarations.find((declaration) => declaration.tagName === element.tag)!;
      assert.deepEqual(element.attributes.map((attribute) => attribute.name), [...new Set((declared.attributes ?? []).map((attribute) => attribute.name))], element.tag);
    }
    const card = data.elements.find((element) => element.tag === 'ckit-course-card')!;
    const control = (name: string) => card.attributes.find((attribute) => attribute.name === name)?.control;
    assert.deepEqual(control('layout'), { kind: 'enum', options: ['vertical', 'horizontal'] });
    assert.deepEqual(control('theme'), { kind: 'enum', options: ['light', 'dark', 'auto', 'inherit'] });
    assert.deepEqual(control('no-wishlist'), { kind: 'boolean' });
    assert.deepEqual(control('heading-level'), { kind: 'number' });
    assert.deepEqual(control('course-slug'), { kind: 'text' });
    assert.equal(card.initial['course-slug'], 'modern-javascript-from-scratch');
    const sort = data.elements.find((element) => element.tag === 'ckit-course-catalog')!.attributes.find((attribute) => attribute.name === 'sort')!.control;
    assert.ok(sort.kind === 'enum' && sort.options.includes('-rating'), 'CourseSort from the SDK schemas');
    assert.ok(data.tokens.some((token) => token.name === '--ckit-color-primary' && token.default === '#4338ca'), 'the light default');
  });

  it('has no inline script and no broken relative link', () => {
    for (const page of site.pages) {
      const html = read(page);
      assert.deepEqual(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], [], `${page}: inline script`);
      assert.doesNotMatch(html, /\son[a-z]+=/, `${page}: inline event handler`);
      for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const target = match[1]!;
        if (!target || target.startsWith('/') || /^[a-z]+:/.test(target)) continue;
        const resolved = posix.normalize(posix.join(posix.dirname(page), target));
        // `api/` is typedoc's output, built by `npm run docs` next to the site.
        if (resolved === 'api' || resolved.startsWith('api/')) continue;
        assert.ok(existsSync(join(outDir, resolved.endsWith('/') ? `${resolved}index.html` : resolved)), `${page}: ${target}`);
      }
    }
    assert.ok(existsSync(join(dirname(join(outDir, 'assets/x')), 'docs-page.js')) && existsSync(join(outDir, 'assets', 'playground.js')));
  });
});
