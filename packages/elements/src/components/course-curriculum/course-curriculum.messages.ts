/**
 * The English messages of `<ckit-course-curriculum>` (the lecture preview included), registered by
 * the element's `define()` (its `static messages`). `MessageKey` includes their keys; `i18n/fr.ts`
 * and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const courseCurriculumMessages = {
  curriculumTitle: 'Course content',
  curriculumSections: { one: '{count} section', other: '{count} sections' },
  curriculumCompleted: { one: '{completed} of {count} lecture completed', other: '{completed} of {count} lectures completed' },
  curriculumResume: 'Continue learning',
  curriculumExpandAll: 'Expand all sections',
  curriculumCollapseAll: 'Collapse all sections',
  curriculumEmpty: 'The content of this course is not published yet.',
  curriculumDone: 'Completed',
  lectureType_video: 'Video',
  lectureType_text: 'Article',
  lectureType_file: 'Download',
  lectureType_quiz: 'Quiz',
  lectureType_assignment: 'Assignment',
  preview: 'Preview',
  previewClose: 'Close',
  previewPlay: 'Play the video',
  previewLoadsFrom: 'The video loads from {host} when you play it.',
  previewUnavailable: 'This preview cannot be shown here.',
} as const;
