import * as z from 'zod/mini';
import { id, jsonObject, nullableTimestamp, timestamps } from './wire.js';

/** A user's role. */
export const UserRole = z.enum(['student', 'instructor', 'admin']);
export type UserRole = z.infer<typeof UserRole>;

/** What anyone may see of a user (reviewers, instructors): no email, no settings. */
export const PublicUser = z.object({
  id,
  /** Display name. */
  name: z.string(),
  /** Public handle (3 to 30 letters, digits, `_`, `.` or `-`), `null` when the user has not chosen one. */
  username: z.nullable(z.string()),
  /** URL of the profile picture, `null` when there is none (show initials instead). */
  avatar: z.nullable(z.string()),
  /** One-line professional title shown under the name, e.g. "Senior Rust engineer". */
  headline: z.nullable(z.string()),
  /** About text. Untrusted: render as text or sanitize. */
  bio: z.nullable(z.string()),
  /** `student`, `instructor` or `admin`: what the user may do on the server. */
  role: UserRole,
});
export type PublicUser = z.infer<typeof PublicUser>;

/**
 * The signed-in user's own view (`GET /me`) and the admin view (`GET /users`). `password` and
 * `remember_token` exist in no response schema: a backend that leaks them has them stripped.
 */
export const User = z.object({
  // A spread of the base's fields rather than z.extend(): the same object schema, without
  // shipping zod's extend machinery to every page (0.4 KB gz on the catalog).
  ...PublicUser.shape,
  /** Sign-in email address; visible to the user themself and to admins only. */
  email: z.string(),
  /** When the email address was confirmed; `null` while it is unverified. */
  email_verified_at: nullableTimestamp,
  /**
   * The user's free-form preferences (a JSON object the server stores as given), `null` when none were saved.
   */
  settings: z.nullable(jsonObject),
  ...timestamps,
  /** When the account was soft-deleted; present in the admin view only, `null` for a live account. */
  deleted_at: z.optional(nullableTimestamp),
});
export type User = z.infer<typeof User>;

/** An instructor profile (`instructors` table), optionally with its public user. */
export const Instructor = z.object({
  id,
  /** Id of the user this profile belongs to. */
  user_id: id,
  /** URL key of the public profile (`/instructors/{slug}`), `null` until the instructor picks one. */
  slug: z.nullable(z.string()),
  /** Employer or organisation shown on the profile. */
  company: z.nullable(z.string()),
  /** Personal or company website URL. */
  website: z.nullable(z.string()),
  /** Instructor biography. Untrusted: render as text or sanitize. */
  bio: z.nullable(z.string()),
  ...timestamps,
  /** The instructor's public user (name, avatar), when the server includes it. */
  user: z.optional(PublicUser),
});
export type Instructor = z.infer<typeof Instructor>;

/** `POST /auth/register` and `POST /auth/login` answer with a Sanctum token and the user. */
export const AuthToken = z.object({
  /** The Sanctum bearer token: pass it as the client's `token` (it is shown once; store it securely). */
  token: z.string(),
  /** The signed-in user. */
  user: User,
});
export type AuthToken = z.infer<typeof AuthToken>;
