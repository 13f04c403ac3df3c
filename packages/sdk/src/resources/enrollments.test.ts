import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, courseWire, enrollmentWire, publicUserWire, resourceCollection } from '../test-support/fixtures.js';
import { NotFoundError, PaymentRequiredError, isPaymentRequiredError } from '../core/errors.js';

useMockServer();

describe('enrollments', () => {
  it('list() GETs my enrollments with filter[status] and parses the included course', async () => {
    const sent = respond('get', '/me/enrollments', resourceCollection([{ ...enrollmentWire, course: courseWire }], 2, 2, 1, 2));
    const page = await createClient().enrollments.list({ status: 'active', page: 2, per_page: 1 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me/enrollments', query: { 'filter[status]': 'active', page: '2', per_page: '1' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(page.data[0]!.enrolled_at, TS_CANONICAL);
    assert.equal(page.data[0]!.course?.price, '19.90');
    assert.equal(page.data[0]!.course?.is_featured, true);
    assert.equal(page.hasNextPage(), false);
  });

  it('retrieve() GETs my enrollment in a course', async () => {
    const sent = respond('get', '/courses/42/enrollment', { data: { ...enrollmentWire, status: 'completed', completed_at: '2026-01-02T03:04:05+00:00' } });
    const enrollment = await createClient().enrollments.retrieve(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/enrollment', query: {}, body: undefined });
    assert.equal(enrollment.status, 'completed');
    assert.equal(enrollment.completed_at, TS_CANONICAL);
  });

  it('retrieve() rejects with NotFoundError when not enrolled', async () => {
    respond('get', '/courses/43/enrollment', { message: 'Not enrolled.' }, 404);
    await assert.rejects(createClient().enrollments.retrieve(43), NotFoundError);
  });

  it('enroll() POSTs with an Idempotency-Key and parses the enrollment', async () => {
    const sent = respond('post', '/courses/42/enroll', { data: enrollmentWire }, 201);
    const enrollment = await createClient().enrollments.enroll(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/courses/42/enroll', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([enrollment.id, enrollment.status, enrollment.created_at], [11, 'active', TS_CANONICAL]);
  });

  it('enroll() in a paid course rejects with PaymentRequiredError', async () => {
    respond('post', '/courses/42/enroll', { message: 'This course must be purchased.', code: 'payment_required' }, 402);
    const error = await createClient().enrollments.enroll(42).catch((caught: unknown) => caught);
    assert.ok(error instanceof PaymentRequiredError);
    assert.ok(isPaymentRequiredError(error));
    assert.equal(error.status, 402);
    assert.equal(error.code, 'payment_required');
  });

  it('listForCourse() GETs the course roster with filter[status] and parses each learner', async () => {
    const sent = respond('get', '/courses/42/enrollments', { data: [{ ...enrollmentWire, user: publicUserWire }], current_page: 1, last_page: 1, per_page: 15, total: 1 });
    const page = await createClient().enrollments.listForCourse(42, { status: 'completed' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/enrollments', query: { 'filter[status]': 'completed' }, body: undefined });
    assert.equal(page.data[0]!.user?.name, 'Ada Lovelace');
    assert.equal(page.meta.total, 1);
  });
});
