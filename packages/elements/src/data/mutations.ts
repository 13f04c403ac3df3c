/**
 * Every change the elements send, with the queries it makes stale. A review moves the course's
 * rating, so it drops the course (by id; its slug entry goes with it), the catalog pages that
 * show ratings and every review query of that course, and nothing of another course.
 *
 * @module
 */
import type { Review, ReviewCreateParams, ReviewUpdateParams } from '@coursekit/sdk';
import { mutation, type Mutation } from './query.js';
import { exactly, startingWith, type KeyMatch } from './query-key.js';

/** What a change to a course's reviews makes stale. */
const reviewsChanged = (courseId: number): KeyMatch[] => [startingWith('reviews', courseId), exactly('course', courseId), startingWith('courses')];

/** Posts the learner's review of a course. */
export const createReview: Mutation<[courseId: number, params: ReviewCreateParams], Review> = mutation(
  (client, courseId, params) => client.reviews.create(courseId, params),
  (_, courseId) => reviewsChanged(courseId),
);

/** Edits the learner's review. */
export const updateReview: Mutation<[review: Review, params: ReviewUpdateParams], Review> = mutation(
  (client, review, params) => client.reviews.update(review.id, params),
  (_, review) => reviewsChanged(review.course_id),
);

/** Deletes the learner's review. */
export const deleteReview: Mutation<[review: Review], void> = mutation(
  (client, review) => client.reviews.delete(review.id),
  (_, review) => reviewsChanged(review.course_id),
);
