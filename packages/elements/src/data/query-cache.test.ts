/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { CourseKit, Review } from '@coursekit/sdk';
import { createReview } from './mutations.js';
import { query } from './query.js';
import { exactly, hashKey, keyMatches, startingWith, type QueryKey } from './query-key.js';
import { QueryCache } from './query-cache.js';
import { CoursekitStore } from './store.js';

/** A query whose loader counts its calls and answers `value`. */
function counted<T>(key: readonly (string | number)[], value: T, scope: 'public' | 'user' = 'public') {
  const calls = { count: 0 };
  return { calls, query: query(key, scope, async () => (calls.count++, value)) };
}

const cache = () => new QueryCache({ client: {} as CourseKit, ambientSession: false });

describe('query keys', () => {
  it('match tuple by tuple, never by string prefix: reviews of 4 are not reviews of 42', () => {
    expect(keyMatches(['reviews', 42, 'summary'], startingWith('reviews', 4))).to.equal(false);
    expect(keyMatches(['reviews', 4, 'summary'], startingWith('reviews', 4))).to.equal(true);
    expect(keyMatches(['reviews', '4'], exactly('reviews', 4)), 'a string is not a number').to.equal(false);
  });

  it('tell exact matches from prefixes', () => {
    expect(keyMatches(['course', 42], exactly('course', 42))).to.equal(true);
    expect(keyMatches(['course', 42, 'extra'], exactly('course', 42))).to.equal(false);
    expect(keyMatches(['course', 42, 'extra'], startingWith('course', 42))).to.equal(true);
  });

  it('hash list parameters regardless of property order or undefined properties', () => {
    expect(hashKey(['courses', { page: 1, sort: '-rating' }])).to.equal(hashKey(['courses', { sort: '-rating', page: 1, search: undefined }]));
    expect(hashKey(['courses', { page: 1 }])).to.not.equal(hashKey(['courses', { page: 2 }]));
  });
});

describe('QueryCache', () => {
  it('loads once for concurrent readers and while fresh', async () => {
    const c = cache();
    const { calls, query: q } = counted(['categories'], ['a']);
    await Promise.all([c.read(q), c.read(q), c.read(q)]);
    await c.read(q);
    expect(calls.count).to.equal(1);
  });

  it('keeps no failure: the next read asks again', async () => {
    const c = cache();
    let calls = 0;
    const failing = query(['tags'], 'public', async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return ['ok'];
    });
    await c.read(failing).catch(() => undefined);
    expect(await c.read(failing)).to.deep.equal(['ok']);
    expect(calls).to.equal(2);
  });

  it('drops an exact key and nothing else, and tells listeners once', async () => {
    const c = cache();
    const four = counted(['reviews', 4, 'summary'], 4);
    const fortyTwo = counted(['reviews', 42, 'summary'], 42);
    await Promise.all([c.read(four.query), c.read(fortyTwo.query)]);
    const heard: string[][] = [];
    c.onInvalidate((dropped) => heard.push([...dropped]));
    c.invalidate(startingWith('reviews', 4));
    await Promise.all([c.read(four.query), c.read(fortyTwo.query)]);
    expect(four.calls.count, 'reviews of 4 reloaded').to.equal(2);
    expect(fortyTwo.calls.count, 'reviews of 42 kept').to.equal(1);
    expect(heard).to.deep.equal([[hashKey(['reviews', 4, 'summary'])]]);
  });

  it('knows an answer by its aliases: invalidating a course by id drops the entry loaded by slug', async () => {
    const c = cache();
    let calls = 0;
    const bySlug = query(['course', 'rust-basics'], 'public', async () => (calls++, { id: 7, slug: 'rust-basics' }), (course) => [['course', course.id]]);
    const byId = query(['course', 7], 'public', async () => (calls++, { id: 7, slug: 'rust-basics' }));
    await c.read(bySlug);
    await c.read(byId);
    expect(calls, 'the id reads the slug entry').to.equal(1);
    c.invalidate(exactly('course', 7));
    await c.read(bySlug);
    expect(calls).to.equal(2);
  });

  it('drops what was loaded from a dropped query', async () => {
    const c = cache();
    const me = counted(['me'], { id: 1 }, 'user');
    let loads = 0;
    const enrollments = query(['me', 'enrollments'], 'user', async ({ read }) => (loads++, [await read(me.query)]));
    await c.read(enrollments);
    c.invalidate(exactly('me'));
    await c.read(enrollments);
    expect(loads).to.equal(2);
  });

  it('drops the user scope on a session change and keeps public data', async () => {
    const c = cache();
    const me = counted(['me'], { id: 1 }, 'user');
    const courses = counted(['courses', 1], []);
    await Promise.all([c.read(me.query), c.read(courses.query)]);
    c.invalidateScope('user');
    await Promise.all([c.read(me.query), c.read(courses.query)]);
    expect(me.calls.count).to.equal(2);
    expect(courses.calls.count).to.equal(1);
  });

  it('does not let an answer that arrives after its invalidation fill the cache', async () => {
    const c = cache();
    let release!: (value: string) => void;
    let calls = 0;
    const slow = query(['slow'], 'public', () => (calls++, new Promise<string>((resolve) => (release = resolve))));
    const first = c.read(slow);
    c.invalidate(exactly('slow'));
    release('stale');
    await first;
    const second = c.read(slow);
    release('fresh');
    expect(await second).to.equal('fresh');
    expect(calls).to.equal(2);
  });
});

describe('mutations', () => {
  const review = { id: 9, course_id: 42, user_id: 2, rating: 5, body: null, is_approved: true } as unknown as Review;
  const client = { reviews: { create: async () => review }, http: { hasToken: () => false } } as unknown as CourseKit;

  it('posting a review of course 42 drops its course, its reviews and the catalog pages, not course 4', async () => {
    const store = new CoursekitStore({ client, currency: 'USD', ambientSession: false });
    const reads = new Map<string, number>();
    const tracked = (key: QueryKey, scope: 'public' | 'user' = 'public') =>
      query(key, scope, async () => (reads.set(hashKey(key), (reads.get(hashKey(key)) ?? 0) + 1), {}));
    const keys: QueryKey[] = [['course', 42], ['course', 4], ['reviews', 42, 'summary'], ['reviews', 4, 'summary'], ['reviews', 42, 'list', { page: 1 }], ['courses', { page: 1 }]];
    const queries = keys.map((key) => tracked(key));
    await Promise.all(queries.map((q) => store.read(q)));
    await store.mutate(createReview, 42, { rating: 5, body: null });
    await Promise.all(queries.map((q) => store.read(q)));
    expect(Object.fromEntries(keys.map((key) => [hashKey(key), reads.get(hashKey(key))]))).to.deep.equal({
      [hashKey(['course', 42])]: 2,
      [hashKey(['course', 4])]: 1,
      [hashKey(['reviews', 42, 'summary'])]: 2,
      [hashKey(['reviews', 4, 'summary'])]: 1,
      [hashKey(['reviews', 42, 'list', { page: 1 }])]: 2,
      [hashKey(['courses', { page: 1 }])]: 2,
    });
  });

  it('a session change is one event for the user data, and resets the wishlist', async () => {
    const store = new CoursekitStore({ client, currency: 'USD', ambientSession: false });
    const me = counted(['me', 'x'], 1, 'user');
    const progress = counted(['me', 'progress', 1], 2, 'user');
    await Promise.all([store.read(me.query), store.read(progress.query)]);
    let events = 0;
    store.onInvalidate(() => (events += 1));
    store.sessionChanged();
    expect(events).to.equal(1);
    expect(store.wishlist.status).to.equal('idle');
  });
});
