/**
 * examples/react (React 19, tsc) and examples/vue (Vue 3, vue-tsc) type-check against the JSX and
 * Vue types generated from the elements manifest (`packages/elements/dist/react.d.ts` and
 * `vue.d.ts`, written by `npm run build`) and build with Vite; a handler that reads a property its
 * event's `detail` does not have fails the type check, naming the property.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(bin(command), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const examples = [
  {
    name: 'react',
    checker: 'tsc',
    generated: 'react.d.ts',
    // An inline handler: `event` is typed from the generated "onckit-filter-change" prop.
    wrong: {
      file: 'Wrong.tsx',
      source: 'export const Wrong = () => <ckit-course-catalog onckit-filter-change={(event) => console.log(event.detail.nope)} />;\n',
    },
  },
  {
    name: 'vue',
    checker: 'vue-tsc',
    generated: 'vue.d.ts',
    wrong: {
      file: 'Wrong.vue',
      source: '<template>\n  <ckit-course-catalog @ckit-filter-change="(event) => console.log(event.detail.nope)" />\n</template>\n',
    },
  },
] as const;

describe('framework examples', () => {
  for (const example of examples) {
    const dir = join(root, 'examples', example.name);

    it(`${example.name}: type-checks with ${example.checker} and builds with Vite`, { timeout: 180_000 }, () => {
      assert.ok(existsSync(join(root, 'packages', 'elements', 'dist', example.generated)), `packages/elements/dist/${example.generated} is missing: run npm run build first`);
      const check = run(dir, example.checker, ['--noEmit', '-p', '.']);
      assert.equal(check.status, 0, check.output);
      const build = run(dir, 'vite', ['build', '--logLevel', 'warn']);
      assert.equal(build.status, 0, build.output);
      assert.ok(existsSync(join(dir, 'dist', 'index.html')), build.output);
    });

    it(`${example.name}: a wrong event-detail access fails the type check`, { timeout: 180_000 }, () => {
      const scratch = join(dir, 'src', 'wrong-detail-fixture');
      mkdirSync(scratch, { recursive: true });
      try {
        writeFileSync(join(scratch, example.wrong.file), example.wrong.source);
        const check = run(dir, example.checker, ['--noEmit', '-p', '.']);
        assert.notEqual(check.status, 0, `the checker accepted event.detail.nope:\n${check.output}`);
        assert.match(check.output, new RegExp(`wrong-detail-fixture/${example.wrong.file}.*Property 'nope' does not exist on type 'CkitFilterChangeEventDetail'`));
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  }
});
