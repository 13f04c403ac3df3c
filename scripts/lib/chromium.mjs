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
