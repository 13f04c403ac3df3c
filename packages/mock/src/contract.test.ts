/**
 * The mock against the published contract, `docs/openapi.json`:
 * 1. every method on every path of the document has a handler (no "route not found"), and
 * 2. every operation, called through the SDK method the document names for it, succeeds and its
 *    response parses with the SDK's schema (the SDK throws `ResponseValidationError` otherwise).
 * A new path in the document fails this test until the mock serves it and a call is listed here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CourseKit } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from './seed-data/reference.js';
import { MORPH_TYPES } from './domain/morphs.js';
import { BASE_URL, raw, useMockApi } from './test-support/harness.js';

interface Operation {
  method: string;
  path: string;
  operationId: string;
}

const document = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({ method: method.toUpperCase(), path, operationId: operation.operationId })),
);

const { api, client } = useMockApi();
const db = api.db;

/** Seeded rows the calls below work on. */
const ids = {
  course: (slug: string) => db.first('courses', (row) => row.slug === slug, { withTrashed: true })!.id,
  user: (email: string) => db.first('users', (row) => row.email === email)!.id,
  quizOf: (slug: string) => db.first('quizzes', (row) => row.course_id === ids.course(slug))!.id,
  questionOf: (slug: string) => db.first('quiz_questions', (row) => row.quiz_id === ids.quizOf(slug))!.id,
  sectionOf: (slug: string) => db.first('sections', (row) => row.course_id === ids.course(slug))!.id,
  lectureOf: (slug: string) => db.first('lectures', (row) => row.section_id === ids.sectionOf(slug))!.id,
  orderOf: (email: string, status: string) => db.first('orders', (row) => row.user_id === ids.user(email) && row.status === status)!.id,
};

const LIT = 'building-web-components-with-lit';
const HTML = 'html-css-for-absolute-beginners';

type Call = (clients: { guest: CourseKit; student: CourseKit; instructor: CourseKit; admin: CourseKit }) => Promise<unknown>;

/** One SDK call per operationId, by a caller the route admits, on seeded data. */
const CALLS: Record<string, Call> = {
  'auth.login': ({ guest }) => guest.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' }),
  'auth.logout': ({ student }) => student.auth.logout(),
  'auth.register': ({ guest }) => guest.auth.register({ name: 'New Learner', email: 'new@example.org', password: 'password1', password_confirmation: 'password1' }),
  'categories.list': ({ guest }) => guest.categories.list({ parent_id: null, include: ['children'] }),
  'categories.create': ({ admin }) => admin.categories.create({ name: 'Robotics', parent_id: db.first('categories', (row) => row.slug === 'development')!.id }),
  'categories.retrieve': ({ guest }) => guest.categories.retrieve('web-development', { include: ['parent', 'children'] }),
  'categories.update': ({ admin }) => admin.categories.update('web-development', { description: 'The web platform.' }),
  'categories.delete': ({ admin }) => admin.categories.delete('seo'),
  'certificates.verify': ({ guest }) => guest.certificates.verify(db.all('certificates')[0]!.certificate_number),
  'coupons.list': ({ admin }) => admin.coupons.list({ per_page: 5 }),
  'coupons.create': ({ admin }) => admin.coupons.create({ code: 'SPRING20', type: 'percentage', value: '20', meta: { min_purchase: '30.00' } }),
  'coupons.validate': ({ student }) => student.coupons.validate({ code: 'FIXED5', course_ids: [ids.course(LIT)] }),
  'coupons.retrieve': ({ admin }) => admin.coupons.retrieve(1),
  'coupons.update': ({ admin }) => admin.coupons.update(1, { usage_limit: 500 }),
  'coupons.delete': ({ admin }) => admin.coupons.delete(1),
  'courses.list': ({ guest }) => guest.courses.list({ include: ['category', 'tags', 'instructors', 'media'], sort: ['-rating', 'title'] }),
  'courses.create': ({ instructor }) => instructor.courses.create({ title: 'Shadow DOM in Depth', price: '29.00', level: 'Advanced' }),
  'courses.retrieve': ({ guest }) => guest.courses.retrieve(LIT, { include: ['category', 'tags', 'instructors', 'media'] }),
  'courses.update': ({ instructor }) => instructor.courses.update(ids.course(LIT), { price: '44.00' }),
  'courses.delete': ({ instructor }) => instructor.courses.delete(ids.course(LIT)),
  'curriculum.retrieve': ({ guest }) => guest.curriculum.retrieve(ids.course(LIT)),
  'curriculum.reorder': ({ instructor }) => {
    const sections = db.where('sections', (row) => row.course_id === ids.course(LIT));
    return instructor.curriculum.reorder(ids.course(LIT), { sections: sections.map((section, index) => ({ id: section.id, position: sections.length - index })) });
  },
  'enrollments.enroll': ({ student }) => student.enrollments.enroll(ids.course('python-programming-basics')),
  'enrollments.retrieve': ({ student }) => student.enrollments.retrieve(ids.course(HTML)),
  'enrollments.listForCourse': ({ instructor }) => instructor.enrollments.listForCourse(ids.course(LIT)),
  'courses.setInstructors': ({ instructor }) =>
    instructor.courses.setInstructors(ids.course(LIT), { instructors: [{ user_id: ids.user(DEMO_ACCOUNTS.instructor), is_primary: true }, { user_id: ids.user('marcus.chen@example.com') }] }),
  'progress.retrieve': ({ student }) => student.progress.retrieve(ids.course(HTML)),
  'courses.publish': ({ admin }) => admin.courses.publish(ids.course('testing-web-components')),
  'quizzes.list': ({ instructor }) => instructor.quizzes.list(ids.course(LIT)),
  'quizzes.create': ({ instructor }) => instructor.quizzes.create(ids.course(LIT), { title: 'Final exam' }),
  'reviews.list': ({ guest }) => guest.reviews.list(ids.course(HTML), { sort: '-rating' }),
  'reviews.create': ({ student }) => student.reviews.create(ids.course('modern-javascript-from-scratch'), { rating: 4, body: 'Good pace.' }),
  'reviews.summary': ({ guest }) => guest.reviews.summary(ids.course(HTML)),
  'sections.list': ({ instructor }) => instructor.sections.list(ids.course(LIT)),
  'sections.create': ({ instructor }) => instructor.sections.create(ids.course(LIT), { title: 'Bonus' }),
  'courses.submit': ({ instructor }) => instructor.courses.submit(ids.course('web-performance-budgets')),
  'courses.setTags': ({ instructor }) => instructor.courses.setTags(ids.course(LIT), { tag_ids: [1, 2] }),
  'instructors.retrieve': ({ guest }) => guest.instructors.retrieve('ines-ortega'),
  'instructors.listCourses': ({ guest }) => guest.instructors.listCourses('ines-ortega', { sort: 'title' }),
  'lectures.retrieve': ({ student }) => student.lectures.retrieve(ids.lectureOf(HTML)),
  'lectures.update': ({ instructor }) => instructor.lectures.update(ids.lectureOf(LIT), { title: 'Welcome!' }),
  'lectures.delete': ({ instructor }) => instructor.lectures.delete(ids.lectureOf(LIT)),
  'progress.update': ({ student }) => student.progress.update(ids.lectureOf('modern-javascript-from-scratch'), { watched_seconds: 30 }),
  'me.retrieve': ({ student }) => student.me.retrieve(),
  'me.update': ({ student }) => student.me.update({ headline: 'Learning every day', settings: { theme: 'dark' } }),
  'certificates.list': ({ student }) => student.certificates.list(),
  'enrollments.list': ({ student }) => student.enrollments.list({ status: 'active' }),
  'me.updateInstructorProfile': ({ instructor }) => instructor.me.updateInstructorProfile({ company: 'Components Inc.', website: 'https://components.example.com' }),
  'notifications.list': ({ student }) => student.notifications.list({ read: false }),
  'notifications.markAllRead': ({ student }) => student.notifications.markAllRead(),
  'notifications.markRead': ({ student }) => student.notifications.markRead(db.first('notifications', (row) => row.user_id === ids.user(DEMO_ACCOUNTS.student))!.id),
  'orders.list': ({ student }) => student.orders.list(),
  'wishlist.list': ({ student }) => student.wishlist.list(),
  'wishlist.add': ({ student }) => student.wishlist.add(ids.course('rust-for-systems-programmers')),
  'wishlist.remove': ({ student }) => student.wishlist.remove(ids.course(LIT)),
  'media.upload': ({ instructor }) =>
    instructor.media.upload({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), file_name: 'cover.png', model_type: MORPH_TYPES.course, model_id: ids.course(LIT), meta: { alt: 'Cover' } }),
  'media.delete': ({ instructor }) => instructor.media.delete(db.first('media', (row) => row.model_type === MORPH_TYPES.course && row.model_id === ids.course(LIT))!.id),
  'orders.listAll': ({ admin }) => admin.orders.listAll({ status: 'paid' }),
  'orders.create': ({ student }) => student.orders.create({ items: [{ course_id: ids.course('typescript-for-javascript-developers') }], coupon_code: 'WELCOME10' }),
  'orders.retrieve': ({ student }) => student.orders.retrieve(ids.orderOf(DEMO_ACCOUNTS.student, 'paid')),
  'orders.cancel': async ({ student }) => student.orders.cancel((await student.orders.create({ items: [{ course_id: ids.course(LIT) }] })).id),
  'payments.create': async ({ student }) => student.payments.create((await student.orders.create({ items: [{ course_id: ids.course(LIT) }] })).id, { gateway: 'test' }),
  'orders.refund': ({ admin }) => admin.orders.refund(ids.orderOf(DEMO_ACCOUNTS.student, 'paid'), { reason: 'Goodwill.' }),
  'orders.listTransactions': ({ admin }) => admin.orders.listTransactions(ids.orderOf(DEMO_ACCOUNTS.student, 'paid')),
  'quizQuestions.retrieve': ({ instructor }) => instructor.quizQuestions.retrieve(ids.questionOf(LIT)),
  'quizQuestions.update': ({ instructor }) => instructor.quizQuestions.update(ids.questionOf(LIT), { question: 'Which HTTP method is idempotent?' }),
  'quizQuestions.delete': ({ instructor }) => instructor.quizQuestions.delete(ids.questionOf(LIT)),
  'quizzes.retrieve': ({ student }) => student.quizzes.retrieve(ids.quizOf(HTML)),
  'quizzes.update': ({ instructor }) => instructor.quizzes.update(ids.quizOf(LIT), { title: 'Checkpoint' }),
  'quizzes.delete': ({ instructor }) => instructor.quizzes.delete(ids.quizOf(LIT)),
  'quizAttempts.list': ({ student }) => student.quizAttempts.list(ids.quizOf(HTML)),
  'quizAttempts.create': ({ student }) => student.quizAttempts.create(ids.quizOf(HTML), { responses: { [ids.questionOf(HTML)]: 'PUT' } }),
  'quizQuestions.list': ({ instructor }) => instructor.quizQuestions.list(ids.quizOf(LIT)),
  'quizQuestions.create': ({ instructor }) => instructor.quizQuestions.create(ids.quizOf(LIT), { question: 'Pick the custom element APIs', type: 'multiple', options: ['define', 'get', 'fetch'], answer: ['define', 'get'] }),
  'reviews.update': ({ student }) => student.reviews.update(db.first('reviews', (row) => row.user_id === ids.user(DEMO_ACCOUNTS.student))!.id, { rating: 4 }),
  'reviews.delete': ({ student }) => student.reviews.delete(db.first('reviews', (row) => row.user_id === ids.user(DEMO_ACCOUNTS.student))!.id),
  'sections.retrieve': ({ instructor }) => instructor.sections.retrieve(ids.sectionOf(LIT)),
  'sections.update': ({ instructor }) => instructor.sections.update(ids.sectionOf(LIT), { title: 'Start here' }),
  'sections.delete': ({ instructor }) => instructor.sections.delete(ids.sectionOf(LIT)),
  'lectures.list': ({ instructor }) => instructor.lectures.list(ids.sectionOf(LIT)),
  'lectures.create': ({ instructor }) => instructor.lectures.create(ids.sectionOf(LIT), { title: 'Slots', type: 'video', duration_seconds: 420, external_url: 'https://video.example/slots.mp4' }),
  'tags.list': ({ guest }) => guest.tags.list(),
  'tags.create': ({ admin }) => admin.tags.create({ name: 'Svelte' }),
  'tags.retrieve': ({ guest }) => guest.tags.retrieve(1),
  'tags.update': ({ admin }) => admin.tags.update(1, { name: 'Modern JavaScript' }),
  'tags.delete': ({ admin }) => admin.tags.delete(1),
  'users.list': ({ admin }) => admin.users.list({ role: 'instructor', search: 'a' }),
};

describe('contract coverage (docs/openapi.json)', () => {
  it('lists operations, and a call for each of them here', () => {
    assert.ok(operations.length >= 80, `${operations.length} operations`);
    assert.deepEqual(operations.map((operation) => operation.operationId).filter((id) => !CALLS[id]), [], 'operations without a call in this test');
    assert.deepEqual(Object.keys(CALLS).filter((id) => !operations.some((operation) => operation.operationId === id)), [], 'calls for operations the document no longer has');
  });

  it('has a handler for every method on every path', async () => {
    const unrouted: string[] = [];
    for (const operation of operations) {
      const path = operation.path.replace(/\{[^}]+\}/g, '1');
      const response = await raw(operation.method, path, operation.method === 'GET' || operation.method === 'DELETE' ? {} : { body: {} });
      if (response.status === 404 && String(response.body?.message).startsWith('The route ')) unrouted.push(`${operation.method} ${operation.path}`);
    }
    assert.deepEqual(unrouted, []);
  });

  for (const operation of operations) {
    const call = CALLS[operation.operationId];
    it(`${operation.method} ${operation.path} (${operation.operationId}) answers what the SDK's schema accepts`, { skip: call ? false : 'no call listed' }, async () => {
      const clients = { guest: client(), student: client(DEMO_ACCOUNTS.student), instructor: client(DEMO_ACCOUNTS.instructor), admin: client(DEMO_ACCOUNTS.admin) };
      const result = await call!(clients);
      const empty = operation.method === 'DELETE' || operation.operationId === 'auth.logout';
      if (empty) assert.equal(result, undefined);
      else assert.notEqual(result, undefined);
    });
  }

  it('serves file URLs it hands out', async () => {
    const course = await client().courses.retrieve(LIT, { include: ['media'] });
    const response = await fetch(course.media![0]!.url!);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml');
    assert.match(await response.text(), /^<svg /);
    assert.ok(course.media![0]!.url!.startsWith(`${BASE_URL}/storage/`));
  });

  it('serves the lecture files it hands out, of the type and size their media rows say', async () => {
    const sections = await client(DEMO_ACCOUNTS.student).curriculum.retrieve(ids.course(HTML));
    const files = sections.flatMap((section) => section.lectures ?? []).flatMap((lecture) => lecture.media ?? []);
    assert.deepEqual([...new Set(files.map((file) => file.mime_type))].sort(), ['text/plain', 'text/vtt', 'video/webm']);
    for (const mimeType of ['video/webm', 'text/vtt', 'text/plain']) {
      const file = files.find((candidate) => candidate.mime_type === mimeType)!;
      const response = await fetch(file.url!);
      assert.equal(response.status, 200, file.path);
      assert.equal(response.headers.get('content-type')!.split(';')[0], mimeType);
      assert.equal((await response.arrayBuffer()).byteLength, file.size);
    }
  });
});
