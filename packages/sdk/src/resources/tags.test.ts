import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, tagWire } from '../test-support/fixtures.js';

useMockServer();

describe('tags', () => {
  it('list() GETs every tag', async () => {
    const sent = respond('get', '/tags', { data: [tagWire, { ...tagWire, id: 5, name: 'Rust', slug: 'rust' }] });
    const tags = await createClient().tags.list();
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/tags', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.deepEqual(tags.map((tag) => tag.slug), ['typescript', 'rust']);
    assert.equal(tags[0]!.created_at, TS_CANONICAL);
  });

  it('retrieve() GETs one tag', async () => {
    const sent = respond('get', '/tags/4', tagWire);
    const tag = await createClient().tags.retrieve(4);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/tags/4', query: {}, body: undefined });
    assert.equal(tag.name, 'TypeScript');
  });

  it('create() POSTs with an Idempotency-Key', async () => {
    const sent = respond('post', '/tags', { data: { ...tagWire, id: 6, name: 'Go', slug: 'go' } }, 201);
    const tag = await createClient().tags.create({ name: 'Go' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/tags', query: {}, body: { name: 'Go' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([tag.id, tag.slug], [6, 'go']);
  });

  it('update() PATCHes', async () => {
    const sent = respond('patch', '/tags/4', { data: { ...tagWire, name: 'TS' } });
    const tag = await createClient().tags.update(4, { name: 'TS' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/tags/4', query: {}, body: { name: 'TS' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(tag.name, 'TS');
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/tags/4', undefined);
    assert.equal(await createClient().tags.delete(4), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/tags/4', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
