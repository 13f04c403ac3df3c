import { isNotFoundError, type Review } from '@coursekit/sdk';
import type { CoursekitStore } from '../../internal/store.js';

/** Whether the visitor may review the course, and their review when they wrote one. */
export type Eligibility = { kind: 'anonymous' } | { kind: 'not-enrolled' } | { kind: 'eligible'; userId: number; own: Review | undefined };

/** How many of a course's reviews are scanned for the learner's own (newest first). */
const OWN_REVIEW_SCAN_LIMIT = 300;

/**
 * Works out what the review form should offer: sign in, enroll first, write a review, or the
 * learner's existing review. The contract has no "my review" route; the list endpoint includes
 * the viewer's own review (even pending), so it is found by walking the newest reviews.
 */
export async function loadEligibility(store: CoursekitStore, courseId: number): Promise<Eligibility> {
  const user = await store.session();
  if (!user) return { kind: 'anonymous' };
  try {
    await store.client.enrollments.retrieve(courseId);
  } catch (error) {
    if (isNotFoundError(error)) return { kind: 'not-enrolled' };
    throw error;
  }
  let scanned = 0;
  for await (const review of store.client.reviews.list(courseId, { per_page: 100, sort: '-created_at' })) {
    if (review.user_id === user.id) return { kind: 'eligible', userId: user.id, own: review };
    if (++scanned >= OWN_REVIEW_SCAN_LIMIT) break;
  }
  return { kind: 'eligible', userId: user.id, own: undefined };
}
