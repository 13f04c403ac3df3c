#!/usr/bin/env node
/**
 * `npm test`: every suite, browser first, then Node, so the run closes with the Node test
 * runner's own summary. Both suites always run; the exit code is non-zero if either failed.
 */
import { spawnSync } from 'node:child_process';

const run = (script) => spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', shell: false }).status ?? 1;

const browser = run('test:browser');
const node = run('test:node');
if (browser !== 0) console.error('\nBrowser tests failed (see above).');
process.exit(browser || node);
