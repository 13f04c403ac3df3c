import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, categoryWire } from '../test-support/fixtures.js';

useMockServer();

const rootWire = { ...categoryWire, id: 1, name: 'Development', slug: 'development', parent_id: null };

describe('categories', () => {
  it('list() sends parent_id as filter[parent_id] and include as a comma list, and parses nested children', async () => {
    const sent = respond('get', '/categories', { data: [{ ...rootWire, children: [categoryWire] }] });
    const categories = await createClient().categories.list({ parent_id: 1, include: ['children', 'parent'] });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/categories', query: { 'filter[parent_id]': '1', include: 'children,parent' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(categories[0]!.parent_id, null);
    assert.equal(categories[0]!.children?.[0]?.slug, 'web-development');
    assert.equal(categories[0]!.children?.[0]?.created_at, TS_CANONICAL);
  });

  it('list({ parent_id: null }) asks for the roots with an empty filter instead of dropping it', async () => {
    const sent = respond('get', '/categories', [rootWire]);
    const categories = await createClient().categories.list({ parent_id: null });
    assert.deepEqual(sent[0]!.query, { 'filter[parent_id]': '' });
    assert.deepEqual(categories.map((category) => category.slug), ['development']);
  });

  it('list() without params sends no query', async () => {
    const sent = respond('get', '/categories', { data: [] });
    assert.deepEqual(await createClient().categories.list(), []);
    assert.deepEqual(sent[0]!.query, {});
  });

  it('retrieve() GETs by encoded slug with its includes', async () => {
    const sent = respond('get', '/categories/:slug', { data: { ...categoryWire, parent: rootWire } });
    const category = await createClient().categories.retrieve('web development', { include: ['parent'] });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/categories/web%20development', query: { include: 'parent' }, body: undefined });
    assert.equal(category.parent?.slug, 'development');
  });

  it('create() POSTs with an Idempotency-Key', async () => {
    const sent = respond('post', '/categories', { data: { ...categoryWire, id: 12, name: 'Frontend', slug: 'frontend' } }, 201);
    const category = await createClient().categories.create({ name: 'Frontend', parent_id: 3 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/categories', query: {}, body: { name: 'Frontend', parent_id: 3 } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([category.id, category.slug], [12, 'frontend']);
  });

  it('update() PATCHes by slug', async () => {
    const sent = respond('patch', '/categories/web-development', { data: { ...categoryWire, description: 'Browsers and servers.' } });
    const category = await createClient().categories.update('web-development', { description: 'Browsers and servers.' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/categories/web-development', query: {}, body: { description: 'Browsers and servers.' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(category.description, 'Browsers and servers.');
  });

  it('delete() DELETEs by slug and resolves to undefined', async () => {
    const sent = respond('delete', '/categories/web-development', undefined);
    assert.equal(await createClient().categories.delete('web-development'), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/categories/web-development', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
