/**
 * `npm run check:examples`: loads every example page (and a third-party page embedding the
 * drop-in) in Chromium, prints what each case found and saves a full-page screenshot of each
 * in `.examples-check/screenshots/`. Exits non-zero when a case failed.
 *
 * @module
 */
import { CHROME_PATH, hasBrowser } from './browser.js';
import { failuresOf, formatReport, originsOf } from './report.js';
import { runExamplesCheck } from './run.js';

if (!hasBrowser()) {
  console.error(`No browser at ${CHROME_PATH}: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}
const quiet = process.argv.includes('--quiet');
const run = await runExamplesCheck(quiet ? {} : { progress: (line) => console.error(`  ${line}`) }).catch((error: unknown) => {
  // The bundle did not build, the browser did not start...: nothing was checked.
  console.error('The examples check could not run:', error instanceof Error ? error.message : error);
  process.exit(1);
});
console.log(formatReport(run));
process.exitCode = run.results.some((result) => Object.keys(failuresOf(result, originsOf(run))).length) ? 1 : 0;
