/**
 * Starts the Chromium the project tests with (Debian's, `CHROME_PATH` to change it), headless,
 * with the flags this environment needs.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { CHROME_PATH, launchChromium } from '../lib/chromium.mjs';

export { CHROME_PATH };

/** True when there is a browser to run the check with. */
export function hasBrowser(): boolean {
  return existsSync(CHROME_PATH);
}

export function launchBrowser(): Promise<Browser> {
  // Screenshots: no scrollbars, and hinting off so text renders the same from run to run.
  return launchChromium(['--hide-scrollbars', '--font-render-hinting=none']);
}
