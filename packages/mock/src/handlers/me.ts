/**
 * The signed-in user: `GET /me`, `PATCH /me`, `PUT /me/instructor-profile`, and the admin's
 * `GET /users`.
 *
 * @module
 */
import { InstructorProfileParams, MeUpdateParams, USER_FILTER_KEYS, USER_SORT_KEYS } from '@coursekit/sdk/schemas';
import { slugify, uniqueSlug } from '../domain/slugs.js';
import { fieldError } from '../http/errors.js';
import { readFilters, readSort } from '../http/query.js';
import type { Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { fullUser, instructorProfile } from '../serializers/users.js';
import { currentUser, ok, pageOf } from './support.js';

export function meRoutes(router: Router): void {
  router.add('get', '/me', 'learner', (ctx) => ok(fullUser(currentUser(ctx), ctx.view)));

  router.add('patch', '/me', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const input = validate(MeUpdateParams, ctx.body);
    if (input.username && ctx.db.first('users', (other) => other.id !== user.id && other.username?.toLowerCase() === input.username!.toLowerCase(), { withTrashed: true })) {
      throw fieldError('username', 'The username has already been taken.');
    }
    const updated = ctx.db.update('users', user.id, input);
    return ok(fullUser(updated, { ...ctx.view, viewer: updated }));
  });

  router.add('put', '/me/instructor-profile', 'instructor', (ctx) => {
    const user = currentUser(ctx);
    const input = validate(InstructorProfileParams, ctx.body);
    const existing = ctx.db.first('instructors', (row) => row.user_id === user.id);
    const takenBy = (slug: string) => ctx.db.first('instructors', (row) => row.slug === slug && row.user_id !== user.id);
    if (input.slug && takenBy(input.slug)) throw fieldError('slug', 'The slug has already been taken.');
    const slug = input.slug ?? existing?.slug ?? uniqueSlug(slugify(user.name), (candidate) => takenBy(candidate) !== undefined);
    const values = { slug, company: input.company ?? null, website: input.website ?? null, bio: input.bio ?? null };
    if (existing) return ok(instructorProfile(ctx.db.update('instructors', existing.id, values), ctx.view));
    return ok(instructorProfile(ctx.db.insert('instructors', { user_id: user.id, ...values }), ctx.view));
  });

  router.add('get', '/users', 'admin', (ctx) => {
    const filters = readFilters(ctx.url, USER_FILTER_KEYS);
    const sort = readSort(ctx.url, USER_SORT_KEYS, '-created_at');
    const search = filters.search?.trim().toLowerCase();
    const users = ctx.db.where(
      'users',
      (user) =>
        (!search || [user.name, user.email, user.username ?? ''].some((text) => text.toLowerCase().includes(search))) &&
        (!filters.role || user.role === filters.role),
    );
    return pageOf(ctx, users, sort, { name: (user) => user.name, email: (user) => user.email, created_at: (user) => user.created_at }, (user) => fullUser(user, ctx.view));
  });
}
