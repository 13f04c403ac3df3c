import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { TS_CANONICAL, categoryWire, courseWire, resourceCollection, tagWire } from '../test-support/fixtures.js';

useMockServer();

describe('courses', () => {
  it('list() sends filters as filter[...], sort and include as comma lists, and parses the page', async () => {
    const sent = respond('get', '/courses', resourceCollection([courseWire], 2, 3, 1, 3));
    const page = await createClient().courses.list({
      category: 'web-development',
      level: 'Beginner',
      price: 'paid',
      min_rating: 4,
      featured: true,
      search: 'type script',
      sort: ['-rating', 'title'],
      include: ['category', 'tags'],
      page: 2,
      per_page: 1,
    });
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.method, 'GET');
    assert.equal(sent[0]!.path, '/courses');
    assert.deepEqual(sent[0]!.query, {
      'filter[category]': 'web-development',
      'filter[level]': 'Beginner',
      'filter[price]': 'paid',
      'filter[min_rating]': '4',
      'filter[featured]': 'true',
      'filter[search]': 'type script',
      sort: '-rating,title',
      include: 'category,tags',
      page: '2',
      per_page: '1',
    });
    assert.equal(sent[0]!.headers.get('authorization'), 'Bearer test-token');
    assert.equal(sent[0]!.headers.get('idempotency-key'), null, 'GETs carry no idempotency key');
    assert.equal(page.data[0]!.price, '19.90');
    assert.equal(page.data[0]!.is_featured, true);
    assert.equal(page.data[0]!.created_at, TS_CANONICAL);
    assert.deepEqual({ current: page.meta.current_page, last: page.meta.last_page, total: page.meta.total }, { current: 2, last: 3, total: 3 });
    assert.equal(page.hasNextPage(), true);
  });

  it('retrieve() accepts a slug, encodes it, and parses includes', async () => {
    const sent = respond('get', '/courses/:slug', { data: { ...courseWire, category: categoryWire, tags: [tagWire] } });
    const course = await createClient().courses.retrieve('typescript-from-zero', { include: ['category', 'tags'] });
    assert.equal(sent[0]!.path, '/courses/typescript-from-zero');
    assert.deepEqual(sent[0]!.query, { include: 'category,tags' });
    assert.equal(course.category?.slug, 'web-development');
    assert.equal(course.tags?.[0]?.name, 'TypeScript');
  });

  it('create() POSTs the body with an Idempotency-Key', async () => {
    const sent = respond('post', '/courses', { data: { ...courseWire, status: 'draft' } }, 201);
    const course = await createClient().courses.create({ title: 'TypeScript from Zero', price: '19.90', level: 'Beginner' });
    assert.equal(sent[0]!.method, 'POST');
    assert.deepEqual(sent[0]!.body, { title: 'TypeScript from Zero', price: '19.90', level: 'Beginner' });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(course.status, 'draft');
  });

  it('update() PATCHes, delete() DELETEs and resolves to undefined on 204', async () => {
    const patched = respond('patch', '/courses/42', { data: { ...courseWire, price: '39.00' } });
    const course = await createClient().courses.update(42, { price: '39.00' });
    assert.equal(patched[0]!.method, 'PATCH');
    assert.deepEqual(patched[0]!.body, { price: '39.00' });
    assert.equal(course.price, '39.00');

    const deleted = respond('delete', '/courses/42', undefined);
    assert.equal(await createClient().courses.delete(42), undefined);
    assert.equal(deleted[0]!.method, 'DELETE');
    assert.ok(deleted[0]!.headers.get('idempotency-key'));
  });

  it('submit() and publish() POST to their status routes', async () => {
    const submitted = respond('post', '/courses/42/submit', { data: { ...courseWire, status: 'pending_review' } });
    const published = respond('post', '/courses/42/publish', { data: { ...courseWire, status: 'published' } });
    assert.equal((await createClient().courses.submit(42)).status, 'pending_review');
    assert.equal((await createClient().courses.publish(42)).status, 'published');
    assert.equal(submitted.length, 1);
    assert.equal(published.length, 1);
  });

  it('setInstructors() and setTags() PUT the full list', async () => {
    const instructors = respond('put', '/courses/42/instructors', { data: [{ id: 1, course_id: 42, user_id: 7, is_primary: 1, created_at: null, updated_at: null }] });
    const tags = respond('put', '/courses/42/tags', { data: [tagWire] });
    const pivot = await createClient().courses.setInstructors(42, { instructors: [{ user_id: 7, is_primary: true }] });
    const tagList = await createClient().courses.setTags(42, { tag_ids: [4] });
    assert.deepEqual(instructors[0]!.body, { instructors: [{ user_id: 7, is_primary: true }] });
    assert.deepEqual(tags[0]!.body, { tag_ids: [4] });
    assert.equal(pivot[0]!.is_primary, true);
    assert.equal(tagList[0]!.slug, 'typescript');
  });
});
