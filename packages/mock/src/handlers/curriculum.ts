/**
 * Curriculum: the public outline of a course, its reordering, and CRUD on sections and
 * lectures for the course's staff. Lecture `content`, `external_url` and `media` (the lecture's
 * files, with signed URLs) are only sent to learners with access, to staff, and for preview
 * lectures; `GET /lectures/{id}` answers 403 for a locked lecture. Changing lectures keeps `lecture_count` and `duration_minutes` current.
 *
 * @module
 */
import { CurriculumReorderParams, LectureCreateParams, LectureUpdateParams, SectionCreateParams, SectionUpdateParams } from '@coursekit/sdk/schemas';
import type { CourseRow, LectureRow } from '../store/schema.js';
import { canOpenLecture, canViewCourse } from '../domain/access.js';
import { courseSections, refreshCurriculumStats, sectionLectures } from '../domain/course-stats.js';
import { fieldError, forbidden, notFound, validationError } from '../http/errors.js';
import type { RequestContext, Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { lecture as serializeLecture, section as serializeSection } from '../serializers/curriculum.js';
import { authorizeStaff, courseOfLecture, created, findOrFail, noContent, ok, staffCourse, visibleCourse } from './support.js';

/** The course's sections with their lectures, as `viewer` may see them. */
function outline(ctx: RequestContext, course: CourseRow) {
  return courseSections(ctx.db, course.id).map((section) =>
    serializeSection(
      section,
      sectionLectures(ctx.db, section.id).map((lecture) => serializeLecture(lecture, ctx.view, course.id, canOpenLecture(ctx.db, ctx.user, lecture, course.id))),
    ),
  );
}

function staffLecture(ctx: RequestContext, lecture: LectureRow, courseId: number) {
  return serializeLecture(lecture, ctx.view, courseId, true);
}

/** The section of the `section` parameter, if the caller teaches its course or is an admin. */
function staffSection(ctx: RequestContext) {
  const section = findOrFail(ctx, 'sections', 'section', 'Section');
  authorizeStaff(ctx, section.course_id);
  return section;
}

/** The next free position at the end of a list. */
function nextPosition(rows: readonly { position: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position), 0) + 1;
}

export function curriculumRoutes(router: Router): void {
  router.add('get', '/courses/:course/curriculum', 'public', (ctx) => ok(outline(ctx, visibleCourse(ctx))));

  router.add('post', '/courses/:course/curriculum/reorder', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    const input = validate(CurriculumReorderParams, ctx.body);
    const sectionIds = new Set(courseSections(ctx.db, course.id).map((section) => section.id));
    const errors: Record<string, string[]> = {};
    input.sections.forEach((entry, index) => {
      if (!sectionIds.has(entry.id)) errors[`sections.${index}.id`] = [`The selected sections.${index}.id is invalid.`];
      entry.lectures?.forEach((item, lectureIndex) => {
        const lecture = ctx.db.find('lectures', item.id);
        if (!lecture || !sectionIds.has(lecture.section_id)) errors[`sections.${index}.lectures.${lectureIndex}.id`] = [`The selected sections.${index}.lectures.${lectureIndex}.id is invalid.`];
      });
    });
    if (Object.keys(errors).length) throw validationError(errors);
    for (const entry of input.sections) {
      ctx.db.update('sections', entry.id, { position: entry.position });
      // Listing a lecture under a section moves it there.
      for (const item of entry.lectures ?? []) ctx.db.update('lectures', item.id, { section_id: entry.id, position: item.position });
    }
    return ok(outline(ctx, course));
  });

  router.add('get', '/courses/:course/sections', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    return ok(courseSections(ctx.db, course.id).map((section) => serializeSection(section)));
  });

  router.add('post', '/courses/:course/sections', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    const input = validate(SectionCreateParams, ctx.body);
    const position = input.position ?? nextPosition(courseSections(ctx.db, course.id));
    return created(serializeSection(ctx.db.insert('sections', { course_id: course.id, title: input.title, position })));
  });

  router.add('get', '/sections/:section', 'instructor', (ctx) => {
    const section = staffSection(ctx);
    return ok(serializeSection(section, sectionLectures(ctx.db, section.id).map((lecture) => staffLecture(ctx, lecture, section.course_id))));
  });

  router.add('patch', '/sections/:section', 'instructor', (ctx) => {
    const section = staffSection(ctx);
    return ok(serializeSection(ctx.db.update('sections', section.id, validate(SectionUpdateParams, ctx.body))));
  });

  router.add('delete', '/sections/:section', 'instructor', (ctx) => {
    const section = staffSection(ctx);
    // Cascades to the section's lectures and their progress rows.
    ctx.db.delete('sections', section.id);
    refreshCurriculumStats(ctx.db, section.course_id);
    return noContent();
  });

  router.add('get', '/sections/:section/lectures', 'instructor', (ctx) => {
    const section = staffSection(ctx);
    return ok(sectionLectures(ctx.db, section.id).map((lecture) => staffLecture(ctx, lecture, section.course_id)));
  });

  router.add('post', '/sections/:section/lectures', 'instructor', (ctx) => {
    const section = staffSection(ctx);
    const input = validate(LectureCreateParams, ctx.body);
    const position = input.position ?? nextPosition(sectionLectures(ctx.db, section.id));
    const lecture = ctx.db.insert('lectures', { ...input, section_id: section.id, position });
    refreshCurriculumStats(ctx.db, section.course_id);
    return created(staffLecture(ctx, lecture, section.course_id));
  });

  router.add('get', '/lectures/:lecture', 'learner', (ctx) => {
    const lecture = findOrFail(ctx, 'lectures', 'lecture', 'Lecture');
    const course = courseOfLecture(ctx, lecture);
    if (course.deleted_at !== null || !canViewCourse(ctx.db, ctx.user, course)) throw notFound('Lecture', lecture.id);
    if (!canOpenLecture(ctx.db, ctx.user, lecture, course.id)) throw forbidden('Enroll in this course to open this lecture.');
    return ok(serializeLecture(lecture, ctx.view, course.id, true));
  });

  router.add('patch', '/lectures/:lecture', 'instructor', (ctx) => {
    const lecture = findOrFail(ctx, 'lectures', 'lecture', 'Lecture');
    const course = courseOfLecture(ctx, lecture);
    authorizeStaff(ctx, course.id);
    const input = validate(LectureUpdateParams, ctx.body);
    if (input.section_id !== undefined && ctx.db.find('sections', input.section_id)?.course_id !== course.id) {
      throw fieldError('section_id', 'The selected section id is invalid.');
    }
    const updated = ctx.db.update('lectures', lecture.id, input);
    refreshCurriculumStats(ctx.db, course.id);
    return ok(staffLecture(ctx, updated, course.id));
  });

  router.add('delete', '/lectures/:lecture', 'instructor', (ctx) => {
    const lecture = findOrFail(ctx, 'lectures', 'lecture', 'Lecture');
    const course = courseOfLecture(ctx, lecture);
    authorizeStaff(ctx, course.id);
    ctx.db.delete('lectures', lecture.id);
    refreshCurriculumStats(ctx.db, course.id);
    return noContent();
  });
}
