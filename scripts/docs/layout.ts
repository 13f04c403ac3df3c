/**
 * The frame every docs page shares: head, skip link, site header with the main navigation, an
 * optional sidebar, and the footer. Links are relative, so the site works under any path
 * (`npm start` serves it at `/docs/`); the CDN folder and the mock's worker are absolute, as the
 * examples server serves them at the site's root.
 *
 * @module
 */
import { html, type Html } from './html.js';

/** A page of the site. */
export interface PageOptions {
  /** Where it is written, relative to the site root, e.g. `elements/ckit-course-card.html`. */
  readonly path: string;
  /** The `<title>` (the site name is appended). */
  readonly title: string;
  /** One sentence for `<meta name="description">`. */
  readonly description: string;
  /** The main content, `<h1>` included. */
  readonly main: Html;
  /** A navigation beside the content (the list of elements). */
  readonly sidebar?: Html;
  /** Module scripts, relative to the site root (`assets/docs-page.js`). */
  readonly scripts?: readonly string[];
  /** Loads the in-browser reference backend and the elements (`/cdn/coursekit-mock.js`). */
  readonly live?: boolean;
}

/** The site's address of the CDN file that starts the reference backend, then the lazy loader. */
export const MOCK_SCRIPT = '/cdn/coursekit-mock.js';

/** The main navigation: label and path from the site root. */
export const NAV: readonly { readonly label: string; readonly path: string }[] = [
  { label: 'Overview', path: 'index.html' },
  { label: 'Elements', path: 'elements/index.html' },
  { label: 'Script tag', path: 'guides/script-tag.html' },
  { label: 'SDK', path: 'guides/sdk.html' },
  { label: 'React', path: 'guides/react.html' },
  { label: 'Vue', path: 'guides/vue.html' },
  { label: 'CMS plugins', path: 'guides/cms.html' },
  { label: 'Playground', path: 'playground.html' },
  { label: 'API reference', path: 'api/index.html' },
];

/** The path from `from` (a page path) back to the site root: `''`, `'../'`… */
export function rootOf(from: string): string {
  return '../'.repeat(from.split('/').length - 1);
}

/** Renders a complete page. */
export function page(options: PageOptions): string {
  const root = rootOf(options.path);
  const link = (path: string) => (path === 'api/index.html' ? `${root}api/` : `${root}${path}`);
  // `page` for the page itself, `true` for the section it is in (an element's page is under Elements).
  const current = (path: string) => (path === options.path ? 'page' : path === 'elements/index.html' && options.path.startsWith('elements/') ? 'true' : undefined);
  const scripts = [...(options.live ? [MOCK_SCRIPT] : []), ...(options.scripts ?? []).map((script) => `${root}${script}`)];
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="description" content="${options.description}" />
    <title>${options.title} · CourseKit docs</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${root}assets/docs.css" />
    ${scripts.map((src) => html`<script type="module" src="${src}"></script>\n    `)}
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <a class="brand" href="${root}index.html">CourseKit <span>docs</span></a>
      <nav aria-label="Main">
        <ul>
          ${NAV.map(
            (item) =>
              html`<li><a href="${link(item.path)}"${current(item.path) ? html` aria-current="${current(item.path)}"` : ''}>${item.label}</a></li>
          `,
          )}
        </ul>
      </nav>
    </header>
    <div class="layout${options.sidebar ? ' with-sidebar' : ''}">
      <main id="main" tabindex="-1">
${options.main}
      </main>
      ${options.sidebar ?? ''}
    </div>
    <footer class="site-footer">
      <p>CourseKit: an SDK, custom elements and a reference backend for course marketplaces. MIT licensed.</p>
    </footer>
  </body>
</html>
`.value;
}
