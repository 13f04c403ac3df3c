/**
 * Listens to one page while it loads: console errors, uncaught exceptions, failed requests, the
 * `ckit-error` events the elements dispatch, Content-Security-Policy violations (events and the
 * browser's console reports), and how often each resource was read (API answers above all).
 *
 * @module
 */
import type { ConsoleMessage, HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';

/** A console message, with where it came from when the browser says. */
export interface ConsoleEntry {
  readonly text: string;
  readonly source?: string;
}

/** A request that failed at the network level or was answered with a status >= 400. */
export interface FailedRequest {
  readonly method: string;
  readonly url: string;
  /** `404`, or the network error (`net::ERR_ABORTED`). */
  readonly reason: string;
}

/** A resource (an API answer, a script, an image...) read more than once in one page load. */
export interface DuplicateRead {
  readonly url: string;
  readonly count: number;
}

/** What a monitor saw between `start()` and `stop()`. */
export interface Observations {
  readonly consoleErrors: ConsoleEntry[];
  /** Console warnings: not failures by themselves, but the school logs `ckit-error` events as warnings. */
  readonly consoleWarnings: ConsoleEntry[];
  readonly pageErrors: string[];
  /** `ckit-error` events (an element could not load or save something): `operation: message`. */
  readonly elementErrors: string[];
  /**
   * Content-Security-Policy violations: `securitypolicyviolation` events (`directive: blocked
   * at source (sample)`), then console messages about the policy or Trusted Types (Chromium
   * reports each violation there too; these are kept out of `consoleErrors`).
   */
  readonly cspViolations: string[];
  readonly failedRequests: FailedRequest[];
  /** GETs of one URL made more than once: API reads mostly, but any resource counts. */
  readonly duplicateReads: DuplicateRead[];
  /** Every API GET, in order (for the report's detail). */
  readonly apiReads: string[];
}

/** Where the page keeps the `ckit-error` events it saw (a global of the page under test). */
const ELEMENT_ERRORS = '__examplesCheckCkitErrors';

/** Where the page keeps the `securitypolicyviolation` events it saw. */
const CSP_VIOLATIONS = '__examplesCheckCspViolations';

/** Where the page keeps its layout shifts (`LayoutShiftReport`). */
const LAYOUT_SHIFT = '__examplesCheckLayoutShift';

/**
 * The page's cumulative layout shift as Core Web Vitals counts it: the largest burst of shifts
 * not caused by input (shifts less than 1 s apart, at most 5 s in all), with what moved most.
 */
export interface LayoutShiftReport {
  readonly score: number;
  /** The elements that moved in that burst, largest shift first: `ckit-course-catalog > ul.results`. */
  readonly sources: string[];
}

/**
 * Runs in every document before its scripts: records `ckit-error` events (composed, so they
 * reach `window` from inside shadow roots) and `securitypolicyviolation` events (fired at the
 * element or document concerned; they bubble and are composed, so the document sees them all
 * when it listens in the capture phase). A source string: it is evaluated in the page.
 */
const RECORD_PAGE_EVENTS = `(() => {
  const seen = (window.${ELEMENT_ERRORS} = []);
  window.addEventListener('ckit-error', (event) => {
    const detail = event.detail || {};
    const error = detail.error || {};
    seen.push((detail.operation || '?') + ': ' + (error.name ? error.name + ': ' : '') + (error.message || String(error)));
  }, true);
  const violations = (window.${CSP_VIOLATIONS} = []);
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ' at ' + event.sourceFile + (event.lineNumber ? ':' + event.lineNumber : '') : '';
    const what = event.blockedURI ? ' blocked ' + event.blockedURI : '';
    const sample = event.sample ? ' (' + JSON.stringify(event.sample) + ')' : '';
    violations.push(event.effectiveDirective + (event.disposition === 'report' ? ' [report-only]' : '') + what + where + sample);
  }, true);
  const shifts = (window.${LAYOUT_SHIFT} = { score: 0, sources: [] });
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '?';
    const self = node.localName + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].slice(0, 2).join('.') : '');
    const host = node.getRootNode().host;
    return host ? host.localName + ' > ' + self : self;
  };
  let burst = { score: 0, first: 0, last: 0, sources: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        if (!burst.score || entry.startTime - burst.last > 1000 || entry.startTime - burst.first > 5000) burst = { score: 0, first: entry.startTime, last: 0, sources: [] };
        burst.score += entry.value;
        burst.last = entry.startTime;
        burst.sources.push(...(entry.sources || []).map((source) => [entry.value, describe(source.node)]));
        if (burst.score > shifts.score) {
          shifts.score = burst.score;
          shifts.sources = [...new Set(burst.sources.sort((a, b) => b[0] - a[0]).map(([, name]) => name))].slice(0, 4);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // A browser without the Layout Instability API: nothing to measure.
  }
})()`;

/** The current document's layout shift so far (read before a full-page screenshot resizes the page). */
export async function layoutShiftOf(page: Page): Promise<LayoutShiftReport> {
  return ((await page.evaluate(`window.${LAYOUT_SHIFT}`).catch(() => undefined)) as LayoutShiftReport | undefined) ?? { score: 0, sources: [] };
}

/** Makes every document `page` loads from now on record `ckit-error`, CSP violation events and layout shifts. */
export async function recordElementErrors(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(RECORD_PAGE_EVENTS);
}

/**
 * Chromium's console reports of Content-Security-Policy and Trusted Types violations ("Refused to
 * apply inline style...", "This document requires 'TrustedHTML' assignment.") and DOMPurify's
 * warning that it could not create its Trusted Types policy.
 */
export function isCspMessage(text: string): boolean {
  return /Content Security Policy|Content-Security-Policy|Trusted ?Type|TrustedHTML|TrustedScript|require-trusted-types-for/i.test(text);
}

/** True for a request to the reference backend (on whichever origin the page uses it). */
export function isApiRequest(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

/**
 * The one refusal a page is expected to get: the school keeps its learner in Sanctum's cookie
 * session, so a page learns that nobody is signed in the way every Laravel SPA does, from a 401
 * on `GET /me` (no script can see the HttpOnly session cookie to skip the question). Chromium
 * logs that answer to the console; anything else refused, or any other console error, fails.
 */
const isGuestSessionProbe = (method: string, url: string, status: number): boolean => method === 'GET' && status === 401 && new URL(url).pathname.endsWith('/api/v1/me');
const GUEST_PROBE_CONSOLE = /^Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;

/** Records what happens on `page` from construction until `stop()`. */
export class PageMonitor {
  readonly #page: Page;
  readonly #consoleErrors: ConsoleEntry[] = [];
  readonly #consoleWarnings: ConsoleEntry[] = [];
  readonly #cspConsole: string[] = [];
  readonly #pageErrors: string[] = [];
  readonly #failedRequests: FailedRequest[] = [];
  readonly #reads: string[] = [];

  readonly #onConsole = (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warn') return;
    const location = message.location();
    const source = location.url ? `${location.url}${location.lineNumber !== undefined ? `:${location.lineNumber + 1}` : ''}` : undefined;
    const entry = source ? { text: message.text(), source } : { text: message.text() };
    if (GUEST_PROBE_CONSOLE.test(entry.text) && source && isGuestSessionProbe('GET', location.url!, 401)) return;
    if (isCspMessage(entry.text)) this.#cspConsole.push(`console.${type}: ${entry.text}${source ? ` (${source})` : ''}`);
    else (type === 'error' ? this.#consoleErrors : this.#consoleWarnings).push(entry);
  };

  readonly #onPageError = (error: unknown) => {
    this.#pageErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  };

  readonly #onRequest = (request: HTTPRequest) => {
    const url = request.url();
    // The favicon is the browser's read, not the page's: Chromium may ask again when a page
    // changes its address with history.replaceState (the checkout keeps its step there).
    if (request.method() === 'GET' && !url.startsWith('data:') && !url.startsWith('blob:') && !url.endsWith('/favicon.svg')) this.#reads.push(url);
  };

  readonly #onRequestFailed = (request: HTTPRequest) => {
    if (request.url().startsWith('data:')) return;
    this.#failedRequests.push({ method: request.method(), url: request.url(), reason: request.failure()?.errorText ?? 'failed' });
  };

  readonly #onResponse = (response: HTTPResponse) => {
    if (response.status() < 400) return;
    const request = response.request();
    if (isGuestSessionProbe(request.method(), response.url(), response.status())) return;
    this.#failedRequests.push({ method: request.method(), url: response.url(), reason: `${response.status()} ${response.statusText()}`.trim() });
  };

  constructor(page: Page) {
    this.#page = page;
    page.on('console', this.#onConsole);
    page.on('pageerror', this.#onPageError);
    page.on('request', this.#onRequest);
    page.on('requestfailed', this.#onRequestFailed);
    page.on('response', this.#onResponse);
  }

  /** Stops listening and returns what was seen (in the current document, for `ckit-error` events). */
  async stop(): Promise<Observations> {
    this.#page.off('console', this.#onConsole);
    this.#page.off('pageerror', this.#onPageError);
    this.#page.off('request', this.#onRequest);
    this.#page.off('requestfailed', this.#onRequestFailed);
    this.#page.off('response', this.#onResponse);
    const counts = new Map<string, number>();
    for (const url of this.#reads) counts.set(url, (counts.get(url) ?? 0) + 1);
    const elementErrors = (await this.#page.evaluate(`window.${ELEMENT_ERRORS} ?? []`).catch(() => [])) as string[];
    const violationEvents = (await this.#page.evaluate(`window.${CSP_VIOLATIONS} ?? []`).catch(() => [])) as string[];
    return {
      elementErrors,
      cspViolations: [...violationEvents, ...this.#cspConsole],
      consoleErrors: [...this.#consoleErrors],
      consoleWarnings: [...this.#consoleWarnings],
      pageErrors: [...this.#pageErrors],
      failedRequests: [...this.#failedRequests],
      duplicateReads: [...counts].filter(([, count]) => count > 1).map(([url, count]) => ({ url, count })),
      apiReads: this.#reads.filter(isApiRequest),
    };
  }
}
