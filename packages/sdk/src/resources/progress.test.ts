import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, courseProgressWire, progressWire } from '../test-support/fixtures.js';

useMockServer();

describe('progress', () => {
  it('retrieve() GETs the course progress and parses per-lecture completion', async () => {
    const sent = respond('get', '/courses/42/progress', { data: courseProgressWire });
    const progress = await createClient().progress.retrieve(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/progress', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.deepEqual(progress, { completed_lectures: 1, total_lectures: 24, percent: 4.17, lectures: [{ lecture_id: 9, watched_seconds: 300, completed: true }] });
  });

  it('update() PUTs watched_seconds with an Idempotency-Key and parses the lecture progress', async () => {
    const sent = respond('put', '/lectures/9/progress', { data: { ...progressWire, watched_seconds: 280, completed: 1 } });
    const progress = await createClient().progress.update(9, { watched_seconds: 280 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PUT', path: '/lectures/9/progress', query: {}, body: { watched_seconds: 280 } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([progress.watched_seconds, progress.completed, progress.last_watched_at], [280, true, TS_CANONICAL]);
  });

  it('update() forwards per-call options: keepalive reaches fetch, with the caller\'s key and headers', async () => {
    const sent = respond('put', '/lectures/9/progress', { data: progressWire });
    const keepalive: boolean[] = [];
    const ck = createClient({
      fetch: async (input, init) => {
        keepalive.push(input instanceof Request ? input.keepalive : Boolean(init?.keepalive));
        return fetch(input, init);
      },
    });
    await ck.progress.update(9, { watched_seconds: 12 }, { keepalive: true, idempotencyKey: 'pagehide-9-12', headers: { 'X-Trace': 't-9' } });
    assert.deepEqual(keepalive, [true]);
    assert.equal(sent[0]!.headers.get('idempotency-key'), 'pagehide-9-12');
    assert.equal(sent[0]!.headers.get('x-trace'), 't-9');
    assert.deepEqual(sent[0]!.body, { watched_seconds: 12 });
  });
});
