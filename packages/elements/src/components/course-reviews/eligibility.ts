import type { Review } from '@coursekit/sdk';
import { query, type Query } from '../../data/query.js';
import { enrollments, isActiveEnrollment, session } from '../../data/queries.js';

/** Whether the visitor may review the course, and their review when they wrote one. */
export type Eligibility = { kind: 'anonymous' } | { kind: 'not-enrolled' } | { kind: 'eligible'; userId: number; own: Review | undefined };

/** How many of a course's reviews are scanned for the learner's own (newest first). */
const OWN_REVIEW_SCAN_LIMIT = 300;

/**
 * What the review form should offer: sign in, enroll first, write a review, or the learner's
 * existing review. Enrollment comes from the learner's cached enrollments list (no probe that
 * answers 404). The contract has no "my review" route; the list endpoint includes the viewer's
 * own review (even pending), so for an enrolled learner it is found by walking the newest reviews.
 */
export const eligibility = (courseId: number): Query<Eligibility> =>
  query(['reviews', courseId, 'eligibility'], 'user', async ({ client, read }) => {
    const user = await read(session);
    if (!user) return { kind: 'anonymous' };
    if (!isActiveEnrollment((await read(enrollments)).get(courseId))) return { kind: 'not-enrolled' };
    let scanned = 0;
    for await (const review of client.reviews.list(courseId, { per_page: 100, sort: '-created_at' })) {
      if (review.user_id === user.id) return { kind: 'eligible', userId: user.id, own: review };
      if (++scanned >= OWN_REVIEW_SCAN_LIMIT) break;
    }
    return { kind: 'eligible', userId: user.id, own: undefined };
  });
