/**
 * Where Chromium is, and the flags every headless run of it here needs: the browser tests, the
 * examples check and the render benchmarks launch it the same way.
 *
 * @module
 */

/** The Chromium binary: `CHROME_PATH`, else Debian's package. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium running as root in a container with a closed network. */
export const CHROMIUM_ARGS = [
  // Running as root in a container: no sandbox, and /dev/shm is small.
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  // The network is closed: no background connections that would fail and slow things down.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Launches that Chromium, headless, with `CHROMIUM_ARGS` and any `extraArgs` (a screenshot's
 * `--hide-scrollbars`, a benchmark's `--js-flags=--expose-gc`). puppeteer-core loads on first
 * use, so the test runner's config can import this module for its flags alone.
 *
 * @param {string[]} [extraArgs]
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
