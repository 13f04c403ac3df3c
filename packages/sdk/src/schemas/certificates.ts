import * as z from 'zod/mini';
import { bool, id, nullableTimestamp, timestamps } from './wire.js';
import { Course } from './catalog.js';

/** A certificate of completion. */
export const Certificate = z.object({
  id,
  /** Id of the learner who earned it. */
  user_id: id,
  /** Id of the completed course. */
  course_id: id,
  /** Public number printed on the certificate; anyone can check it with `certificates.verify()`. */
  certificate_number: z.string(),
  /** When the certificate was issued. */
  issued_at: nullableTimestamp,
  /** Storage path of a generated PDF, `null` when none was generated. */
  file_path: z.nullable(z.string()),
  ...timestamps,
  /** The course, when included. */
  course: z.optional(Course),
});
export type Certificate = z.infer<typeof Certificate>;

/** `GET /certificates/{number}`: public verification, no private learner data. */
export const CertificateVerification = z.object({
  /** Whether a certificate with this number exists and stands. */
  valid: bool,
  /** The number that was checked. */
  certificate_number: z.string(),
  /** Name of the learner it was issued to; `null` when invalid. */
  learner_name: z.nullable(z.string()),
  /** Title of the course it certifies; `null` when invalid. */
  course_title: z.nullable(z.string()),
  /** When it was issued; `null` when invalid. */
  issued_at: nullableTimestamp,
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;
