/**
 * How course lists sort (`GET /courses`, `GET /instructors/{slug}/courses`), by the SDK's
 * `COURSE_SORT_KEYS`. `rating` ranks by a Bayesian average of the approved reviews rather than
 * their plain mean, so that three five-star ratings do not outrank three hundred good ones; the
 * `rating` field of the course stays the plain mean.
 *
 * @module
 */
import type { COURSE_SORT_KEYS } from '@coursekit/sdk/schemas';
import type { Database } from '../store/database.js';
import type { CourseRow } from '../store/schema.js';
import { cents } from '../domain/pricing.js';
import type { SortKey } from '../http/query.js';

/** A field course lists sort by. */
export type CourseSortKey = (typeof COURSE_SORT_KEYS)[number];

/** The columns behind the keys: `rating_count` breaks ties between equal `rating` scores. */
type CourseSortColumn = CourseSortKey | 'rating_count';

/**
 * The prior of the `rating` sort: every course counts as if it had `weight` more ratings of `mean`
 * stars. The mean is fixed rather than the catalog's own, so a course's score depends on its own
 * reviews only: a review of one course never reorders the others (cursors stay valid), and a
 * backend can store the score beside `rating` and index it. 4.0 sits a little below the mean of a
 * typical catalog (the seed's is about 4.2), so a course climbs above the pack only with ratings.
 */
export const RATING_PRIOR = { weight: 10, mean: 4 } as const;

/** The `rating` sort's score of `count` approved ratings adding up to `sum`: `(C·m + sum) / (C + count)`. */
export function bayesianRating(sum: number, count: number): number {
  // C·m is an integer, so equal fractions give equal doubles: ties are exact, never rounding noise.
  return (RATING_PRIOR.weight * RATING_PRIOR.mean + sum) / (RATING_PRIOR.weight + count);
}

/** The requested keys, each `rating` followed by `rating_count` in the same direction: of two equal scores, more ratings rank higher. */
export function withRatingTieBreak(sort: readonly SortKey<CourseSortKey>[]): SortKey<CourseSortColumn>[] {
  return sort.flatMap((key): SortKey<CourseSortColumn>[] => (key.field === 'rating' ? [key, { field: 'rating_count', desc: key.desc }] : [key]));
}

/** How each sort column reads a course of `db` (decimals in cents); review totals are gathered once, when first needed. */
export function courseSortColumns(db: Database): Record<CourseSortColumn, (row: CourseRow) => string | number | null> {
  let totals: Map<number, RatingTotals> | undefined;
  const totalsOf = (row: CourseRow): RatingTotals => (totals ??= approvedRatingTotals(db)).get(row.id) ?? { sum: 0, count: 0 };
  return {
    title: (row) => row.title,
    rating: (row) => {
      const { sum, count } = totalsOf(row);
      return bayesianRating(sum, count);
    },
    rating_count: (row) => totalsOf(row).count,
    price: (row) => cents(row.price),
    student_count: (row) => row.student_count,
    created_at: (row) => row.created_at,
  };
}

interface RatingTotals {
  sum: number;
  count: number;
}

/** Sum and count of the approved ratings of every reviewed course, by course id. */
function approvedRatingTotals(db: Database): Map<number, RatingTotals> {
  const totals = new Map<number, RatingTotals>();
  for (const review of db.where('reviews', (row) => row.is_approved)) {
    const entry = totals.get(review.course_id) ?? { sum: 0, count: 0 };
    entry.sum += review.rating;
    entry.count += 1;
    totals.set(review.course_id, entry);
  }
  return totals;
}
