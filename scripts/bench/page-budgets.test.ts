import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildCdn } from '../build-cdn.js';
import { examplePages, pageFiles } from './page-budgets.js';
import { pageAddress } from './page-loads.js';

test('a page counts the tags in its markup and those its own scripts create, not tags named in comments', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'page-budgets-'));
  try {
    await writeFile(
      join(dir, 'page.html'),
      `<script type="module" src="page.js"></script>
       <script type="module" src="/cdn/coursekit-loader.js"></script>
       <!-- <ckit-cart> would be here -->
       <ckit-provider><ckit-course-catalog></ckit-course-catalog></ckit-provider>`,
    );
    await writeFile(
      join(dir, 'page.js'),
      `// <ckit-login> tells the page when the learner signs in.
       /* a <ckit-profile> block comment */
       const url = 'https://school.example/'; // not a comment start inside a string's URL
       document.body.append(document.createElement('ckit-notifications'));`,
    );
    await writeFile(join(dir, 'plain.html'), '<p>No CourseKit here <ckit-course-card></ckit-course-card></p>');
    const pages = await examplePages(dir);
    assert.deepEqual(pages, [{ page: 'page.html', script: 'coursekit-loader.js', tags: ['ckit-course-catalog', 'ckit-notifications', 'ckit-provider'] }]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a page on the reference backend counts the elements as the loader's page does, and the backend's files apart", { timeout: 120_000 }, async () => {
  const cdn = await buildCdn();
  const tags = ['ckit-course-catalog', 'ckit-provider'];
  const onMock = pageFiles(cdn, { page: 'mock.html', script: 'coursekit-mock.js', tags });
  const onLoader = pageFiles(cdn, { page: 'index.html', script: 'coursekit-loader.js', tags });
  assert.deepEqual([...onMock.elements].sort(), [...onLoader.elements].sort());
  assert.equal(onLoader.mock.size, 0);
  assert.ok(onMock.mock.has('coursekit-mock.js'), [...onMock.mock].join(', '));
  assert.deepEqual([...onMock.mock].filter((file) => onMock.elements.has(file)), [], 'counted twice');
});

test('a page is opened at the address the examples check uses, with its query string', () => {
  assert.equal(pageAddress('school/index.html'), 'school/');
  assert.match(pageAddress('school/course.html'), /^school\/course\.html\?slug=[a-z0-9-]+$/);
  assert.equal(pageAddress('csp/index.html'), 'csp/');
  assert.equal(pageAddress('drop-in/mock.html'), 'drop-in/mock.html');
});
