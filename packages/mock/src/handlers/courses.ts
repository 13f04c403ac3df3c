/**
 * Courses: the public catalog (every filter, sort and include of the contract) and authoring
 * with the status flow `draft → pending_review → published → archived`.
 *
 * - `GET /courses`: published courses only. Filters `search` (title and descriptions, every
 *   word must match), `category` (slug or id, subcategories included), `tag` (slug), `level`,
 *   `price=free|paid`, `min_rating`, `featured`, `instructor` (profile slug); sorts `title`,
 *   `rating` (a Bayesian average, see `course-sort.ts`), `price`, `student_count`, `created_at`
 *   (default `-created_at`); includes `category`, `tags`, `instructors`, `media`.
 * - Drafts and courses under review are visible to their staff only (404 for anyone else).
 * - `submit` needs at least one lecture; `publish` is admin-only and notifies the instructors.
 * - Featuring is an admin's decision: an instructor who sends an `is_featured` that would change
 *   the course (`true` on create) gets 403, as a policy check would answer; sending the current
 *   value, as a form that posts every field does, is allowed.
 *
 * @module
 */
import { COURSE_FILTER_KEYS, COURSE_SORT_KEYS, CourseCreateParams, CourseInstructorsParams, CourseTagsParams, CourseUpdateParams } from '@coursekit/sdk/schemas';
import type { CourseRow } from '../store/schema.js';
import { courseLectures } from '../domain/course-stats.js';
import { notify } from '../domain/notifications.js';
import { cents } from '../domain/pricing.js';
import { slugify, uniqueSlug } from '../domain/slugs.js';
import { badRequest, conflict, fieldError, forbidden, validationError } from '../http/errors.js';
import { parseBoolean, readFilters, readIncludes, readSort } from '../http/query.js';
import type { RequestContext, Router } from '../http/router.js';
import { attributeName, validate } from '../http/validation.js';
import { COURSE_INCLUDES, course, courseInstructor, tag } from '../serializers/catalog.js';
import { courseSortColumns, withRatingTieBreak } from './course-sort.js';
import { created, currentUser, findOrFail, noContent, ok, pageOf, staffCourse, visibleCourse } from './support.js';

/** Answers a page of courses, sorted and serialized with the request's includes. */
export function coursePage(ctx: RequestContext, courses: readonly CourseRow[]): ReturnType<typeof pageOf> {
  const sort = withRatingTieBreak(readSort(ctx.url, COURSE_SORT_KEYS, '-created_at'));
  const includes = readIncludes(ctx.url, COURSE_INCLUDES);
  return pageOf(ctx, courses, sort, courseSortColumns(ctx.db), (row) => course(row, ctx.view, includes));
}

export function courseRoutes(router: Router): void {
  router.add('get', '/courses', 'public', (ctx) => {
    const filters = readFilters(ctx.url, COURSE_FILTER_KEYS);
    const matches = catalogFilter(ctx, filters);
    return coursePage(ctx, ctx.db.where('courses', (row) => row.status === 'published' && matches(row)));
  });

  router.add('get', '/courses/:course', 'public', (ctx) => ok(course(visibleCourse(ctx), ctx.view, readIncludes(ctx.url, COURSE_INCLUDES))));

  router.add('post', '/courses', 'instructor', (ctx) => {
    const user = currentUser(ctx);
    const input = validate(CourseCreateParams, ctx.body);
    checkCourseInput(ctx, input, undefined);
    const slug = input.slug ?? uniqueSlug(slugify(input.title), (candidate) => slugTaken(ctx, candidate, undefined));
    const row = ctx.db.insert('courses', {
      ...input,
      slug,
      price: input.price === undefined ? '0.00' : String(input.price),
      status: 'draft',
    });
    ctx.db.insert('course_instructors', { course_id: row.id, user_id: user.id, is_primary: true });
    return created(course(row, ctx.view));
  });

  router.add('patch', '/courses/:course', 'instructor', (ctx) => {
    const row = staffCourse(ctx);
    const input = validate(CourseUpdateParams, ctx.body);
    checkCourseInput(ctx, input, row.id);
    if (input.status === 'draft' && row.status === 'published') {
      throw fieldError('status', 'A published course cannot go back to draft; archive it instead.');
    }
    const updated = ctx.db.update('courses', row.id, { ...input, price: input.price === undefined ? undefined : String(input.price) });
    return ok(course(updated, ctx.view));
  });

  router.add('delete', '/courses/:course', 'instructor', (ctx) => {
    const row = staffCourse(ctx);
    // Soft delete: learners keep their enrollments, orders and certificates.
    ctx.db.softDelete('courses', row.id);
    return noContent();
  });

  router.add('post', '/courses/:course/submit', 'instructor', (ctx) => {
    const row = staffCourse(ctx);
    if (row.status !== 'draft') throw conflict(`Only draft courses can be submitted for review; this one is ${row.status}.`, 'invalid_status_transition');
    if (!courseLectures(ctx.db, row.id).length) throw fieldError('lectures', 'A course needs at least one lecture before it can be submitted.');
    return ok(course(ctx.db.update('courses', row.id, { status: 'pending_review' }), ctx.view));
  });

  router.add('post', '/courses/:course/publish', 'admin', (ctx) => {
    const row = findOrFail(ctx, 'courses', 'course', 'Course');
    if (row.status !== 'pending_review') throw conflict(`Only courses under review can be published; this one is ${row.status}.`, 'invalid_status_transition');
    const published = ctx.db.update('courses', row.id, { status: 'published' });
    for (const pivot of ctx.db.where('course_instructors', (pivotRow) => pivotRow.course_id === row.id)) {
      notify(ctx.db, pivot.user_id, 'course_published', { course_id: row.id, course_title: row.title });
    }
    return ok(course(published, ctx.view));
  });

  router.add('put', '/courses/:course/instructors', 'instructor', (ctx) => {
    const row = staffCourse(ctx);
    const input = validate(CourseInstructorsParams, ctx.body);
    const errors: Record<string, string[]> = {};
    const ids = input.instructors.map((entry) => entry.user_id);
    input.instructors.forEach((entry, index) => {
      const field = `instructors.${index}.user_id`;
      const user = ctx.db.find('users', entry.user_id);
      if (!user || user.role === 'student') errors[field] = [`The selected ${attributeName(field)} is invalid.`];
      else if (ids.indexOf(entry.user_id) !== index) errors[field] = [`The ${attributeName(field)} field has a duplicate value.`];
    });
    const primaries = input.instructors.filter((entry) => entry.is_primary).length;
    if (primaries > 1) errors['instructors'] = ['Exactly one instructor must be primary.'];
    if (Object.keys(errors).length) throw validationError(errors);
    ctx.db.deleteWhere('course_instructors', (pivot) => pivot.course_id === row.id);
    // Without an explicit primary, the first listed instructor is the primary one.
    const rows = input.instructors.map((entry, index) =>
      ctx.db.insert('course_instructors', { course_id: row.id, user_id: entry.user_id, is_primary: primaries ? entry.is_primary === true : index === 0 }),
    );
    return ok(rows.map(courseInstructor));
  });

  router.add('put', '/courses/:course/tags', 'instructor', (ctx) => {
    const row = staffCourse(ctx);
    const input = validate(CourseTagsParams, ctx.body);
    const errors: Record<string, string[]> = {};
    input.tag_ids.forEach((id, index) => {
      if (!ctx.db.find('tags', id)) errors[`tag_ids.${index}`] = [`The selected tag_ids.${index} is invalid.`];
    });
    if (Object.keys(errors).length) throw validationError(errors);
    ctx.db.deleteWhere('course_tag', (pivot) => pivot.course_id === row.id);
    for (const id of new Set(input.tag_ids)) ctx.db.insert('course_tag', { course_id: row.id, tag_id: id });
    const tags = ctx.db.where('tags', (candidate) => input.tag_ids.includes(candidate.id)).sort((a, b) => a.name.localeCompare(b.name));
    return ok(tags.map(tag));
  });
}

function slugTaken(ctx: RequestContext, slug: string, ownId: number | undefined): boolean {
  // Soft-deleted courses keep their slug: the unique index still holds it.
  return ctx.db.first('courses', (row) => row.slug === slug && row.id !== ownId, { withTrashed: true }) !== undefined;
}

function checkCourseInput(ctx: RequestContext, input: { slug?: string | undefined; category_id?: number | null | undefined; is_featured?: boolean | undefined }, ownId: number | undefined): void {
  const featured = ownId === undefined ? false : ctx.db.find('courses', ownId)!.is_featured;
  if (input.is_featured !== undefined && input.is_featured !== featured && ctx.user?.role !== 'admin') throw forbidden('Only admins can feature courses.');
  const errors: Record<string, string[]> = {};
  if (input.slug !== undefined && slugTaken(ctx, input.slug, ownId)) errors['slug'] = ['The slug has already been taken.'];
  if (input.category_id !== undefined && input.category_id !== null && !ctx.db.find('categories', input.category_id)) {
    errors['category_id'] = ['The selected category id is invalid.'];
  }
  if (Object.keys(errors).length) throw validationError(errors);
}

/** The predicate of the catalog's filters. */
function catalogFilter(ctx: RequestContext, filters: Partial<Record<(typeof COURSE_FILTER_KEYS)[number], string>>): (row: CourseRow) => boolean {
  const { db } = ctx;
  const tests: ((row: CourseRow) => boolean)[] = [];
  if (filters.search?.trim()) {
    const words = filters.search.trim().toLowerCase().split(/\s+/);
    tests.push((row) => {
      const text = `${row.title} ${row.short_description ?? ''} ${(row.description ?? '').replace(/<[^>]*>/g, ' ')}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  }
  if (filters.category !== undefined) {
    const key = filters.category;
    const root = /^\d+$/.test(key) ? db.find('categories', Number(key)) : db.first('categories', (row) => row.slug === key);
    const ids = new Set<number>();
    if (root) {
      // The category and every category below it.
      const queue = [root.id];
      while (queue.length) {
        const id = queue.pop()!;
        ids.add(id);
        for (const child of db.where('categories', (row) => row.parent_id === id)) queue.push(child.id);
      }
    }
    tests.push((row) => row.category_id !== null && ids.has(row.category_id));
  }
  if (filters.tag !== undefined) {
    const found = db.first('tags', (row) => row.slug === filters.tag);
    const courseIds = new Set(found ? db.where('course_tag', (pivot) => pivot.tag_id === found.id).map((pivot) => pivot.course_id) : []);
    tests.push((row) => courseIds.has(row.id));
  }
  if (filters.level !== undefined) tests.push((row) => row.level === filters.level);
  if (filters.price !== undefined) {
    if (filters.price !== 'free' && filters.price !== 'paid') throw badRequest('The price filter must be `free` or `paid`.');
    const free = filters.price === 'free';
    tests.push((row) => (row.price === '0.00') === free);
  }
  if (filters.min_rating !== undefined) {
    const min = Number(filters.min_rating);
    if (!Number.isFinite(min)) throw badRequest('The min_rating filter must be a number.');
    tests.push((row) => cents(row.rating) >= Math.round(min * 100));
  }
  if (filters.featured !== undefined) {
    const featured = parseBoolean(filters.featured);
    if (featured === undefined) throw badRequest('The featured filter must be a boolean.');
    tests.push((row) => row.is_featured === featured);
  }
  if (filters.instructor !== undefined) {
    const profile = db.first('instructors', (row) => row.slug === filters.instructor);
    const courseIds = new Set(profile ? db.where('course_instructors', (pivot) => pivot.user_id === profile.user_id).map((pivot) => pivot.course_id) : []);
    tests.push((row) => courseIds.has(row.id));
  }
  return (row) => tests.every((test) => test(row));
}
