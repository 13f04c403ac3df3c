/**
 * A Node project without the DOM lib (`"lib": ["es2022"]`, `types: ["node"]`) and with
 * `skipLibCheck: false` compiles against @coursekit/sdk's published declarations
 * (`packages/sdk/dist`, as `npm run build` writes them): no DOM-only type may leak into them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'scripts', 'fixtures', 'sdk-node-types');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

describe('the SDK in a Node project without the DOM lib', () => {
  it('compiles with skipLibCheck: false against the published types', { timeout: 120_000 }, () => {
    assert.ok(existsSync(join(root, 'packages', 'sdk', 'dist', 'index.d.ts')), 'packages/sdk/dist is missing: run npm run build first');
    const result = spawnSync(process.execPath, [tsc, '-p', fixture, '--listFilesOnly'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    // The fixture must really load the SDK's declarations from dist, and no DOM lib.
    assert.match(result.stdout, /packages\/sdk\/dist\/core\/request\.d\.ts/);
    assert.doesNotMatch(result.stdout, /lib\.dom\.d\.ts/);
    const check = spawnSync(process.execPath, [tsc, '-p', fixture], { cwd: root, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });
});
