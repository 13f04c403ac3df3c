/**
 * The lazy loader of the CDN build (`dist/cdn/coursekit-loader.js`): one script tag on any page,
 * and each `ckit-*` element the page's markup uses is imported the first time it appears, from
 * `components/<tag without ckit->.js` next to this file. Elements added later (by the page's
 * script, a framework, a CMS block) are found by a `MutationObserver` on the document; a shadow
 * root the page renders into is not watched by it, so hand it to `discover()`.
 *
 * An element imports the elements it renders itself (the catalog its cards, the player its quiz),
 * so the loader only needs what the markup has. The chunks an element's file imports are asked for
 * together with the file (`<link rel="modulepreload">`), not once it has arrived: a page's code
 * arrives one round trip after the loader rather than two or three. Tags the build does not know
 * are left alone: no request for them. No inline script and no `eval`, so it runs under a strict
 * CSP.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@coursekit/elements/dist/cdn/coursekit-loader.js"></script>
 * <ckit-provider base-url="https://school.example/api/v1">
 *   <ckit-course-catalog></ckit-course-catalog>
 * </ckit-provider>
 * ```
 * @module
 */

/** The tags of the build, space-separated (`ckit-cart ckit-cart-button …`), written in by `scripts/build-cdn.ts`. */
declare const __CKIT_TAGS__: string;
/**
 * The chunks each element's file imports, written in by `scripts/build-cdn.ts`: their names
 * (`core-AB12CD34` for `chunks/core-AB12CD34.js`), and by tag without `ckit-`, indexes into them;
 * a tag left out imports only the first, `core`.
 */
declare const __CKIT_CHUNKS__: { files: string[]; tags: Record<string, number[]> };
const chunks = __CKIT_CHUNKS__;

const known = new Set(__CKIT_TAGS__.split(' '));
/** Imports started, by tag: each tag is imported once. */
const loading = new Map<string, Promise<unknown>>();
const components = new URL('./components/', import.meta.url);
/** Chunks already preloaded. */
const preloaded = new Set<number>();

/**
 * Asks for the chunks an element's file imports along with that file: without it, the browser
 * learns of them only once the file has arrived, one round trip later. Fetched and parsed, not
 * run: the element's file runs them in its own order.
 */
function preload(name: string): void {
  for (const index of chunks.tags[name] ?? [0]) {
    if (preloaded.has(index)) continue;
    preloaded.add(index);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${chunks.files[index]}.js`, import.meta.url).href;
    document.head.append(link);
  }
}

/** Imports the element registering `tag`, once; `undefined` for a tag the build does not know or one already defined. */
function load(tag: string): Promise<unknown> | undefined {
  let started = loading.get(tag);
  if (!started && known.has(tag) && !customElements.get(tag)) {
    preload(tag.slice(5));
    started = import(new URL(`${tag.slice(5)}.js`, components).href).catch((error: unknown) => {
      // A network failure may pass: the next discovery of the tag tries again.
      loading.delete(tag);
      console.error(`CourseKit: ${tag} could not be loaded`, error);
    });
    loading.set(tag, started);
  }
  return started;
}

/**
 * Imports the elements of every undefined `ckit-*` tag in `root` (and `root` itself when it is an
 * element). The returned promise settles once they are defined (it never rejects).
 *
 * @example
 * ```js
 * import { discover } from './coursekit-loader.js';
 * const shadow = host.attachShadow({ mode: 'open' });
 * shadow.innerHTML = '<ckit-wishlist></ckit-wishlist>';
 * await discover(shadow);
 * ```
 */
export function discover(root: Element | Document | DocumentFragment): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('ckit-') && !root.matches(':defined')) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) if (element.localName.startsWith('ckit-')) tags.add(element.localName);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
}).observe(document, { subtree: true, childList: true });

void discover(document);
