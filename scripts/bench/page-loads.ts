/**
 * What each example page really loads before any user action: opened as a visitor in headless
 * Chromium from the examples server (the CDN folder exactly as `npm run build` writes it, the
 * reference backend over HTTP), every file of the folder it fetched until the elements have
 * settled and the network has stayed quiet. Unlike the markup's static imports
 * (`pageFiles()`), this counts what the elements import with `import()` on their own, without a
 * click: the catalog's filter selects after its first paint, a language, the sanitizer for a
 * description in HTML.
 *
 * @module
 */
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../lib/chromium.mjs';
import type { ExamplesServer } from '../lib/examples-server.js';
import { PAGES } from '../examples-check/cases.js';
import { settle } from '../examples-check/settle.js';

/** How long the network must stay quiet after the elements settled: longer than the idle callbacks (300 ms) that start deferred loads. */
const QUIET_MS = 600;

/** The address to open for an example page (`school/course.html`): with the query string the examples check gives it, if any. */
export function pageAddress(page: string): string {
  const known = PAGES.find((candidate) => !candidate.embed && (candidate.path.split('?')[0] || 'index.html').replace(/\/$/, '/index.html') === page);
  return known ? known.path : page.replace(/(^|\/)index\.html$/, '$1');
}

/** The CDN files (paths relative to the folder, `chunks/core-AB12CD34.js`) each page fetched, by page (path under `examples/`). */
export async function measurePageLoads(server: ExamplesServer, pages: readonly string[]): Promise<Map<string, Set<string>>> {
  const browser: Browser = await launchChromium();
  const loads = new Map<string, Set<string>>();
  try {
    for (const path of pages) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const files = new Set<string>();
      let lastRequest = Date.now();
      page.on('request', (request) => {
        lastRequest = Date.now();
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/cdn/') && pathname.endsWith('.js')) files.add(pathname.slice('/cdn/'.length));
      });
      await page.goto(`${server.url}${pageAddress(path)}`, { waitUntil: 'load' });
      const unsettled = await settle(page);
      if (unsettled) throw new Error(`examples/${path} did not settle: ${unsettled}`);
      while (Date.now() - lastRequest < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
      loads.set(path, files);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return loads;
}
