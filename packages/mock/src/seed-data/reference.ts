/**
 * The fixed facts the seed is built from: a reference date (seed timestamps are computed from it,
 * never from the wall clock), the PRNG seed, and the documented demo accounts.
 *
 * @module
 */
import { toMillis, toTimestamp } from '../store/time.js';

/** Every seed timestamp lies before this instant: 2026-01-15 09:00 UTC. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));

/** The PRNG seed of the seed data. */
export const PRNG_SEED = 20260115;

/** The password of every seeded account. */
export const DEMO_PASSWORD = 'password';

/** The documented demo accounts, one per role (password `password`). */
export const DEMO_ACCOUNTS = {
  /**
   * The demo learner: two active enrollments, a completed one with its certificate, a refunded
   * one, three wishlist entries.
   */
  student: 'student@coursekit.test',
  /** The demo instructor, whose profile and courses are seeded. */
  instructor: 'instructor@coursekit.test',
  /** The demo administrator (moderation, coupons, refunds). */
  admin: 'admin@coursekit.test',
} as const;

const DAY = 86_400_000;

/** The timestamp `days` (fractions allowed) before the reference date. */
export function daysAgo(days: number): string {
  return toTimestamp(new Date(REFERENCE_DATE.getTime() - Math.round(days * DAY)));
}

/** A timestamp `days` after `timestamp`, never later than the reference date. */
export function after(timestamp: string, days: number): string {
  const millis = Math.min(toMillis(timestamp) + Math.round(days * DAY), REFERENCE_DATE.getTime());
  return toTimestamp(new Date(millis));
}
