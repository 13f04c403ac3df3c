/**
 * The English messages of `<ckit-course-reviews>` (its sub-templates and the review editor
 * included), registered by the element's `define()` (its `static messages`). `MessageKey` includes
 * their keys; `i18n/fr.ts` and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const courseReviewsMessages = {
  reviewsTitle: 'Reviews',
  histogramRow: { one: '{stars}: {count} review', other: '{stars}: {count} reviews' },
  showingStars: 'Showing {stars}-star reviews',
  showAllReviews: 'Show all reviews',
  reviewsEmpty: 'No reviews yet. Enrolled learners can be the first to review this course.',
  reviewsFilteredEmpty: 'No reviews with this rating.',
  anonymous: 'A learner',
  yourReview: 'Your review',
  pendingApproval: 'Pending approval',
  pendingApprovalHint: 'Your review will appear publicly once a moderator approves it.',
  writeReview: 'Write a review',
  editReview: 'Edit review',
  deleteReview: 'Delete review',
  deleteConfirm: 'Delete your review? This cannot be undone.',
  yourRating: 'Your rating',
  starOption: { one: '{count} star', other: '{count} stars' },
  reviewBody: 'Your review (optional)',
  submitReview: 'Post review',
  saveReview: 'Save changes',
  cancel: 'Cancel',
  ratingRequired: 'Choose a rating from 1 to 5 stars.',
  reviewPosted: 'Thank you! Your review was posted.',
  reviewSaved: 'Your review was updated.',
  reviewDeleted: 'Your review was deleted.',
  reviewSignIn: 'Sign in to review this course.',
  reviewNotEnrolled: 'Only learners enrolled in this course can review it.',
  reviewAlreadyExists: 'You have already reviewed this course.',
} as const;
