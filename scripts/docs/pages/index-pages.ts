/**
 * The site's front page (what CourseKit is, where to start for each audience) and the list of
 * elements.
 *
 * @module
 */
import { html, inlineMarkdown, type Html } from '../html.js';
import type { ElementDoc } from '../manifest.js';
import type { Guide } from './guides.js';

/** The sidebar of element pages: every element, the current one marked. */
export function elementsSidebar(elements: readonly ElementDoc[], currentTag?: string): Html {
  return html`<nav class="sidebar" aria-label="Elements">
        <h2 class="sidebar-title">Elements</h2>
        <ul>
          ${elements.map(
            (element) =>
              html`<li><a href="${element.tag}.html"${element.tag === currentTag ? html` aria-current="page"` : ''}><code>${element.tag}</code></a></li>
          `,
          )}
        </ul>
      </nav>`;
}

/** The first sentence of a summary, for lists. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.:](\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1).replace(/:$/, '.');
}

/** `elements/index.html`: every element with its summary. */
export function elementsIndexPage(elements: readonly ElementDoc[]): Html {
  return html`
        <h1>Elements</h1>
        <p class="lede">
          ${elements.length} custom elements, each with a live example and its full API. Put them inside a
          <a href="ckit-provider.html"><code>&lt;ckit-provider&gt;</code></a>, which connects them to your API.
        </p>
        <ul class="card-list">
          ${elements.map(
            (element) => html`<li>
            <a href="${element.tag}.html"><code>&lt;${element.tag}&gt;</code></a>
            <p>${inlineMarkdown(firstSentence(element.summary || element.description))}</p>
          </li>
          `,
          )}
        </ul>`;
}

/** `index.html`: what CourseKit is and where to start. */
export function frontPage(elements: readonly ElementDoc[], guides: readonly Guide[]): Html {
  return html`
        <h1>CourseKit</h1>
        <p class="lede">
          Sell and deliver online courses from any website: drop-in custom elements, a typed SDK, and a reference
          backend that runs anywhere, even in the browser.
        </p>
        <div class="packages">
          <section aria-labelledby="pkg-elements">
            <h2 id="pkg-elements"><code>@coursekit/elements</code></h2>
            <p>${elements.length} Lit custom elements: catalog, course page, reviews, wishlist, cart, checkout, player, quizzes, certificates. One script tag, any framework, themeable with <code>--ckit-*</code> tokens.</p>
            <p><a href="elements/index.html">Browse the elements</a></p>
          </section>
          <section aria-labelledby="pkg-sdk">
            <h2 id="pkg-sdk"><code>@coursekit/sdk</code></h2>
            <p>A typed client for every endpoint, in Node 20+ and browsers: paginated lists you can iterate, typed errors, safe retries.</p>
            <p><a href="guides/sdk.html">Use the SDK</a> · <a href="api/">API reference</a></p>
          </section>
          <section aria-labelledby="pkg-mock">
            <h2 id="pkg-mock"><code>@coursekit/mock</code></h2>
            <p>The reference backend of the whole API on msw handlers: in a service worker, in Node tests, or over HTTP. Every example on this site runs on it.</p>
            <p><a href="guides/script-tag.html#without-a-server">Run without a server</a></p>
          </section>
        </div>

        <h2 id="start">Get started</h2>
        <ul class="card-list">
          ${guides.map(
            (guide) => html`<li>
            <a href="${guide.path}">${guide.title}</a>
            <p>${guide.summary}</p>
          </li>
          `,
          )}
          <li>
            <a href="playground.html">Playground</a>
            <p>Pick an element, edit its attributes and theme, copy the markup.</p>
          </li>
        </ul>

        <h2 id="try">Try it here</h2>
        <p>${inlineMarkdown('`npm start` in the repository serves these docs at `/docs/`, the examples site (a whole school) at `/`, and the API reference at `/docs/api/` once `npm run docs` has built it.')}</p>`;
}
