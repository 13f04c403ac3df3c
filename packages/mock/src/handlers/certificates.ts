/**
 * Certificates of the signed-in user, and public certificate verification. A certificate stays
 * `valid` while the learner keeps access to the course; refunding the course invalidates it.
 *
 * @module
 */
import { hasAccess } from '../domain/access.js';
import { notFound } from '../http/errors.js';
import type { Router } from '../http/router.js';
import { certificate } from '../serializers/learning.js';
import { currentUser, ok } from './support.js';

export function certificateRoutes(router: Router): void {
  router.add('get', '/me/certificates', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const rows = ctx.db.where('certificates', (row) => row.user_id === user.id).sort((a, b) => (b.issued_at ?? '').localeCompare(a.issued_at ?? '') || b.id - a.id);
    return ok(rows.map((row) => certificate(row, ctx.view)));
  });

  router.add('get', '/certificates/:number', 'public', (ctx) => {
    const number = ctx.params['number'] ?? '';
    const row = ctx.db.first('certificates', (candidate) => candidate.certificate_number.toLowerCase() === number.toLowerCase());
    if (!row) throw notFound('Certificate', number);
    const learner = ctx.db.find('users', row.user_id, { withTrashed: true });
    const course = ctx.db.find('courses', row.course_id, { withTrashed: true });
    return ok({
      valid: learner !== undefined && hasAccess(ctx.db, learner, row.course_id),
      certificate_number: row.certificate_number,
      learner_name: learner?.name ?? null,
      course_title: course?.title ?? null,
      issued_at: row.issued_at,
    });
  });
}
