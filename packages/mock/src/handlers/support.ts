/**
 * Small helpers every domain's handlers share: replies, route-model binding with Laravel's 404s,
 * policy checks and list pagination.
 *
 * @module
 */
import type { CourseRow, IdTable, LectureRow, Row } from '../store/schema.js';
import { canViewCourse, isCourseStaff } from '../domain/access.js';
import { forbidden, notFound } from '../http/errors.js';
import { paginate, sortBy, type SortColumn } from '../http/pagination.js';
import type { SortKey } from '../http/query.js';
import type { Reply, RequestContext } from '../http/router.js';

/** 200 with `{data}`, as a JsonResource answers. */
export function ok(data: unknown): Reply {
  return { status: 200, body: { data } };
}

/** 201 with `{data}`. */
export function created(data: unknown): Reply {
  return { status: 201, body: { data } };
}

/** 204 without a body. */
export function noContent(): Reply {
  return { status: 204 };
}

/** A path parameter as a positive integer id; anything else is a 404, as route-model binding would answer. */
export function idParam(ctx: RequestContext, name: string, model: string): number {
  const raw = ctx.params[name] ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound(model, raw);
  return id;
}

/** Route-model binding: the row whose id is the path parameter `param`, or Laravel's 404. */
export function findOrFail<T extends IdTable>(ctx: RequestContext, table: T, param: string, model: string): Row<T> {
  const id = idParam(ctx, param, model);
  const row = ctx.db.find(table, id);
  if (!row) throw notFound(model, id);
  return row;
}

/** The course of the `course` path parameter (by id), if the caller teaches it or is an admin; 404 or 403 otherwise. */
export function staffCourse(ctx: RequestContext): CourseRow {
  const course = findOrFail(ctx, 'courses', 'course', 'Course');
  authorizeStaff(ctx, course.id);
  return course;
}

/** The course named by the `course` path parameter (id or slug) that the caller may see; 404 otherwise. */
export function visibleCourse(ctx: RequestContext, name = 'course'): CourseRow {
  const key = ctx.params[name] ?? '';
  const course = /^\d+$/.test(key) ? ctx.db.find('courses', Number(key)) : ctx.db.first('courses', (row) => row.slug === key);
  // Invisible courses answer 404, not 403: a draft's existence is not public.
  if (!course || !canViewCourse(ctx.db, ctx.user, course)) throw notFound('Course', key);
  return course;
}

/** The course of a section. */
function courseOfSection(ctx: RequestContext, sectionId: number): CourseRow {
  const section = ctx.db.find('sections', sectionId)!;
  return ctx.db.find('courses', section.course_id, { withTrashed: true })!;
}

/** The course a lecture belongs to. */
export function courseOfLecture(ctx: RequestContext, lecture: LectureRow): CourseRow {
  return courseOfSection(ctx, lecture.section_id);
}

/** Refuses with 403 unless the caller teaches the course or is an admin. */
export function authorizeStaff(ctx: RequestContext, courseId: number): void {
  if (!isCourseStaff(ctx.db, ctx.user, courseId)) throw forbidden('Only this course’s instructors and admins can do this.');
}

/** The signed-in user (routes gated as `learner` or above always have one). */
export function currentUser(ctx: RequestContext) {
  if (!ctx.user) throw new Error('currentUser() on a public route.');
  return ctx.user;
}

/**
 * Sorts `rows` by the requested keys (each resolved through `columns`, which must cover every
 * allowed key), adds `id` as the final tie-breaker, and answers the requested page in the
 * requested paginator shape.
 */
export function pageOf<T extends { id: number }, F extends string>(
  ctx: RequestContext,
  rows: readonly T[],
  sort: readonly SortKey<F>[],
  columns: Record<F, (row: T) => string | number | null>,
  serialize: (row: T) => unknown,
): Reply {
  const sortColumns: SortColumn<T>[] = sort.map((key) => ({ name: key.field, value: columns[key.field]!, desc: key.desc }));
  if (!sort.some((key) => key.field === 'id')) sortColumns.push({ name: 'id', value: (row) => row.id, desc: sort[0]?.desc ?? false });
  const sorted = sortBy(rows, sortColumns);
  return { status: 200, body: paginate(sorted, { url: ctx.url, style: ctx.app.paginator, columns: sortColumns, serialize }) };
}
