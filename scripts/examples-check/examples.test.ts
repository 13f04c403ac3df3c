/**
 * The examples site in a real browser: every example page and a third-party page embedding the
 * drop-in, at 1280 and 390 px, in the host's light and dark schemes, and the school signed in.
 * Each case must load without console errors, Content-Security-Policy violations, failed
 * requests, resources read twice or layout shift above 0.1, and pass axe; the strict-CSP page must also show its
 * reviews' sanitized HTML and star fills of the right width. `npm run check:examples` prints
 * the same findings as a report, with screenshots.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { CHROME_PATH, hasBrowser } from './browser.js';
import { allCases } from './cases.js';
import { KIND_TITLES, failuresOf, originsOf, type Kind } from './report.js';
import { runExamplesCheck, type CaseResult, type CheckRun } from './run.js';

const skip = hasBrowser() ? false : `no browser at ${CHROME_PATH} (install Chromium or set CHROME_PATH)`;
const cases = allCases();

describe('examples site in Chromium', { skip, timeout: 240_000 }, () => {
  let run: CheckRun | undefined;
  let runError: unknown;

  before(async () => {
    try {
      run = await runExamplesCheck({ cases });
    } catch (error) {
      runError = error;
    }
  });

  after(() => {
    if (run) console.log(`# examples check: ${run.results.length} cases in ${(run.durationMs / 1000).toFixed(1)} s; screenshots in .examples-check/screenshots/`);
  });

  it('starts the examples site, the embedding site and the browser', () => {
    if (runError) throw runError;
  });

  function resultOf(id: string): CaseResult {
    const result = run?.results.find((candidate) => candidate.case.id === id);
    assert.ok(result, `no result for ${id}`);
    return result;
  }

  function assertNone(t: TestContext, id: string, kinds: Kind[]): void {
    // The check did not run at all: one failure above says why, not one per case.
    if (runError) return void t.skip('the check did not run');
    const result = resultOf(id);
    const failures = failuresOf(result, originsOf(run!));
    const found = kinds.filter((kind) => failures[kind]);
    if (!found.length) return;
    assert.fail(
      `${result.case.label} (${result.url}, screenshot ${result.screenshot})\n` +
        found.map((kind) => `${KIND_TITLES[kind]}:\n${failures[kind]!.map((line) => `  - ${line}`).join('\n')}`).join('\n'),
    );
  }

  for (const check of cases) {
    describe(check.label, () => {
      it('loads and renders every element', (t) => assertNone(t, check.id, ['run', 'render']));
      if (check.page.checks || check.page.strictCsp) it('shows what the page checks for', (t) => assertNone(t, check.id, ['content']));
      it('has no Content-Security-Policy violations', (t) => assertNone(t, check.id, ['csp']));
      it('logs no console errors', (t) => assertNone(t, check.id, ['console']));
      it('has no failed requests', (t) => assertNone(t, check.id, ['requests']));
      it('reads each resource once', (t) => assertNone(t, check.id, ['duplicates']));
      it('holds its layout while loading', (t) => assertNone(t, check.id, ['layout']));
      it('has no axe violations', (t) => assertNone(t, check.id, ['axe']));
    });
  }
});
