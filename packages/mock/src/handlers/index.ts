/**
 * Every route of the contract, plus Sanctum's `/sanctum/csrf-cookie`, the test gateway, file
 * storage and the mock's control routes, as one list of msw handlers. The order does not matter for matching (paths are
 * exact), except that the "route not found" fallback comes last.
 *
 * @module
 */
import type { HttpHandler } from 'msw';
import { routeNotFound } from '../http/errors.js';
import { Router, type MockContext } from '../http/router.js';
import { authRoutes } from './auth.js';
import { categoryRoutes } from './categories.js';
import { certificateRoutes } from './certificates.js';
import { controlRoutes } from './control.js';
import { couponRoutes } from './coupons.js';
import { courseRoutes } from './courses.js';
import { curriculumRoutes } from './curriculum.js';
import { enrollmentRoutes } from './enrollments.js';
import { instructorRoutes } from './instructors.js';
import { mediaRoutes } from './media.js';
import { meRoutes } from './me.js';
import { notificationRoutes } from './notifications.js';
import { orderRoutes } from './orders.js';
import { quizRoutes } from './quizzes.js';
import { reviewRoutes } from './reviews.js';
import { sanctumRoutes } from './sanctum.js';
import { wishlistRoutes } from './wishlist.js';

/**
 * Builds the msw handlers of one mock API. `reset` backs `POST /__mock/reset`; without it the
 * control routes (`/__mock/*`) are left out and answer the route 404.
 */
export function createHandlers(app: MockContext, reset: (() => void) | undefined): HttpHandler[] {
  const router = new Router(app);
  sanctumRoutes(router);
  authRoutes(router);
  meRoutes(router);
  courseRoutes(router);
  categoryRoutes(router);
  instructorRoutes(router);
  curriculumRoutes(router);
  quizRoutes(router);
  enrollmentRoutes(router);
  wishlistRoutes(router);
  reviewRoutes(router);
  certificateRoutes(router);
  notificationRoutes(router);
  couponRoutes(router);
  orderRoutes(router);
  mediaRoutes(router);
  if (reset) controlRoutes(router, reset);
  router.fallback((ctx) => {
    throw routeNotFound(ctx.url.pathname);
  });
  return router.handlers();
}
