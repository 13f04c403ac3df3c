import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { TS_CANONICAL, courseWire, instructorWire, resourceCollection, userWire } from '../test-support/fixtures.js';

useMockServer();

describe('instructors', () => {
  it('retrieve() GETs the profile by slug with its public user only', async () => {
    // A careless backend serializing the whole user: the public schema must keep only public fields.
    const sent = respond('get', '/instructors/ada-lovelace', { data: { ...instructorWire, user: userWire } });
    const instructor = await createClient().instructors.retrieve('ada-lovelace');
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/instructors/ada-lovelace', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(instructor.company, 'Analytical Engines');
    assert.equal(instructor.created_at, TS_CANONICAL);
    assert.deepEqual(Object.keys(instructor.user ?? {}).sort(), ['avatar', 'bio', 'headline', 'id', 'name', 'role', 'username']);
  });

  it('listCourses() pages the instructor\'s courses with sort and paging params', async () => {
    const sent = respond('get', '/instructors/ada-lovelace/courses', resourceCollection([{ ...courseWire, price: 49.5, is_featured: '0' }], 1, 2, 1, 2));
    const page = await createClient().instructors.listCourses('ada-lovelace', { sort: ['-student_count', 'title'], per_page: 1 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'GET',
      path: '/instructors/ada-lovelace/courses',
      query: { sort: '-student_count,title', per_page: '1' },
      body: undefined,
    });
    assert.equal(page.data[0]!.price, '49.50');
    assert.equal(page.data[0]!.is_featured, false);
    assert.equal(page.hasNextPage(), true);
    assert.equal(page.meta.total, 2);
  });
});
