/**
 * The English messages of `<ckit-instructor-profile>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const instructorProfileMessages = {
  instructorWebsite: 'Website',
  instructorCourses: 'Courses by {name}',
  instructorNoCourses: 'No published courses yet.',
  instructorNotFoundTitle: 'This instructor was not found',
  instructorNotFound: 'The profile may have been removed, or the link may be out of date.',
} as const;
