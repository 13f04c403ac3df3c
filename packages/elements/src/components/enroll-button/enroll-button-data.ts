/**
 * What `<ckit-enroll-button>` reads and sends: the learner's standing in a course, and the
 * free enrollment.
 *
 * @module
 */
import type { Enrollment } from '@coursekit/sdk';
import { enrollments, isActiveEnrollment, progress, session } from '../../data/queries.js';
import { mutation, type Mutation } from '../../data/query.js';
import { exactly } from '../../data/query-key.js';
import type { TaskContext } from '../../internal/coursekit-element.js';

/** Where the learner stands: signed in or not, their enrollment (any status), and their progress when it gives access. */
export interface Standing {
  courseId: number;
  signedIn: boolean;
  enrollment: Enrollment | undefined;
  /** 0–100, when enrolled (`undefined` when progress could not be read). */
  percent: number | undefined;
}

/** Reads the learner's standing in `courseId` (enrollments are read once for every button). */
export async function standing(courseId: number, read: TaskContext['read']): Promise<Standing> {
  if (!(await read(session))) return { courseId, signedIn: false, enrollment: undefined, percent: undefined };
  const enrollment = (await read(enrollments)).get(courseId);
  // Progress is a nicety: the button still offers "Continue learning" without it.
  const percent = isActiveEnrollment(enrollment) ? await read(progress(courseId)).then((value) => value.percent, () => undefined) : undefined;
  return { courseId, signedIn: true, enrollment, percent };
}

/** Enrolls the signed-in learner in a free course (a refunded or cancelled enrollment is reactivated). */
export const enrollFree: Mutation<[courseId: number], Enrollment> = mutation(
  (client, courseId) => client.enrollments.enroll(courseId),
  (_, courseId) => [exactly('me', 'enrollments'), exactly('me', 'progress', courseId), exactly('curriculum', courseId)],
);
