import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, quizAttemptWire } from '../test-support/fixtures.js';

useMockServer();

describe('quizAttempts', () => {
  it('create() POSTs the responses and parses the graded attempt', async () => {
    const responses = { '21': true, '22': 'string', '23': ['a', 'c'] };
    const graded = {
      ...quizAttemptWire,
      score: 66.67,
      responses,
      results: [
        { question_id: 21, correct: 1, score: 1, answer: true },
        { question_id: 22, correct: true, score: 1, answer: 'string' },
        { question_id: 23, correct: 0, score: 0, answer: ['a', 'b'] },
      ],
    };
    const sent = respond('post', '/quizzes/20/attempts', { data: graded }, 201);
    const attempt = await createClient().quizAttempts.create(20, { responses });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/quizzes/20/attempts', query: {}, body: { responses } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(attempt.score, '66.67');
    assert.deepEqual(attempt.results?.map((result) => result.correct), [true, true, false]);
    assert.deepEqual(attempt.results?.[2]?.answer, ['a', 'b']);
    assert.equal(attempt.created_at, TS_CANONICAL);
  });

  it('list() GETs my attempts', async () => {
    const sent = respond('get', '/quizzes/20/attempts', { data: [quizAttemptWire, { ...quizAttemptWire, id: 31, score: null, results: undefined }] });
    const attempts = await createClient().quizAttempts.list(20);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/quizzes/20/attempts', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.deepEqual(attempts.map((attempt) => attempt.score), ['100.00', null]);
    assert.deepEqual(attempts[0]!.responses, { '21': true });
  });
});
