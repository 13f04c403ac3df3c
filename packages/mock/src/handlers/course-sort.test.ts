import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { refreshRating } from '../domain/course-stats.js';
import { useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();

/** The score the SDK documents for `sort=rating`: as if every course had 10 more ratings of 4.0 stars. */
const documentedScore = (ratings: readonly number[]) => (10 * 4 + ratings.reduce((sum, stars) => sum + stars, 0)) / (10 + ratings.length);

const approvedRatings = (courseId: number) => api.db.where('reviews', (row) => row.course_id === courseId && row.is_approved).map((row) => row.rating);

/** Two published courses of the seed, for tests that rewrite their reviews. */
function twoPublishedCourses(): [number, number] {
  const [first, second] = api.db.where('courses', (row) => row.status === 'published').map((row) => row.id);
  return [first!, second!];
}

/** Replaces the course's reviews with approved `ratings` from new reviewers, and recomputes its `rating` field. */
function rate(courseId: number, ratings: readonly number[]): void {
  api.db.deleteWhere('reviews', (row) => row.course_id === courseId);
  ratings.forEach((stars, index) => {
    const reviewer = api.db.insert('users', { name: `Reviewer ${index}`, email: `reviewer-${courseId}-${index}@example.com`, password: 'secret' });
    api.db.insert('reviews', { course_id: courseId, user_id: reviewer.id, rating: stars, is_approved: true });
  });
  refreshRating(api.db, courseId);
}

describe('catalog: "highest rated" (sort=-rating) ranks by a Bayesian average', () => {
  it('puts a 4.8 from forty ratings above a 5.0 from three, where the plain average would not', async () => {
    const [few, many] = twoPublishedCourses();
    rate(few, [5, 5, 5]);
    rate(many, [...Array<number>(32).fill(5), ...Array<number>(8).fill(4)]);

    const ranked = (await client().courses.list({ sort: '-rating', per_page: 100 })).data;
    const fewCourse = ranked.find((course) => course.id === few)!;
    const manyCourse = ranked.find((course) => course.id === many)!;
    // The displayed rating stays the plain average, which alone would rank the 5.0 first.
    assert.equal(fewCourse.rating, '5.00');
    assert.equal(manyCourse.rating, '4.80');
    assert.ok(ranked.indexOf(manyCourse) < ranked.indexOf(fewCourse), 'the 4.8 from forty ratings ranks above the 5.0 from three');
    assert.equal(ranked[0]!.id, many, 'and with that much evidence it leads the catalog');
  });

  it('gives equal scores to the course with more ratings', async () => {
    const [unrated, tenFours] = twoPublishedCourses();
    rate(unrated, []);
    rate(tenFours, Array<number>(10).fill(4));
    assert.equal(documentedScore([]), documentedScore(Array<number>(10).fill(4)));

    const ids = (await client().courses.list({ sort: '-rating', per_page: 100 })).data.map((course) => course.id);
    assert.ok(ids.indexOf(tenFours) < ids.indexOf(unrated));
  });

  it('orders the whole catalog by (10 × 4.0 + sum) / (10 + count), then by count, then by id', async () => {
    const ck = client();
    const descending = (await ck.courses.list({ sort: '-rating', per_page: 100 })).data.map((course) => {
      const ratings = approvedRatings(course.id);
      return { id: course.id, score: documentedScore(ratings), count: ratings.length };
    });
    assert.equal(descending.length, api.db.count('courses', (row) => row.status === 'published'));
    for (let index = 1; index < descending.length; index++) {
      const [a, b] = [descending[index - 1]!, descending[index]!];
      assert.ok(a.score > b.score || (a.score === b.score && (a.count > b.count || (a.count === b.count && a.id > b.id))), `${a.id} before ${b.id}`);
    }
    const ascending = (await ck.courses.list({ sort: 'rating', per_page: 100 })).data.map((course) => course.id);
    assert.deepEqual(ascending, descending.map((entry) => entry.id).reverse());
  });

  it('ranks the seed, which the demo catalog shows sorted by -rating, with the prior', async () => {
    const ranked = (await client().courses.list({ sort: '-rating', per_page: 100 })).data;
    // The seed has 5.0 averages from one or two ratings and 4.4 to 4.75 ones from four to nine.
    const fewFives = ranked.filter((course) => course.rating === '5.00' && approvedRatings(course.id).length <= 2);
    const outranking = ranked.filter((course) => Number(course.rating) < 5 && ranked.indexOf(course) < Math.min(...fewFives.map((five) => ranked.indexOf(five))));
    assert.ok(fewFives.length > 0 && outranking.length > 0, 'some lower averages with more ratings rank above every 5.0 from one or two ratings');
  });
});
