/**
 * What `<ckit-cart>` reads: each course of the cart (through the shared `course()` query, so a
 * card or course page already showing it costs no request) and whether the learner owns it.
 *
 * @module
 */
import { isNotFoundError, type Course } from '@coursekit/sdk';
import { course, enrollments, isActiveEnrollment, session } from '../../data/queries.js';
import type { TaskContext } from '../../internal/coursekit-element.js';

/** A line of the cart: the course, or why it cannot be bought. */
export interface CartLine {
  courseId: number;
  course: Course | undefined;
  /** `owned`: the learner already has it; `unavailable`: the course no longer exists. */
  status: 'buyable' | 'owned' | 'unavailable';
}

/** The lines of `ids`, in cart order. */
export async function cartLines(ids: readonly number[], read: TaskContext['read']): Promise<CartLine[]> {
  const owned = (await read(session)) ? await read(enrollments) : new Map();
  return Promise.all(
    ids.map(async (courseId): Promise<CartLine> => {
      try {
        const loaded = await read(course(courseId));
        return { courseId, course: loaded, status: isActiveEnrollment(owned.get(courseId)) ? 'owned' : 'buyable' };
      } catch (error) {
        if (isNotFoundError(error)) return { courseId, course: undefined, status: 'unavailable' };
        throw error;
      }
    }),
  );
}

/** The sum of decimal prices (`"49.99"`), exactly: added in cents, never as floats. */
export function sumPrices(prices: readonly string[]): string {
  const cents = prices.reduce((total, price) => {
    const [whole = '0', fraction = ''] = price.split('.');
    return total + Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  }, 0);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
