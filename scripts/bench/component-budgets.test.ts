import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi } from '@coursekit/mock/node';
import { COMPONENT_TARGETS, measureComponentBudgets, type ComponentTarget } from './component-budgets.js';
import { arrangeLongCourse } from './player-render.js';

const target = (name: string) => COMPONENT_TARGETS.find((item) => item.name === name)!;

test('an element whose modules are part of the catalog page is reported there, as not allowed', async () => {
  // The card imports the heart's styles: the wishlist button's modules are on every catalog page.
  const heart: ComponentTarget = { name: 'wishlist-button', page: "import './wishlist-button/wishlist-button.js';", own: ['packages/elements/src/components/wishlist-button/'], budgetBytes: 1 };
  const report = await measureComponentBudgets([heart]);
  const [placement] = report.placements.get('wishlist-button')!;
  assert.equal(placement?.page, 'catalog page');
  assert.equal(placement?.where, 'first load');
  assert.equal(placement?.allowed, false);
  assert.equal(report.rows[0]!.ok, false, 'a 1-byte budget is broken');
});

test('the quiz the player opens is on demand in the player page, and counted against the quiz, not the player', async () => {
  const report = await measureComponentBudgets([target('curriculum-player'), target('quiz'), target('outbox')]);
  assert.deepEqual(
    report.placements.get('quiz')!.map(({ page, where, allowed }) => ({ page, where, allowed })),
    [{ page: 'curriculum-player', where: 'on demand', allowed: true }],
  );
  const player = report.rows.find((row) => row.target.name === 'curriculum-player')!;
  assert.equal(player.onDemandBytes, 0);
  assert.ok(player.otherOnDemand.some((chunk) => chunk.owner === 'quiz' && chunk.gzipBytes > 0));
  assert.ok(player.firstLoadAddedBytes > player.ownModulesBytes, 'the first load added holds more than the player modules (the outbox at least)');
  // The player and the quiz import the outbox on purpose; the catalog page does not have it.
  assert.ok(report.placements.get('outbox')!.every((placement) => placement.allowed && placement.page !== 'catalog page'));
});

test("the Stripe adapter is measured on demand only, and is not part of the checkout's own on-demand bytes", async () => {
  const report = await measureComponentBudgets([target('checkout'), target('checkout: Stripe adapter')]);
  const [checkout, stripe] = report.rows;
  assert.equal(stripe!.firstLoadAddedBytes, 0);
  assert.ok(stripe!.onDemandBytes > 0);
  assert.ok(stripe!.measuredBytes > 0 && stripe!.measuredBytes <= stripe!.onDemandBytes, 'the adapter is measured on its own chunk');
  assert.ok(checkout!.onDemandBytes > 0, 'the test gateway loads on demand');
  assert.ok(checkout!.otherOnDemand.some((chunk) => chunk.owner === 'checkout: Stripe adapter' && chunk.gzipBytes === stripe!.onDemandBytes));
});

test('an element not written yet is skipped, not failed', async () => {
  const ghost: ComponentTarget = { name: 'ghost', page: "import './ghost/ghost.js';", own: ['packages/elements/src/components/ghost/'], requires: 'packages/elements/src/components/ghost/ghost.ts', budgetBytes: 1 };
  const report = await measureComponentBudgets([ghost]);
  assert.equal(report.rows[0]!.skipped, true);
  assert.equal(report.rows[0]!.ok, true);
});

test('the long course has 200 lectures in 20 sections, in a course the learner is actively enrolled in', () => {
  const api = createMockApi({ baseUrl: 'http://localhost/api/v1' });
  const course = arrangeLongCourse(api);
  const sections = api.db.where('sections', (row) => row.course_id === course.courseId);
  const lectures = api.db.where('lectures', (row) => sections.some((section) => section.id === row.section_id));
  assert.equal(sections.length, 20);
  assert.equal(lectures.length, 200);
  assert.ok(sections.every((section) => lectures.filter((lecture) => lecture.section_id === section.id).length === 10));
  const learner = api.db.first('users', (row) => row.email === 'student@coursekit.test')!;
  assert.ok(api.db.first('enrollments', (row) => row.user_id === learner.id && row.course_id === course.courseId && row.status === 'active'));
  assert.match(course.token, /^\d+\|/);
});
