import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Course, type PageParams } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { raw, rejection, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();
const publishedCount = () => api.db.count('courses', (row) => row.status === 'published');

describe('catalog: filters', () => {
  it('searches titles and descriptions, every word', async () => {
    const { data } = await client().courses.list({ search: 'react patterns', per_page: 100 });
    assert.deepEqual(data.map((course) => course.title), ['Advanced React Patterns']);
    const { data: loose } = await client().courses.list({ search: 'REACT', per_page: 100 });
    assert.ok(loose.length >= 3 && loose.every((course) => `${course.title} ${course.description}`.toLowerCase().includes('react')));
  });

  it('filters by category slug or id, subcategories included', async () => {
    const ck = client();
    const root = await ck.courses.list({ category: 'development', per_page: 100, include: ['category'] });
    const children = (await ck.categories.retrieve('development', { include: ['children'] })).children!.map((child) => child.id);
    assert.ok(root.data.length >= 20);
    assert.ok(root.data.every((course) => children.includes(course.category_id!)));
    const web = await ck.courses.list({ category: 'web-development', per_page: 100 });
    const webId = (await ck.categories.retrieve('web-development')).id;
    assert.deepEqual((await ck.courses.list({ category: webId, per_page: 100 })).data.map((course) => course.id), web.data.map((course) => course.id));
  });

  it('filters by tag, level, price, rating, featured and instructor', async () => {
    const ck = client();
    const tagged = await ck.courses.list({ tag: 'react', include: ['tags'], per_page: 100 });
    assert.ok(tagged.data.length >= 3 && tagged.data.every((course) => course.tags!.some((tag) => tag.slug === 'react')));
    const advanced = await ck.courses.list({ level: 'Advanced', price: 'paid', per_page: 100 });
    assert.ok(advanced.data.length > 0 && advanced.data.every((course) => course.level === 'Advanced' && course.price !== '0.00'));
    const free = await ck.courses.list({ price: 'free', per_page: 100 });
    assert.equal(free.meta.total! + (await ck.courses.list({ price: 'paid' })).meta.total!, publishedCount());
    const rated = await ck.courses.list({ min_rating: 4.5, per_page: 100 });
    assert.ok(rated.data.length > 0 && rated.data.every((course) => Number(course.rating) >= 4.5));
    const featured = await ck.courses.list({ featured: true, per_page: 100 });
    assert.ok(featured.data.length >= 5 && featured.data.every((course) => course.is_featured));
    const byInes = await ck.courses.list({ instructor: 'ines-ortega', include: ['instructors'], per_page: 100 });
    assert.ok(byInes.data.length >= 5 && byInes.data.every((course) => course.instructors!.some((person) => person.name === 'Ines Ortega')));
  });

  it('lists published courses only', async () => {
    const all = await client().courses.list({ per_page: 100 });
    assert.equal(all.meta.total, publishedCount());
    assert.ok(all.data.every((course) => course.status === 'published'));
  });

  it('refuses unknown filters, sorts and includes with 400, as spatie/laravel-query-builder does', async () => {
    for (const query of ['filter[colour]=red', 'sort=-popularity', 'include=reviews']) {
      const response = await raw('GET', `/courses?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.body.message, /is not allowed|are not allowed/);
    }
  });
});

describe('catalog: sorts and includes', () => {
  it('sorts by each allowed key, ascending or descending, several keys in order', async () => {
    const ck = client();
    const byPrice = (await ck.courses.list({ sort: 'price', per_page: 100 })).data.map((course) => Number(course.price));
    assert.deepEqual(byPrice, [...byPrice].sort((a, b) => a - b));
    // `rating` ranks by a Bayesian average rather than the `rating` field: course-sort.test.ts.
    const byStudents = (await ck.courses.list({ sort: '-student_count', per_page: 100 })).data.map((course) => course.student_count);
    assert.deepEqual(byStudents, [...byStudents].sort((a, b) => b - a));
    const byTitle = (await ck.courses.list({ sort: 'title', per_page: 100 })).data.map((course) => course.title.toLowerCase());
    assert.deepEqual(byTitle, [...byTitle].sort());
    const newest = (await ck.courses.list({ per_page: 100 })).data.map((course) => course.created_at!);
    assert.deepEqual(newest, [...newest].sort().reverse(), 'newest first by default');
    const priceThenTitle = (await ck.courses.list({ price: 'paid', sort: ['-price', 'title'], per_page: 100 })).data;
    for (let index = 1; index < priceThenTitle.length; index++) {
      const [a, b] = [priceThenTitle[index - 1]!, priceThenTitle[index]!];
      assert.ok(Number(a.price) > Number(b.price) || (a.price === b.price && a.title.toLowerCase() <= b.title.toLowerCase()));
    }
  });

  it('embeds category, tags, instructors (primary first, with profile) and media only when asked', async () => {
    const ck = client();
    const bare = await raw('GET', '/courses/typescript-for-javascript-developers');
    assert.deepEqual(['category', 'tags', 'instructors', 'media'].filter((key) => key in bare.body.data), []);
    const course = await ck.courses.retrieve('typescript-for-javascript-developers', { include: ['category', 'tags', 'instructors', 'media'] });
    assert.equal(course.category?.slug, 'web-development');
    assert.deepEqual(course.tags!.map((tag) => tag.slug).sort(), ['javascript', 'typescript']);
    assert.deepEqual(course.instructors!.map((person) => [person.name, person.is_primary]), [['Marcus Chen', true], ['Ines Ortega', false]]);
    assert.equal(course.instructors![0]!.instructor?.slug, 'marcus-chen');
    assert.equal(course.media![0]!.mime_type, 'image/svg+xml');
  });
});

describe('catalog: every paginator shape walks the whole catalog', () => {
  for (const paginator of ['resource', 'plain', 'simple', 'cursor'] as const) {
    it(`?paginator=${paginator}`, async () => {
      const ck = client();
      // `getPage` forwards unknown query keys, which is how an app opts into another paginator.
      const first = await ck.http.getPage('courses', Course, { paginator, per_page: 10, sort: '-rating' } as Record<string, string | number> & PageParams);
      const seen: number[] = [];
      for await (const course of first) seen.push(course.id);
      assert.equal(seen.length, publishedCount());
      assert.equal(new Set(seen).size, seen.length, 'no course twice');
      assert.equal(first.meta.total, paginator === 'resource' || paginator === 'plain' ? publishedCount() : null);
      if (paginator === 'cursor') assert.ok(first.meta.next_cursor);
    });
  }
});

describe('authoring', () => {
  it('takes a course from draft to published: create, add curriculum, submit, publish (admin)', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const draft = await instructor.courses.create({ title: 'Shadow DOM in Depth', price: '29', level: 'Advanced', category_id: 2 });
    assert.deepEqual([draft.status, draft.slug, draft.price, draft.lecture_count], ['draft', 'shadow-dom-in-depth', '29.00', 0]);
    assert.equal((await rejection(client().courses.retrieve(draft.id))).status, 404, 'drafts are not public');
    assert.equal((await rejection(instructor.courses.submit(draft.id))).status, 422, 'an empty course cannot be submitted');

    const section = await instructor.sections.create(draft.id, { title: 'Basics' });
    await instructor.lectures.create(section.id, { title: 'Slots', duration_seconds: 600, is_preview: true });
    await instructor.lectures.create(section.id, { title: 'Parts', duration_seconds: 300 });
    const updated = await instructor.courses.retrieve(draft.id);
    assert.deepEqual([updated.lecture_count, updated.duration_minutes], [2, 15], 'counters follow the curriculum');

    assert.equal((await instructor.courses.submit(draft.id)).status, 'pending_review');
    assert.equal((await rejection(instructor.courses.submit(draft.id))).status, 409);
    assert.equal((await client(DEMO_ACCOUNTS.admin).courses.publish(draft.id)).status, 'published');
    assert.equal((await client().courses.retrieve('shadow-dom-in-depth')).title, 'Shadow DOM in Depth');
    assert.ok((await instructor.notifications.list()).data.some((notification) => notification.type === 'course_published'));
  });

  it('keeps slugs unique (soft-deleted courses included) and suffixes generated ones', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const taken = await rejection(instructor.courses.create({ title: 'X', slug: 'react-fundamentals' }));
    assert.deepEqual(taken.errors, { slug: ['The slug has already been taken.'] });
    const deletedSlug = await rejection(instructor.courses.create({ title: 'X', slug: 'flash-animation-basics' }));
    assert.equal(deletedSlug.status, 422, 'a soft-deleted course keeps its slug');
    const copy = await instructor.courses.create({ title: 'React Fundamentals' });
    assert.equal(copy.slug, 'react-fundamentals-2');
  });

  it('soft-deletes a course: gone from the catalog, kept for its learners', async () => {
    const admin = client(DEMO_ACCOUNTS.admin);
    const course = await admin.courses.retrieve('html-css-for-absolute-beginners');
    await admin.courses.delete(course.id);
    assert.equal((await rejection(client().courses.retrieve(course.id))).status, 404);
    const student = client(DEMO_ACCOUNTS.student);
    const enrollments = await student.enrollments.list({ per_page: 100 });
    assert.ok(enrollments.data.some((enrollment) => enrollment.course_id === course.id && enrollment.course?.title === course.title));
    assert.ok((await student.certificates.list()).some((certificate) => certificate.course_id === course.id));
  });

  it('replaces instructors and tags, with exactly one primary instructor', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const course = await instructor.courses.retrieve('building-web-components-with-lit');
    const marcus = api.db.first('users', (row) => row.username === 'marcus')!.id;
    const ines = api.db.first('users', (row) => row.username === 'ines')!.id;
    const rows = await instructor.courses.setInstructors(course.id, { instructors: [{ user_id: marcus }, { user_id: ines }] });
    assert.deepEqual(rows.map((row) => [row.user_id, row.is_primary]), [[marcus, true], [ines, false]]);
    const twoPrimaries = await rejection(instructor.courses.setInstructors(course.id, { instructors: [{ user_id: marcus, is_primary: true }, { user_id: ines, is_primary: true }] }));
    assert.deepEqual(twoPrimaries.errors, { instructors: ['Exactly one instructor must be primary.'] });
    const student = api.db.first('users', (row) => row.email === DEMO_ACCOUNTS.student)!.id;
    assert.equal((await rejection(instructor.courses.setInstructors(course.id, { instructors: [{ user_id: student }] }))).status, 422, 'students cannot teach');
    const tags = await instructor.courses.setTags(course.id, { tag_ids: [3, 1, 3] });
    assert.deepEqual(tags.map((tag) => tag.id).sort(), [1, 3]);
    assert.equal((await rejection(instructor.courses.setTags(course.id, { tag_ids: [9999] }))).status, 422);
  });

  it('reorders the curriculum, moving a lecture to another section', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const course = await instructor.courses.retrieve('building-web-components-with-lit');
    const [first, second] = await instructor.sections.list(course.id);
    const moved = (await instructor.lectures.list(first!.id))[0]!;
    const outline = await instructor.curriculum.reorder(course.id, {
      sections: [
        { id: second!.id, position: 1, lectures: [{ id: moved.id, position: 1 }] },
        { id: first!.id, position: 2 },
      ],
    });
    assert.deepEqual(outline.slice(0, 2).map((section) => section.id), [second!.id, first!.id]);
    assert.equal(outline[0]!.lectures![0]!.id, moved.id);
    const other = api.db.first('sections', (row) => row.course_id !== course.id)!;
    assert.equal((await rejection(instructor.curriculum.reorder(course.id, { sections: [{ id: other.id, position: 1 }] }))).status, 422);
  });
});
