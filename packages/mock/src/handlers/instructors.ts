/**
 * Public instructor profiles: `GET /instructors/{slug}` (with the public user) and
 * `GET /instructors/{slug}/courses` (their published courses, sortable like the catalog).
 *
 * @module
 */
import { notFound } from '../http/errors.js';
import type { RequestContext, Router } from '../http/router.js';
import { instructorProfile } from '../serializers/users.js';
import { coursePage } from './courses.js';
import { ok } from './support.js';

function profileBySlug(ctx: RequestContext) {
  const slug = ctx.params['slug'] ?? '';
  const profile = ctx.db.first('instructors', (row) => row.slug === slug);
  // A deleted user's profile is gone from public view too.
  if (!profile || !ctx.db.find('users', profile.user_id)) throw notFound('Instructor', slug);
  return profile;
}

export function instructorRoutes(router: Router): void {
  router.add('get', '/instructors/:slug', 'public', (ctx) => ok(instructorProfile(profileBySlug(ctx), ctx.view)));

  router.add('get', '/instructors/:slug/courses', 'public', (ctx) => {
    const profile = profileBySlug(ctx);
    const courseIds = new Set(ctx.db.where('course_instructors', (pivot) => pivot.user_id === profile.user_id).map((pivot) => pivot.course_id));
    return coursePage(ctx, ctx.db.where('courses', (row) => row.status === 'published' && courseIds.has(row.id)));
  });
}
