/**
 * The English messages of `<ckit-course-details>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const courseDetailsMessages = {
  detailsBreadcrumb: 'Breadcrumb',
  detailsFacts: 'Course facts',
  detailsTopics: 'Topics',
  detailsUpdated: 'Last updated {date}',
  detailsAbout: 'About this course',
  detailsShowMore: 'Show more',
  detailsShowLess: 'Show less',
  detailsInstructor: 'Instructor',
  detailsInstructors: 'Instructors',
  detailsPreviewVideo: 'Course preview: {title}',
} as const;
