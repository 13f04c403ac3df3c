import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, lectureMediaWire, lectureWire, sectionWire } from '../test-support/fixtures.js';
import { PermissionDeniedError, isPermissionDeniedError } from '../core/errors.js';

useMockServer();

describe('curriculum', () => {
  it('retrieve() GETs the sections with their lectures and parses them', async () => {
    const sent = respond('get', '/courses/42/curriculum', { data: [{ ...sectionWire, lectures: [lectureWire, { ...lectureWire, id: 10, is_preview: 0, content: null, external_url: null, is_locked: 1 }] }] });
    const sections = await createClient().curriculum.retrieve(42);
    assert.equal(sent.length, 1);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/curriculum', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(sections.length, 1);
    assert.equal(sections[0]!.created_at, TS_CANONICAL);
    assert.deepEqual(
      sections[0]!.lectures?.map((lecture) => [lecture.id, lecture.is_preview, lecture.is_locked]),
      [[9, true, undefined], [10, false, true]],
    );
  });

  it('reorder() POSTs the new positions and accepts a bare array', async () => {
    const sent = respond('post', '/courses/42/curriculum/reorder', [{ ...sectionWire, position: 2 }, { ...sectionWire, id: 6, position: 1 }]);
    const order = { sections: [{ id: 6, position: 1, lectures: [{ id: 9, position: 1 }] }, { id: 5, position: 2 }] };
    const sections = await createClient().curriculum.reorder(42, order);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/courses/42/curriculum/reorder', query: {}, body: order });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual(sections.map((section) => [section.id, section.position]), [[5, 2], [6, 1]]);
  });
});

describe('sections', () => {
  it('list() GETs a course\'s sections', async () => {
    const sent = respond('get', '/courses/42/sections', { data: [sectionWire] });
    const sections = await createClient().sections.list(42);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/courses/42/sections', query: {}, body: undefined });
    assert.equal(sections[0]!.title, 'Basics');
    assert.equal(sections[0]!.updated_at, TS_CANONICAL);
  });

  it('create() POSTs to the course with an Idempotency-Key', async () => {
    const sent = respond('post', '/courses/42/sections', { data: { ...sectionWire, id: 6, title: 'Generics', position: 3 } }, 201);
    const section = await createClient().sections.create(42, { title: 'Generics', position: 3 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/courses/42/sections', query: {}, body: { title: 'Generics', position: 3 } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([section.id, section.position], [6, 3]);
  });

  it('retrieve() GETs one section by id', async () => {
    const sent = respond('get', '/sections/5', sectionWire);
    const section = await createClient().sections.retrieve(5);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/sections/5', query: {}, body: undefined });
    assert.equal(section.course_id, 42);
  });

  it('update() PATCHes the changed fields', async () => {
    const sent = respond('patch', '/sections/5', { data: { ...sectionWire, title: 'The basics' } });
    const section = await createClient().sections.update(5, { title: 'The basics' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/sections/5', query: {}, body: { title: 'The basics' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(section.title, 'The basics');
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/sections/5', undefined);
    assert.equal(await createClient().sections.delete(5), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/sections/5', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});

describe('lectures', () => {
  it('retrieve() GETs a lecture with its content', async () => {
    const sent = respond('get', '/lectures/9', { data: { ...lectureWire, type: 'text', content: '<p>Hello</p>', is_preview: '0', is_locked: false } });
    const lecture = await createClient().lectures.retrieve(9);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/lectures/9', query: {}, body: undefined });
    assert.equal(lecture.content, '<p>Hello</p>');
    assert.equal(lecture.is_preview, false);
    assert.equal(lecture.is_locked, false);
  });

  it('retrieve() parses the lecture\'s media: the video and its caption tracks, with their meta and URLs', async () => {
    respond('get', '/lectures/9', { data: { ...lectureWire, external_url: null, media: lectureMediaWire } });
    const lecture = await createClient().lectures.retrieve(9);
    assert.deepEqual(
      lecture.media?.map((file) => [file.mime_type, file.model_type, file.model_id, file.meta, file.url]),
      [
        ['video/webm', 'App\\Models\\Lecture', 9, { width: 320, height: 180, duration_seconds: 12 }, lectureMediaWire[0]!.url],
        ['text/vtt', 'App\\Models\\Lecture', 9, { kind: 'captions', srclang: 'en', label: 'English' }, lectureMediaWire[1]!.url],
      ],
    );
    assert.equal(lecture.media?.[0]?.created_at, TS_CANONICAL);
  });

  it('a lecture without media (a locked one, or an older server) parses with media undefined', async () => {
    respond('get', '/courses/42/curriculum', { data: [{ ...sectionWire, lectures: [{ ...lectureWire, is_preview: 0, content: null, external_url: null, is_locked: 1 }] }] });
    const [section] = await createClient().curriculum.retrieve(42);
    assert.equal(section!.lectures![0]!.media, undefined);
  });

  it('retrieve() of a locked lecture rejects with PermissionDeniedError', async () => {
    respond('get', '/lectures/10', { message: 'Enroll to open this lecture.' }, 403);
    const error = await createClient().lectures.retrieve(10).catch((caught: unknown) => caught);
    assert.ok(error instanceof PermissionDeniedError);
    assert.ok(isPermissionDeniedError(error));
    assert.equal(error.status, 403);
    assert.match(error.message, /Enroll to open this lecture/);
  });

  it('list() GETs a section\'s lectures', async () => {
    const sent = respond('get', '/sections/5/lectures', { data: [lectureWire] });
    const lectures = await createClient().lectures.list(5);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/sections/5/lectures', query: {}, body: undefined });
    assert.equal(lectures[0]!.is_preview, true);
    assert.equal(lectures[0]!.created_at, TS_CANONICAL);
  });

  it('create() POSTs to the section', async () => {
    const params = { title: 'Union types', type: 'video' as const, external_url: 'https://video.example/10', duration_seconds: 420, is_preview: false };
    const sent = respond('post', '/sections/5/lectures', { data: { ...lectureWire, id: 10, ...params, is_preview: 0, position: 2 } }, 201);
    const lecture = await createClient().lectures.create(5, params);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/sections/5/lectures', query: {}, body: params });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([lecture.id, lecture.is_preview, lecture.duration_seconds], [10, false, 420]);
  });

  it('update() PATCHes, including a move to another section', async () => {
    const sent = respond('patch', '/lectures/9', { data: { ...lectureWire, section_id: 6, is_preview: 1 } });
    const lecture = await createClient().lectures.update(9, { section_id: 6, is_preview: true });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/lectures/9', query: {}, body: { section_id: 6, is_preview: true } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([lecture.section_id, lecture.is_preview], [6, true]);
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/lectures/9', undefined);
    assert.equal(await createClient().lectures.delete(9), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/lectures/9', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
