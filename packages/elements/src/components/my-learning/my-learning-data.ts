/**
 * What `<ckit-my-learning>` reads: the learner's enrollments with their progress and
 * certificates, newest activity first.
 *
 * @module
 */
import { Certificates, type Certificate, type Course, type Enrollment, type EnrollmentStatus } from '@coursekit/sdk';
import { enrollments, progress, session } from '../../data/queries.js';
import { query, type Query } from '../../data/query.js';

/**
 * The learner's certificates, read again whenever the enrollments are (a completed course). The
 * player and `<ckit-certificate>` declare it under the same key: one request serves them all.
 */
const certificatesQuery: Query<Certificate[]> = query(['me', 'certificates'], 'user', async ({ client, read }) => {
  await read(enrollments);
  return new Certificates(client.http).list();
});

/** One course the learner is (or was) enrolled in. */
export interface LearningRow {
  readonly status: EnrollmentStatus;
  readonly course: Course | undefined;
  readonly courseId: number;
  /** Percent complete, 0–100; `undefined` when unknown (no access any more, or the request failed). */
  readonly percent: number | undefined;
  readonly certificate: Certificate | undefined;
  /** The latest of enrolled, completed and updated, as an ISO timestamp. */
  readonly lastActivity: string | null;
}

/**
 * The signed-in learner's courses, or `null` for a visitor. Built on the shared enrollments and
 * per-course progress queries, which the progress outbox drops after each saved lecture, so a
 * completed course (and its certificate) shows up without a reload.
 */
export const learningQuery: Query<LearningRow[] | null> = query(['me', 'learning'], 'user', async ({ read }) => {
  if (!(await read(session))) return null;
  const [byCourse, certificates] = await Promise.all([read(enrollments), read(certificatesQuery).catch(() => [] as Certificate[])]);
  const rows = await Promise.all(
    [...byCourse.values()].map(async (enrollment: Enrollment): Promise<LearningRow> => {
      let percent: number | undefined;
      if (enrollment.status === 'completed') percent = 100;
      else if (enrollment.status === 'active') percent = await read(progress(enrollment.course_id)).then((answer) => answer.percent, () => undefined);
      const lastActivity = [enrollment.updated_at, enrollment.completed_at, enrollment.enrolled_at].filter((date): date is string => !!date).sort().pop() ?? null;
      return {
        status: enrollment.status,
        course: enrollment.course,
        courseId: enrollment.course_id,
        percent,
        certificate: certificates.find((certificate) => certificate.course_id === enrollment.course_id),
        lastActivity,
      };
    }),
  );
  return rows.sort((a, b) => (b.lastActivity ?? '').localeCompare(a.lastActivity ?? ''));
});
