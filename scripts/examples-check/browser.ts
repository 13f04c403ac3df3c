/**
 * Starts the Chromium the project tests with (Debian's, `CHROME_PATH` to change it), headless,
 * with the flags this environment needs.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The browser binary: `CHROME_PATH`, or Debian's Chromium. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** True when there is a browser to run the check with. */
export function hasBrowser(): boolean {
  return existsSync(CHROME_PATH);
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      // Running as root in a container: no sandbox, and /dev/shm is small.
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      // The network is closed: no background connections that would fail and slow things down.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--hide-scrollbars',
      '--font-render-hinting=none',
    ],
  });
}
