import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, quizQuestionWithAnswerWire, quizQuestionWire, quizWire } from '../test-support/fixtures.js';

useMockServer();

describe('quizzes', () => {
  it('retrieve() GETs the learner view and drops an answer the server wrongly sent', async () => {
    const leaky = { ...quizWire, questions: [quizQuestionWithAnswerWire, { ...quizQuestionWire, id: 22, type: 'single', options: ['string', 'Array'], answer: 'string' }] };
    const sent = respond('get', '/quizzes/20', { data: leaky });
    const quiz = await createClient().quizzes.retrieve(20);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/quizzes/20', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(quiz.questions?.length, 2);
    for (const question of quiz.questions ?? []) assert.equal('answer' in question, false, `question ${question.id} leaked its answer`);
    assert.deepEqual(quiz.questions?.[1]?.options, ['string', 'Array']);
    assert.equal(quiz.created_at, TS_CANONICAL);
  });

  it('list() GETs a course\'s quizzes, also without answers', async () => {
    const sent = respond('get', '/courses/42/quizzes', { data: [{ ...quizWire, questions: [quizQuestionWithAnswerWire] }] });
    const quizzes = await createClient().quizzes.list(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/quizzes', query: {}, body: undefined });
    assert.equal(quizzes[0]!.title, 'Checkpoint');
    assert.equal('answer' in (quizzes[0]!.questions?.[0] ?? {}), false);
  });

  it('create() POSTs to the course with an Idempotency-Key', async () => {
    const sent = respond('post', '/courses/42/quizzes', { data: { ...quizWire, id: 23, title: 'Final', questions: [] } }, 201);
    const quiz = await createClient().quizzes.create(42, { title: 'Final' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/courses/42/quizzes', query: {}, body: { title: 'Final' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([quiz.id, quiz.title, quiz.questions], [23, 'Final', []]);
  });

  it('update() PATCHes', async () => {
    const sent = respond('patch', '/quizzes/20', { data: { ...quizWire, title: null } });
    const quiz = await createClient().quizzes.update(20, { title: null });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/quizzes/20', query: {}, body: { title: null } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(quiz.title, null);
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/quizzes/20', undefined);
    assert.equal(await createClient().quizzes.delete(20), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/quizzes/20', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});

describe('quizQuestions', () => {
  it('list() GETs the instructor view, answers included', async () => {
    const sent = respond('get', '/quizzes/20/questions', { data: [quizQuestionWithAnswerWire, { ...quizQuestionWire, id: 22, type: 'multiple', options: ['a', 'b', 'c'], answer: ['a', 'c'] }] });
    const questions = await createClient().quizQuestions.list(20);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/quizzes/20/questions', query: {}, body: undefined });
    assert.deepEqual(questions.map((question) => question.answer), [true, ['a', 'c']]);
  });

  it('create() POSTs the question with its answer', async () => {
    const params = { question: 'Pick the primitive', type: 'single' as const, options: ['string', 'Array'], answer: 'string' };
    const sent = respond('post', '/quizzes/20/questions', { data: { ...quizQuestionWire, id: 22, ...params } }, 201);
    const question = await createClient().quizQuestions.create(20, params);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/quizzes/20/questions', query: {}, body: params });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([question.id, question.answer, question.options], [22, 'string', ['string', 'Array']]);
  });

  it('retrieve() GETs one question with its answer', async () => {
    const sent = respond('get', '/questions/21', quizQuestionWithAnswerWire);
    const question = await createClient().quizQuestions.retrieve(21);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/questions/21', query: {}, body: undefined });
    assert.equal(question.answer, true);
    assert.equal(question.updated_at, TS_CANONICAL);
  });

  it('update() PATCHes', async () => {
    const sent = respond('patch', '/questions/21', { data: { ...quizQuestionWithAnswerWire, answer: false } });
    const question = await createClient().quizQuestions.update(21, { answer: false });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/questions/21', query: {}, body: { answer: false } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(question.answer, false);
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/questions/21', undefined);
    assert.equal(await createClient().quizQuestions.delete(21), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/questions/21', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
