import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, notificationWire, resourceCollection } from '../test-support/fixtures.js';

useMockServer();

describe('notifications', () => {
  it('list() sends filter[read] and parses read as a boolean', async () => {
    const sent = respond('get', '/me/notifications', resourceCollection([notificationWire, { ...notificationWire, id: 94, type: 'certificate_issued', read: '0' }], 1, 1, 20, 2));
    const page = await createClient().notifications.list({ read: false, per_page: 20 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me/notifications', query: { 'filter[read]': 'false', per_page: '20' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.deepEqual(page.data.map((notification) => [notification.id, notification.read]), [[95, false], [94, false]]);
    assert.deepEqual(page.data[0]!.data, { course_id: 42 });
    assert.equal(page.data[0]!.created_at, TS_CANONICAL);
  });

  it('markRead() POSTs to the read route', async () => {
    const sent = respond('post', '/me/notifications/95/read', { data: { ...notificationWire, read: 1 } });
    const notification = await createClient().notifications.markRead(95);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/me/notifications/95/read', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(notification.read, true);
  });

  it('markAllRead() POSTs to read-all and returns the count', async () => {
    const sent = respond('post', '/me/notifications/read-all', { updated: 3 });
    const result = await createClient().notifications.markAllRead();
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/me/notifications/read-all', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual(result, { updated: 3 });
  });
});
