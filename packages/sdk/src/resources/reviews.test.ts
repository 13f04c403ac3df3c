import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, resourceCollection, reviewSummaryWire, reviewWire, userWire } from '../test-support/fixtures.js';
import { ConflictError, isConflictError } from '../core/errors.js';

useMockServer();

describe('reviews', () => {
  it('list() sends filter[rating] and sort, pages, and keeps only public author fields', async () => {
    const sent = respond('get', '/courses/42/reviews', resourceCollection([{ ...reviewWire, user: userWire }], 1, 1, 10, 1));
    const page = await createClient().reviews.list(42, { rating: 5, sort: '-created_at', per_page: 10 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'GET',
      path: '/courses/42/reviews',
      query: { 'filter[rating]': '5', sort: '-created_at', per_page: '10' },
      body: undefined,
    });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    const review = page.data[0]!;
    assert.deepEqual([review.rating, review.is_approved, review.created_at], [5, true, TS_CANONICAL]);
    assert.equal(review.user?.name, 'Ada Lovelace');
    assert.equal('email' in (review.user ?? {}), false);
    assert.equal('password' in (review.user ?? {}), false);
  });

  it('summary() GETs the summary and canonicalizes the average', async () => {
    const sent = respond('get', '/courses/42/reviews/summary', { data: reviewSummaryWire });
    const summary = await createClient().reviews.summary(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/reviews/summary', query: {}, body: undefined });
    assert.deepEqual(summary, { average: '4.50', count: 12, histogram: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 8 } });
  });

  it('create() POSTs the review with an Idempotency-Key', async () => {
    const sent = respond('post', '/courses/42/reviews', { data: { ...reviewWire, is_approved: 0 } }, 201);
    const review = await createClient().reviews.create(42, { rating: 5, body: 'Great course' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/courses/42/reviews', query: {}, body: { rating: 5, body: 'Great course' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([review.id, review.is_approved], [50, false]);
  });

  it('create() a second time rejects with ConflictError', async () => {
    respond('post', '/courses/42/reviews', { message: 'You have already reviewed this course.' }, 409);
    const error = await createClient().reviews.create(42, { rating: 4 }).catch((caught: unknown) => caught);
    assert.ok(error instanceof ConflictError);
    assert.ok(isConflictError(error));
    assert.equal(error.code, 'conflict');
  });

  it('update() PATCHes the author\'s changes', async () => {
    const sent = respond('patch', '/reviews/50', { data: { ...reviewWire, rating: 4, body: null } });
    const review = await createClient().reviews.update(50, { rating: 4, body: null });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/reviews/50', query: {}, body: { rating: 4, body: null } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([review.rating, review.body], [4, null]);
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/reviews/50', undefined);
    assert.equal(await createClient().reviews.delete(50), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/reviews/50', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });

  it('moderate() PATCHes is_approved on the same route', async () => {
    const sent = respond('patch', '/reviews/50', { data: { ...reviewWire, is_approved: '0' } });
    const review = await createClient().reviews.moderate(50, { is_approved: false });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/reviews/50', query: {}, body: { is_approved: false } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(review.is_approved, false);
  });
});
