#!/usr/bin/env node
/**
 * Runs every `*.test.ts` under packages/<name>/src and scripts/ with Node's test runner (through
 * tsx). Node 20's `--test` does not expand globs itself. Extra arguments narrow the run to paths
 * containing them: `npm run test:node -- mock`.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const roots = [...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src')), join(root, 'scripts')];

function findTests(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    // `*.browser.test.ts` need a browser too: web-test-runner runs them.
    return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts') ? [path] : [];
  });
}

// Element tests need a browser; they run under web-test-runner instead.
const browserOnly = join(root, 'packages', 'elements');
const filters = process.argv.slice(2);
const files = roots
  .flatMap(findTests)
  .filter((file) => !file.startsWith(browserOnly))
  .map((file) => relative(root, file))
  .filter((file) => filters.every((filter) => file.includes(filter)))
  .sort();

if (!files.length) {
  console.error(`No Node test files matched ${filters.join(' ') || '(all)'}.`);
  process.exit(1);
}
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, ['--conditions=source', '--test', '--test-reporter=spec', ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
