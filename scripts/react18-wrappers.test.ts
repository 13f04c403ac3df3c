/**
 * `@coursekit/elements/react18`, the `@lit/react` wrappers generated from the elements manifest
 * (`packages/elements/dist/react18.{js,d.ts}`, written by `npm run build`):
 *
 * - a TSX project type-checks against them: element properties as props, `onCkit*` event props
 *   whose handler receives the event's class, and a handler reading a property its event's
 *   `detail` does not have fails the check, naming the property;
 * - rendered with `react-dom/server`, a wrapper renders its tag with its attributes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages', 'elements', 'dist');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const built = existsSync(join(dist, 'react18.js')) && existsSync(join(dist, 'react18.d.ts'));
const skip = !built && !process.env['CI'] ? 'packages/elements/dist/react18.js missing: run npm run build first' : false;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['*.tsx'],
};

/** Properties, a typed event handler and a property-less element, as an app would write them. */
const APP = `import type { CkitFilterChangeEvent } from '@coursekit/elements';
import { CkitCourseCard, CkitCourseCatalog, CkitProvider } from '@coursekit/elements/react18';

export function Catalog({ onQuery }: { onQuery: (search: string, page: number) => void }) {
  const onFilter = (event: CkitFilterChangeEvent) => onQuery(event.detail.query.search, event.detail.query.page);
  return (
    <CkitProvider baseUrl="/api/v1">
      <CkitCourseCatalog hrefTemplate="/courses/{slug}" syncUrl onCkitFilterChange={onFilter} />
      <CkitCourseCard courseId={3} layout="horizontal" onCkitNavigateRequest={(event) => event.detail.href} />
    </CkitProvider>
  );
}
`;

const WRONG = `import { CkitCourseCatalog } from '@coursekit/elements/react18';

export const Wrong = () => <CkitCourseCatalog onCkitFilterChange={(event) => console.log(event.detail.nope)} />;
`;

describe('@coursekit/elements/react18', { skip }, () => {
  let project = '';

  before(() => {
    assert.ok(built, 'packages/elements/dist/react18.js is missing: run npm run build before the tests');
    // Inside the repository, so that @coursekit/elements, react and @lit/react resolve from its node_modules.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    project = mkdtempSync(join(cache, 'react18-types-'));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    writeFileSync(join(project, 'app.tsx'), APP);
  });

  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  const check = () => spawnSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });

  it('types element properties and event props with the event classes', { timeout: 120_000 }, () => {
    const result = check();
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('fails the type check on a wrong event-detail access, naming the property', { timeout: 120_000 }, () => {
    const wrong = join(project, 'wrong.tsx');
    writeFileSync(wrong, WRONG);
    try {
      const result = check();
      assert.notEqual(result.status, 0, 'tsc accepted event.detail.nope');
      assert.match(result.stdout, /wrong\.tsx.*Property 'nope' does not exist on type 'CkitFilterChangeEventDetail'/);
    } finally {
      rmSync(wrong, { force: true });
    }
  });

  it('renders its tag with its attributes on the server', async () => {
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    // A computed specifier: the wrappers' types exist only after the build, and `npm run typecheck`
    // runs before it; the type test above checks them.
    const wrappers = '@coursekit/elements/react18';
    type Wrapper = React.ComponentType<Record<string, unknown>>;
    const { CkitCourseCard, CkitCourseCatalog } = (await import(wrappers)) as { CkitCourseCard: Wrapper; CkitCourseCatalog: Wrapper };
    const html = renderToString(
      React.createElement(
        'div',
        null,
        React.createElement(CkitCourseCard, { 'course-slug': 'rust-from-zero', layout: 'horizontal' }),
        React.createElement(CkitCourseCatalog, { 'href-template': '/courses/{slug}', onCkitFilterChange: () => undefined }),
      ),
    );
    assert.match(html, /<ckit-course-card[^>]* course-slug="rust-from-zero"/);
    assert.match(html, /<ckit-course-catalog[^>]* href-template="\/courses\/\{slug\}"/);
    // Event props become listeners in the browser; they never turn into attributes.
    assert.doesNotMatch(html, /onCkitFilterChange|onckitfilterchange/i);
  });
});
