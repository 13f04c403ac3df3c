import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, mediaWire } from '../test-support/fixtures.js';

useMockServer();

describe('media', () => {
  it('upload() POSTs multipart form data with the file, its name, the model and meta as JSON', async () => {
    const sent = respond('post', '/media', { data: { ...mediaWire, url: 'https://cdn.example/courses/42/cover.jpg' } }, 201);
    const file = new Blob(['fake-jpeg-bytes'], { type: 'image/jpeg' });
    const media = await createClient().media.upload({ file, file_name: 'cover.jpg', model_type: 'App\\Models\\Course', model_id: 42, meta: { alt: 'Cover' } });
    const { method, path, query } = sent[0]!;
    assert.deepEqual({ method, path, query }, { method: 'POST', path: '/media', query: {} });
    assert.match(sent[0]!.headers.get('content-type') ?? '', /^multipart\/form-data; boundary=/);
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    const form = sent[0]!.body;
    assert.ok(form instanceof FormData);
    const part = form.get('file');
    assert.ok(part instanceof File);
    assert.deepEqual([part.name, part.type, await part.text()], ['cover.jpg', 'image/jpeg', 'fake-jpeg-bytes']);
    assert.deepEqual(
      { file_name: form.get('file_name'), model_type: form.get('model_type'), model_id: form.get('model_id'), meta: form.get('meta') },
      { file_name: 'cover.jpg', model_type: 'App\\Models\\Course', model_id: '42', meta: '{"alt":"Cover"}' },
    );
    assert.deepEqual([media.id, media.size, media.meta, media.url, media.created_at], [97, 20480, { alt: 'Cover' }, 'https://cdn.example/courses/42/cover.jpg', TS_CANONICAL]);
  });

  it('upload() of a File keeps its own name and sends only the fields given', async () => {
    const sent = respond('post', '/media', mediaWire, 201);
    await createClient().media.upload({ file: new File(['%PDF'], 'syllabus.pdf', { type: 'application/pdf' }) });
    const form = sent[0]!.body;
    assert.ok(form instanceof FormData);
    assert.deepEqual([...form.keys()], ['file']);
    assert.equal((form.get('file') as File).name, 'syllabus.pdf');
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/media/97', undefined);
    assert.equal(await createClient().media.delete(97), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/media/97', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
