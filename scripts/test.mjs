#!/usr/bin/env node
/**
 * `npm test`: every suite, browser first, then Node, so the run closes with the Node test
 * runner's own summary. Both suites always run; the exit code is non-zero if either failed.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (script) => spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', shell: false }).status ?? 1;

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
let browser = 1;
if (existsSync(chrome)) {
  browser = run('test:browser');
} else {
  console.error(`\nNo browser at ${chrome}: the browser suite needs Chromium.\nInstall it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH, then run npm test again.\n`);
}
const node = run('test:node');
if (browser !== 0) console.error('\nThe browser suite failed or did not run (see above).');
process.exit(browser || node);
