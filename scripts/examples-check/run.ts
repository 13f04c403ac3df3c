/**
 * Runs the examples check: one bundle build, the examples site and a third-party embedding site
 * in-process, one browser, and each case in a fresh browser context (no cache, no storage).
 * The backend starts from its seed with the server and only gains sign-in tokens on the way.
 *
 * @module
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT } from '../lib/drop-in-build.js';
import { startExamplesServer } from '../lib/examples-server.js';
import { runAxe, type AxeViolation } from './axe.js';
import { launchBrowser } from './browser.js';
import { allCases, type CheckCase } from './cases.js';
import { startEmbedServer } from './embed-server.js';
import { layoutShiftOf, PageMonitor, recordElementErrors, type LayoutShiftReport, type Observations } from './monitor.js';
import { settle } from './settle.js';

/** Where screenshots go (git-ignored). */
export const SCREENSHOTS_DIR = join(ROOT, '.examples-check', 'screenshots');

/** What one case found. */
export interface CaseResult {
  readonly case: CheckCase;
  readonly url: string;
  /** The page load the checks apply to (for a signed-in case, the reload after signing in). */
  readonly load: Observations;
  /** Signed-in cases: from the first load through pressing the sign-in button (before the reload). */
  readonly signIn?: Observations;
  /** `''`, or why the elements did not finish loading in time. */
  readonly notSettled: string;
  readonly axe: AxeViolation[];
  /** How much the page moved by itself while it loaded (the checked load). */
  readonly layoutShift: LayoutShiftReport;
  /** What the page's own checks found (`ExamplePage.checks`, `strictCsp`); empty when all is well. */
  readonly content: string[];
  /** Path of the full-page screenshot, relative to the repository root. */
  readonly screenshot: string;
  /** The case could not be run at all (navigation failed, the sign-in button was missing...). */
  readonly error?: string;
  readonly durationMs: number;
}

export interface CheckRun {
  readonly examplesUrl: string;
  readonly embedUrl: string;
  readonly buildMs: number;
  readonly durationMs: number;
  readonly results: CaseResult[];
}

export interface RunOptions {
  /** Only these cases (default: all). */
  cases?: CheckCase[];
  /** Called with a line of progress per case. */
  progress?: (line: string) => void;
  /**
   * How many cases load at once, each in its own browser context. The pages only read (signing
   * in adds a token), so cases cannot disturb each other's data.
   * @default 2
   */
  concurrency?: number;
}

const EMPTY: Observations = { elementErrors: [], cspViolations: [], consoleErrors: [], consoleWarnings: [], pageErrors: [], failedRequests: [], duplicateReads: [], apiReads: [] };

/** What a page that must run under a strict policy lacks in the policy it was served with. */
function missingPolicy(policy: string | undefined): string[] {
  if (!policy) return ['the page was served without a Content-Security-Policy header'];
  return ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"]
    .filter((directive) => !policy.includes(directive))
    .map((directive) => `the page's Content-Security-Policy lacks ${directive}: ${policy}`);
}

function caseUrl(check: CheckCase, examplesUrl: string, embedUrl: string): string {
  return new URL(check.page.path, check.page.embed ? embedUrl : examplesUrl).href;
}

async function preparePage(browser: Browser, check: CheckCase): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const mobile = check.viewport.width < 600;
  await page.setViewport({ ...check.viewport, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: check.scheme }]);
  await recordElementErrors(page);
  page.setDefaultTimeout(15_000);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await page.click('#sign-in');
  await page.waitForSelector('#sign-out:not([hidden])', { timeout: 10_000 });
}

async function runCase(browser: Browser, check: CheckCase, url: string): Promise<CaseResult> {
  const started = Date.now();
  const screenshot = join(SCREENSHOTS_DIR, `${check.id}.png`);
  const page = await preparePage(browser, check);
  let load = EMPTY;
  let signInSeen: Observations | undefined;
  let notSettled = '';
  let axe: AxeViolation[] = [];
  let layoutShift: LayoutShiftReport = { score: 0, sources: [] };
  const content: string[] = [];
  let error: string | undefined;
  let monitor = new PageMonitor(page);
  try {
    let response = await page.goto(url, { waitUntil: 'load' });
    notSettled = await settle(page);
    if (check.signedIn) {
      await signIn(page);
      await settle(page);
      signInSeen = await monitor.stop();
      monitor = new PageMonitor(page);
      response = await page.reload({ waitUntil: 'load' });
      notSettled = await settle(page);
    }
    layoutShift = await layoutShiftOf(page);
    if (check.page.strictCsp) content.push(...missingPolicy(response?.headers()['content-security-policy']));
    if (check.page.checks) content.push(...((await page.evaluate(check.page.checks)) as string[]));
    axe = await runAxe(page);
    await page.screenshot({ path: screenshot, fullPage: true });
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
    // Show the developer where it got stuck.
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
  } finally {
    load = await monitor.stop();
    await page.browserContext().close();
  }
  return {
    case: check,
    url,
    load,
    ...(signInSeen ? { signIn: signInSeen } : {}),
    notSettled,
    axe,
    layoutShift,
    content,
    screenshot: relative(ROOT, screenshot),
    ...(error ? { error } : {}),
    durationMs: Date.now() - started,
  };
}

/** Runs every case (or `options.cases`) and returns what each found; never throws for a failing page. */
export async function runExamplesCheck(options: RunOptions = {}): Promise<CheckRun> {
  const started = Date.now();
  const cases = options.cases ?? allCases();
  await rm(SCREENSHOTS_DIR, { recursive: true, force: true });
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const server = await startExamplesServer({ port: 0 });
  const embed = await startEmbedServer(server.url);
  const browser = await launchBrowser();
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      const check = cases[index]!;
      const result = await runCase(browser, check, caseUrl(check, server.url, embed.url));
      results[index] = result;
      options.progress?.(`${check.label}: ${(result.durationMs / 1000).toFixed(1)} s`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  } finally {
    await browser.close();
    await embed.close();
    await server.close();
  }
  return { examplesUrl: server.url, embedUrl: embed.url, buildMs: server.buildMs, durationMs: Date.now() - started, results };
}
