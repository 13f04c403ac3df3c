/**
 * `coursekit-mock.js` of the CDN folder: the reference backend in the page, for CMS previews
 * and demos without a server. Load it instead of `coursekit-loader.js`; providers whose
 * `base-url` is `mock:` talk to the reference backend (its seed school, data kept in
 * `localStorage`), other providers keep their own API.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@coursekit/elements/dist/cdn/coursekit-mock.js"></script>
 * <ckit-provider base-url="mock:"><ckit-course-catalog></ckit-course-catalog></ckit-provider>
 * ```
 *
 * The backend runs in msw's service worker, which must be served from the site's root as
 * `/mockServiceWorker.js` (copy `msw/lib/mockServiceWorker.js` of the msw version this build
 * bundles). The worker starts first, then the loader (`./coursekit-loader.js`), so no element
 * asks before the backend answers. Opt-in: nothing else in the CDN folder imports this file.
 *
 * Not on a page that enforces Trusted Types (`require-trusted-types-for 'script'`): msw registers
 * its worker with a URL string, which such a page refuses, and the backend does not start (the
 * console says so). Previews and demos run it on pages without that directive.
 *
 * @module
 */
import { startMockWorker } from '@coursekit/mock/browser';

/** Where the reference backend answers, on the page's origin. */
const MOCK_BASE = '/coursekit-mock/api/v1';
const MOCK_SELECTOR = 'ckit-provider[base-url="mock:"]';

/** Points `mock:` providers in `root` at the reference backend. */
function pointAtMock(root: ParentNode): void {
  if (root instanceof Element && root.matches(MOCK_SELECTOR)) root.setAttribute('base-url', MOCK_BASE);
  for (const provider of root.querySelectorAll(MOCK_SELECTOR)) provider.setAttribute('base-url', MOCK_BASE);
}

try {
  await startMockWorker({ baseUrl: MOCK_BASE });
} catch (error) {
  console.error('CourseKit: the in-browser reference backend did not start (is /mockServiceWorker.js served?)', error);
}
pointAtMock(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) pointAtMock(node);
}).observe(document, { subtree: true, childList: true });
// A computed specifier: the loader stays its own file (and a page that also loads it shares it).
const loader = new URL('./coursekit-loader.js', import.meta.url).href;
await import(loader);
