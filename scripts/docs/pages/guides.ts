/**
 * The getting-started guides, one per audience: a script tag on any site, the SDK from code
 * (Node and browser), React, Vue, and a CMS plugin author. Their snippets follow the packages'
 * READMEs and the apps in `examples/`; the facts that change (the package version, the theme
 * tokens) come from the repository at build time.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { html, inlineMarkdown, type Html } from '../html.js';
import type { NamedDoc } from '../manifest.js';
import { apiTable } from './element-page.js';

/** What the guides take from the repository. */
export interface GuideFacts {
  /** The published version of `@coursekit/elements`, for CDN URLs. */
  readonly version: string;
  /** The global `--ckit-*` tokens and their light defaults. */
  readonly tokens: readonly NamedDoc[];
}

/** One guide: where it is written, its title, one-line summary and content. */
export interface Guide {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  readonly main: Html;
}

/** A code block; `language` is informative only (no highlighting). */
export function codeBlock(source: string, language: string): Html {
  return html`<pre class="snippet" tabindex="0"><code data-language="${language}">${source.trim()}</code></pre>`;
}

const md = (text: string) => html`<p>${inlineMarkdown(text)}</p>`;

function scriptTagGuide(facts: GuideFacts): Guide {
  const cdn = `https://cdn.jsdelivr.net/npm/@coursekit/elements@${facts.version}/dist/cdn`;
  return {
    path: 'guides/script-tag.html',
    title: 'A script tag on any site',
    summary: 'One script and two tags: a course catalog on any page, no build step.',
    main: html`
        <p class="eyebrow">Guides</p>
        <h1>A script tag on any site</h1>
        <p class="lede">One script, a provider pointed at your API, and the elements you want. No build step, no framework.</p>

        <h2 id="embed">Embed a catalog</h2>
        ${codeBlock(
          `<script type="module" src="${cdn}/coursekit-loader.js"></script>

<ckit-provider base-url="https://school.example/api/v1">
  <ckit-course-catalog sync-url per-page="12" href-template="/courses/{slug}"></ckit-course-catalog>
</ckit-provider>`,
          'html',
        )}
        ${md(
          'The loader (about 1 KB gzipped) imports each `ckit-*` element the page uses, once, when it first appears: in the markup or added later, with the chunks each one needs asked for at the same time. Every element inside a `<ckit-provider>` shares its API client, cache, session and wishlist. Pin the version in the URL in production; the entry files keep their names across versions.',
        )}

        <h2 id="course-page">A course page</h2>
        ${codeBlock(
          `<ckit-provider base-url="https://school.example/api/v1">
  <ckit-course-details course-slug="modern-javascript-from-scratch">
    <ckit-enroll-button slot="actions" course-slug="modern-javascript-from-scratch"
      checkout-href="/checkout" learn-href-template="/learn/{slug}"></ckit-enroll-button>
  </ckit-course-details>
  <ckit-course-curriculum course-slug="modern-javascript-from-scratch" heading-level="2"></ckit-course-curriculum>
  <ckit-course-reviews course-slug="modern-javascript-from-scratch"></ckit-course-reviews>
</ckit-provider>`,
          'html',
        )}
        ${md('Each element renders its own loading, empty and error states. Every element has a page with a live example and its attributes, events, slots, parts and CSS properties.')}
        <p><a href="../elements/index.html">All elements</a> · <a href="../playground.html">Try them in the playground</a></p>

        <h2 id="events">Listen to events</h2>
        ${codeBlock(
          `<script type="module">
  // Open a course in this page instead of following href-template (a single-page app).
  document.addEventListener('ckit-navigate-request', (event) => {
    event.preventDefault();
    history.pushState(null, '', event.detail.href);
    const details = document.createElement('ckit-course-details');
    details.setAttribute('course-slug', event.detail.course.slug);
    document.querySelector('ckit-provider').replaceChildren(details);
  });
  // Elements never throw at your page: failures arrive as ckit-error (and show in the element).
  document.addEventListener('ckit-error', (event) => console.warn(event.detail.operation, event.detail.error));
</script>`,
          'html',
        )}
        ${md('Every event bubbles and crosses shadow roots, so one listener on `document` hears them all. `*-request` events are cancelable: `preventDefault()` to do it your way.')}

        <h2 id="theming">Theming</h2>
        ${md(
          'Set `--ckit-*` custom properties anywhere above the elements; they inherit into every shadow root. Each region of an element is a `part` you can style with `::part()` (the parts are listed on each element\'s page).',
        )}
        ${codeBlock(
          `<style>
  ckit-provider {
    --ckit-color-primary: #0f766e;
    --ckit-font-family: Georgia, serif;
    --ckit-radius: 4px;
  }
  ckit-course-card::part(title) { letter-spacing: -0.01em; }
</style>`,
          'html',
        )}
        ${md(
          'Without a `theme` attribute, elements follow the page: light on a light background, dark on a dark one (or the page\'s `color-scheme`). Set `theme="light"`, `"dark"` or `"inherit"` (the host page\'s font and colours) on an element or the provider to choose.',
        )}
        ${apiTable(
          'tokens',
          'Theme tokens',
          ['Token', 'Light default'],
          facts.tokens.map((token) => [html`<code>${token.name}</code>`, html`<code>${token.default ?? ''}</code>`]),
        )}

        <h2 id="languages">Languages and currency</h2>
        ${codeBlock(`<ckit-provider base-url="https://school.example/api/v1" locale="fr" currency="EUR">…</ckit-provider>`, 'html')}
        ${md(
          'English is built in; French and Arabic (right to left) load only when an element speaks them. The language comes from the element\'s `lang`, an ancestor\'s, the provider\'s `locale`, then `<html lang>`.',
        )}

        <h2 id="without-a-server">Without a server</h2>
        ${md(
          'For a demo or a CMS preview, load `coursekit-mock.js` instead of the loader and give the provider `base-url="mock:"`: the reference backend (a demo school) answers from a service worker, and changes stay in the browser. Serve msw\'s worker from your site\'s root as `/mockServiceWorker.js` (copy `node_modules/msw/lib/mockServiceWorker.js`). Every live example of these docs runs this way.',
        )}
        ${codeBlock(
          `<script type="module" src="${cdn}/coursekit-mock.js"></script>
<ckit-provider base-url="mock:">
  <ckit-course-catalog></ckit-course-catalog>
</ckit-provider>`,
          'html',
        )}

        <h2 id="csp">Content-Security-Policy</h2>
        ${md(
          'The elements need no inline script, no `eval` and no `style` attributes, and support Trusted Types. Allow the CDN in `script-src`, your API\'s origin in `connect-src`, your media in `img-src`, and the policies `coursekit lit-html` in `trusted-types`. The elements\' README has the full table.',
        )}`,
  };
}

function sdkGuide(): Guide {
  return {
    path: 'guides/sdk.html',
    title: 'The SDK from code',
    summary: 'A typed client for every endpoint, in Node 20+ and the browser.',
    main: html`
        <p class="eyebrow">Guides</p>
        <h1>The SDK from code</h1>
        <p class="lede">
          <code>@coursekit/sdk</code> is a typed client (on ky) for every entity and endpoint of the CourseKit API,
          for Node 20+ and browsers. Lists are pages you can iterate, every response is validated, errors are typed,
          mutations are safe to retry.
        </p>
        ${codeBlock('npm install @coursekit/sdk', 'sh')}

        <h2 id="node">In Node</h2>
        ${md('The package is ESM (`"type": "module"`, or an `.mjs` file). To try it locally, run the reference backend with `npm run mock:serve` in the CourseKit repository: it listens on `http://localhost:8787/api/v1`.')}
        ${codeBlock(
          `import { CourseKit, isNotFoundError, isValidationError } from '@coursekit/sdk';

const ck = new CourseKit({ baseUrl: process.env.COURSEKIT_API ?? 'http://localhost:8787/api/v1' });

// One page: the data and the paginator's meta.
const page = await ck.courses.list({ price: 'free', sort: '-rating', per_page: 5 });
console.log(\`\${page.meta.total} free courses; the best rated:\`);
for (const course of page.data) console.log(\`  \${course.title} (\${course.rating})\`);

// Every course of a category: the pages are fetched as the loop goes.
for await (const course of ck.courses.list({ category: 'web-development', sort: 'price' })) {
  console.log(course.slug, course.price); // "19.99": money is a decimal string
}

// Sign in: the token stays in this client's memory.
const { user } = await ck.auth.login({ email: 'student@coursekit.test', password: 'password' });
const enrollments = await ck.enrollments.list();
console.log(\`\${user.name} is enrolled in \${enrollments.data.length} courses\`);

try {
  await ck.courses.retrieve('no-such-course');
} catch (error) {
  if (isNotFoundError(error)) console.log(\`404, request \${error.requestId}\`);
  else if (isValidationError(error)) console.log(error.errors);
  else throw error;
}`,
          'js',
        )}

        <h2 id="browser">In the browser</h2>
        ${md('With a bundler (Vite, esbuild, webpack), import it like any package. Anonymous GETs send only CORS-safelisted headers, so a catalog on another origin needs no preflight.')}
        ${codeBlock(
          `import { CourseKit } from '@coursekit/sdk';

const ck = new CourseKit({ baseUrl: 'https://school.example/api/v1' });
const list = document.querySelector('#courses');

const { data: courses } = await ck.courses.list({ per_page: 6, sort: '-rating' });
for (const course of courses) {
  const item = document.createElement('li');
  item.textContent = \`\${course.title}: \${course.price === '0.00' ? 'Free' : course.price}\`;
  list.append(item);
}`,
          'js',
        )}
        ${md(
          'A page that uses the elements already has a client: `document.querySelector(\'ckit-provider\').activeClient` (it carries the resources the elements call). After signing a user in through it, call the provider\'s `refresh()` so the elements reload what depends on the user. For a Laravel Sanctum SPA on the API\'s own site, use cookies instead of a token: `new CourseKit({ baseUrl, credentials: \'include\' })` and `await ck.auth.csrfCookie()` before signing in.',
        )}

        <h2 id="errors">Errors, retries and idempotency</h2>
        ${md(
          'Every failure is a `CourseKitError` with `requestId`, `method`, `url` and, when a response arrived, `status`: `AuthenticationError` (401), `NotFoundError` (404), `ValidationError` (422, with the field map in `errors`), `RateLimitError`, `ConnectionError`, `TimeoutError` and more. Use the guards (`isValidationError(error)`) rather than `instanceof`: they work across bundles.',
        )}
        ${md(
          'GETs retry on 408, 429, 5xx and network errors, honouring `Retry-After`. Every POST, PUT, PATCH and DELETE carries an `Idempotency-Key` and is retried only with it, so a retry never charges twice; pass `{ idempotencyKey: \'checkout-42\' }` to keep one across reloads.',
        )}

        <h2 id="validation">Validation</h2>
        ${md(
          'The contract is written as zod/mini schemas, at `@coursekit/sdk/schemas` for your server, tests and own parsing. The client validates every response with validators generated from them (no zod at run time), and a body that breaks the contract is a `ResponseValidationError` whose `issues` name each JSON path. `Course` from `@coursekit/sdk` is both the type and that validator, a Standard Schema; `ck.http.get(path, { schema })` takes any Standard Schema, a zod one included, for an endpoint of your own.',
        )}

        <h2 id="reference">Reference</h2>
        ${md('Options, resources and every method with its route are in the API reference, generated from the sources by `npm run docs`, and in the SDK\'s README (`packages/sdk/README.md`).')}
        <p><a href="../api/">API reference (typedoc)</a></p>`,
  };
}

function reactGuide(): Guide {
  return {
    path: 'guides/react.html',
    title: 'React',
    summary: 'React 19 renders the elements natively, with typed props and events.',
    main: html`
        <p class="eyebrow">Guides</p>
        <h1>React</h1>
        <p class="lede">
          React 19 sets custom elements' properties and listens to their events natively: no wrappers. The package
          ships JSX types generated from the manifest, so attributes and <code>event.detail</code> are typed.
        </p>
        ${codeBlock('npm install @coursekit/elements @coursekit/sdk', 'sh')}

        <h2 id="types">Types</h2>
        ${md('Add the generated JSX types to `tsconfig.json`:')}
        ${codeBlock(`{
  "compilerOptions": {
    "jsx": "react-jsx",
    "types": ["vite/client", "@coursekit/elements/react"]
  }
}`, 'json')}

        <h2 id="register">Register the elements you render</h2>
        ${md('Import the registering module of each element once, e.g. in `main.tsx`; each one also registers what it renders (the catalog registers the card).')}
        ${codeBlock(
          `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@coursekit/elements/components/provider/provider.js';
import '@coursekit/elements/components/course-catalog/course-catalog.js';
import '@coursekit/elements/components/course-details/course-details.js';
import '@coursekit/elements/components/course-reviews/course-reviews.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);`,
          'tsx',
        )}

        <h2 id="use">Use them</h2>
        ${md('A prop `onckit-<event>` listens to `ckit-<event>`; `event.detail` is typed, so a typo fails `tsc`.')}
        ${codeBlock(
          `import type { Course } from '@coursekit/sdk';
import { useState } from 'react';

type Route = { page: 'catalog' } | { page: 'course'; course: Pick<Course, 'id' | 'slug' | 'title'> };

export function App() {
  const [route, setRoute] = useState<Route>({ page: 'catalog' });
  return (
    <ckit-provider base-url="/api/v1">
      {route.page === 'catalog' ? (
        <ckit-course-catalog
          per-page={12}
          href-template="/courses/{slug}"
          onckit-navigate-request={(event) => {
            event.preventDefault(); // route in the app instead of following the link
            const { id, slug, title } = event.detail.course;
            setRoute({ page: 'course', course: { id, slug, title } });
          }}
        />
      ) : (
        <>
          <ckit-course-details
            course-slug={route.course.slug}
            onckit-course-load={(event) => (document.title = event.detail.course.title)}
          />
          <ckit-course-reviews course-slug={route.course.slug} />
        </>
      )}
    </ckit-provider>
  );
}`,
          'tsx',
        )}
        ${md(
          'The full app is `examples/react` in the repository (React 19, Vite, TypeScript): `npm run dev` there, with `npm run mock:serve` at the root for the API (Vite proxies `/api`). React 18 does not pass properties or custom events to custom elements: wrap the elements with `@lit/react`\'s `createComponent`.',
        )}`,
  };
}

function vueGuide(): Guide {
  return {
    path: 'guides/vue.html',
    title: 'Vue',
    summary: 'Vue 3 templates with typed @ckit-* handlers.',
    main: html`
        <p class="eyebrow">Guides</p>
        <h1>Vue</h1>
        <p class="lede">
          Tell Vue's compiler that <code>ckit-*</code> tags are custom elements, add the generated types, and use the
          elements in templates with typed <code>@ckit-*</code> handlers.
        </p>
        ${codeBlock('npm install @coursekit/elements @coursekit/sdk', 'sh')}

        <h2 id="setup">Set up</h2>
        ${codeBlock(
          `// vite.config.ts
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ckit-') } } })],
});`,
          'ts',
        )}
        ${codeBlock(`// tsconfig.json (comments are allowed there)
{
  "compilerOptions": {
    "types": ["vite/client", "@coursekit/elements/vue"]
  }
}`, 'json')}
        ${codeBlock(
          `// main.ts: register the elements the app renders
import { createApp } from 'vue';
import '@coursekit/elements/components/provider/provider.js';
import '@coursekit/elements/components/course-catalog/course-catalog.js';
import App from './App.vue';

createApp(App).mount('#app');`,
          'ts',
        )}

        <h2 id="use">Use them</h2>
        ${codeBlock(
          `<script setup lang="ts">
import type { CatalogQuery, CkitFilterChangeEvent, CkitNavigateRequestEvent } from '@coursekit/elements';
import { ref } from 'vue';

const query = ref<Readonly<CatalogQuery> | null>(null);

function onFilterChange(event: CkitFilterChangeEvent) {
  query.value = event.detail.query;
}

function onNavigateRequest(event: CkitNavigateRequestEvent) {
  event.preventDefault(); // route in the app instead of following the link
  console.log('open', event.detail.course.slug);
}
</script>

<template>
  <ckit-provider base-url="/api/v1">
    <p v-if="query?.search" role="status">Searching for “{{ query.search }}”</p>
    <ckit-course-catalog
      per-page="12"
      href-template="/courses/{slug}"
      @ckit-filter-change="onFilterChange"
      @ckit-navigate-request="onNavigateRequest"
    />
  </ckit-provider>
</template>`,
          'vue',
        )}
        ${md(
          '`vue-tsc` types each handler\'s event from the tag. The full app is `examples/vue` in the repository (a catalog and a course page): `npm run dev` there, with `npm run mock:serve` at the root for the API.',
        )}`,
  };
}

/** The plugin's loader URL, whose version is the one the docs are built for. */
const PLUGIN_LOADER_VERSION = /(cdn\.jsdelivr\.net\/npm\/@coursekit\/elements@)[^/]+(\/dist\/cdn\/coursekit-loader\.js)/;

/** A file of the CMS guide's WordPress plugin, `examples/wordpress/coursekit/<name>`, which the tests run on WordPress. */
const pluginFile = (name: string) => readFileSync(new URL(`../../../examples/wordpress/coursekit/${name}`, import.meta.url), 'utf8');

/**
 * The CMS guide's WordPress plugin: `examples/wordpress/coursekit/coursekit.php` as the tests run
 * it (scripts/e2e/wordpress.test.ts), with its CDN loader pinned to `version`.
 */
function wordpressPlugin(version: string): string {
  const source = pluginFile('coursekit.php');
  if (!PLUGIN_LOADER_VERSION.test(source)) throw new Error('examples/wordpress/coursekit/coursekit.php no longer pins the CDN loader: update the CMS guide.');
  return source.replace(PLUGIN_LOADER_VERSION, `$1${version}$2`);
}


function cmsGuide(facts: GuideFacts): Guide {
  const cdn = `https://cdn.jsdelivr.net/npm/@coursekit/elements@${facts.version}/dist/cdn`;
  return {
    path: 'guides/cms.html',
    title: 'CMS plugin authors',
    summary: 'Wrap the markup in a shortcode or block: escaping, one loader, settings, course links and theming.',
    main: html`
        <p class="eyebrow">Guides</p>
        <h1>For CMS plugin authors</h1>
        <p class="lede">
          A plugin for WordPress, Drupal or any CMS only has to print the elements' markup, load one script and give
          the catalog's cards a page to link to. This guide is a WordPress plugin; the same six rules apply everywhere.
        </p>

        <h2 id="rules">The six rules</h2>
        <ol>
          <li>${inlineMarkdown('**Print markup from your code, not from post content.** Content filters such as WordPress\'s `wp_kses_post()` strip unknown tags like `<ckit-course-catalog>`; a shortcode or a server-rendered block is not filtered.')}</li>
          <li>${inlineMarkdown('**Escape every attribute value** an editor typed (`esc_attr()` in WordPress), and accept only the attributes you expect: a shortcode attribute becomes an HTML attribute, so an unescaped `"` would let an editor add `onclick`. A value read from the address (the course\'s slug) is typed by anyone: sanitize it the same way.')}</li>
          <li>${inlineMarkdown('**Load the loader once per page**, as a module script (`type="module"`), however many shortcodes the page has; it defines the elements the page uses when they appear.')}</li>
          <li>${inlineMarkdown('**Take `base-url` and `currency` from a settings screen** of the plugin, one place for the site\'s API (e.g. `https://school.example/api/v1`), validated when it is saved; put one `<ckit-provider>` around each shortcode\'s elements. The provider\'s language follows the page\'s `<html lang>`, which the CMS already prints.')}</li>
          <li>${inlineMarkdown('**Give the cards a page to link to:** a course page whose address names the course (`/courses/<slug>/`), given to the catalog as `href-template="…/courses/{slug}/"`, with a query link (`?course=<slug>`) where the site has no pretty URLs.')}</li>
          <li>${inlineMarkdown('**Wrap the output in a block of your own** (a `<div>` with your class): themes lay out the blocks of a post (its content width, its spacing), and `<ckit-provider>` lays out nothing itself. Give that block a stylesheet file that spaces the elements and holds their room until the loader defines them.')}</li>
        </ol>

        <h2 id="wordpress">A WordPress plugin</h2>
        ${md(
          'The whole plugin is four files in a `coursekit` folder: copy it into `wp-content/plugins`, activate it, and set your API on **Settings → CourseKit** (the Plugins screen links there). It is `examples/wordpress/coursekit` in the repository, which the tests run on a real WordPress: an administrator saves the settings through the form, and a visitor follows a catalog card to its course with pretty and with plain permalinks.',
        )}
        <ul>
          <li>${inlineMarkdown('`[coursekit_catalog per_page="8" category="web-development"]` prints the catalog; its cards link to the course page.')}</li>
          <li>${inlineMarkdown('`[coursekit_course]` on the course page shows the course its address names; reached without one, the page lists the catalog. `[coursekit_course slug="modern-javascript-from-scratch"]` shows one course anywhere.')}</li>
          <li>${inlineMarkdown('Activation publishes a **Courses** page holding `[coursekit_course]` and chooses it as the course page, so the links work at once: `/courses/modern-javascript-from-scratch/`, or `/?page_id=4&course=modern-javascript-from-scratch` with plain permalinks. Any other page can be chosen in the settings.')}</li>
        </ul>
        ${md('`coursekit/coursekit.php`, the shortcodes and the course links:')}
        ${codeBlock(wordpressPlugin(facts.version), 'php')}
        ${md(
          'Numbers go through `absint()`, slugs through `sanitize_title()` (the one from the address too, and only when it is a string), text through `esc_attr()` and URLs through `esc_url()`. The braces of `href-template` (`{slug}`) are filled in by the element, not by PHP, which is why that URL is escaped with `esc_attr()`: `esc_url()` drops braces.',
        )}
        ${md(
          'The course links are one rewrite rule, `<course page path>/<slug>/` → the course page with the `course` query variable, added through the `rewrite_rules_array` filter: it runs only when WordPress rebuilds its rules, never on a page view. The rules are rebuilt on activation and deactivation, when the course page setting changes, when the course page\'s slug, parent or status changes, and when you save Settings → Permalinks. With plain permalinks (or a course page that is the front page) the links are query links and no rule is needed. A child page of the course page is hidden by the rule: give child pages another parent.',
        )}

        <h3 id="settings">Settings → CourseKit</h3>
        ${md(
          '`coursekit/settings.php` uses the Settings API: `register_setting()` with a type, a default and a sanitize callback for each option, `settings_fields()` for the nonce, `options.php` to save, `manage_options` to see the screen. A value that does not pass (a URL that is not `http://` or `https://`, a currency that is not three letters) keeps the saved one, with a notice; WordPress prints notices as HTML, so the refused value in it is escaped. The screen has no script of its own, so it works under a strict Content-Security-Policy.',
        )}
        ${codeBlock(pluginFile('settings.php'), 'php')}
        ${md(
          '**Signed-in learners** adds `with-credentials` to the provider: for an API on the site\'s own domain that signs learners in with cookies (Laravel Sanctum). Leave it off for an API that uses bearer tokens.',
        )}

        <h3 id="uninstall">Uninstalling</h3>
        ${md('`coursekit/uninstall.php` runs when an administrator deletes the plugin:')}
        ${codeBlock(pluginFile('uninstall.php'), 'php')}

        <h3 id="stylesheet">The stylesheet</h3>
        ${md('`coursekit/coursekit.css`:')}
        ${codeBlock(pluginFile('coursekit.css'), 'css')}

        <h2 id="theming">Theming from the plugin's settings</h2>
        ${md(
          'Offer the `--ckit-*` tokens as settings and print them as a stylesheet rule; validate each value for what it is (a colour through `sanitize_hex_color()`), since a value is CSS.',
        )}
        ${codeBlock(
          `add_action('wp_enqueue_scripts', function () {
    $primary = sanitize_hex_color(get_option('coursekit_color_primary', '')) ?: '';
    if ($primary === '') return;
    wp_register_style('coursekit-theme', false);
    wp_enqueue_style('coursekit-theme');
    wp_add_inline_style('coursekit-theme', "ckit-provider { --ckit-color-primary: {$primary}; }");
});`,
          'php',
        )}
        ${md(
          'The elements follow the theme\'s light or dark background by themselves. A site with a strict Content-Security-Policy (`style-src \'self\'`) needs the rule in a stylesheet file instead of an inline one.',
        )}

        <h2 id="preview">Previews in the editor</h2>
        ${md(
          'In the block editor, or for a demo before the school has an API, load `coursekit-mock.js` instead of the loader and print `base-url="mock:"`: a demo school answers from a service worker in the browser. The worker must be served from the site\'s root as `/mockServiceWorker.js`, which a plugin can do with a rewrite rule that serves the file from its own folder.',
        )}
        ${codeBlock(
          `<script type="module" src="${cdn}/coursekit-mock.js"></script>
<ckit-provider base-url="mock:">
  <ckit-course-catalog per-page="4"></ckit-course-catalog>
</ckit-provider>`,
          'html',
        )}`,
  };
}

/** Every guide, in the order of the navigation. */
export function guides(facts: GuideFacts): Guide[] {
  return [scriptTagGuide(facts), sdkGuide(), reactGuide(), vueGuide(), cmsGuide(facts)];
}
