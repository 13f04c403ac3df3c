/**
 * The English messages of `<ckit-my-learning>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const myLearningMessages = {
  learningLabel: 'My learning',
  learningSignIn: 'Sign in to see your courses.',
  learningEmpty: 'You are not enrolled in any course yet.',
  learningBrowse: 'Browse courses',
  learningFilter: 'Show',
  learningAll: 'All',
  learningInProgress: 'In progress',
  learningCompleted: 'Completed',
  learningNoneInProgress: 'No course in progress.',
  learningNoneCompleted: 'No completed course yet.',
  learningCourse: 'Course {id}',
  learningStatus_completed: 'Completed',
  learningStatus_refunded: 'Refunded',
  learningStatus_cancelled: 'Cancelled',
  learningLastActivity: 'Last activity {date}',
  learningStart: 'Start',
  learningResume: 'Resume',
  learningReview: 'Review',
  learningCertificate: 'View certificate',
} as const;
