import * as z from 'zod/mini';
import { id, jsonObject, nullableTimestamp, timestamps } from './wire.js';

/** A user's role. */
export const UserRole = z.enum(['student', 'instructor', 'admin']);
export type UserRole = z.infer<typeof UserRole>;

/** What anyone may see of a user (reviewers, instructors): no email, no settings. */
export const PublicUser = z.object({
  id,
  name: z.string(),
  username: z.nullable(z.string()),
  avatar: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  bio: z.nullable(z.string()),
  role: UserRole,
});
export type PublicUser = z.infer<typeof PublicUser>;

/**
 * The signed-in user's own view (`GET /me`) and the admin view (`GET /users`). `password` and
 * `remember_token` exist in no response schema: a backend that leaks them has them stripped.
 */
export const User = z.extend(PublicUser, {
  email: z.string(),
  email_verified_at: nullableTimestamp,
  settings: z.nullable(jsonObject),
  ...timestamps,
  deleted_at: z.optional(nullableTimestamp),
});
export type User = z.infer<typeof User>;

/** An instructor profile (`instructors` table), optionally with its public user. */
export const Instructor = z.object({
  id,
  user_id: id,
  slug: z.nullable(z.string()),
  company: z.nullable(z.string()),
  website: z.nullable(z.string()),
  bio: z.nullable(z.string()),
  ...timestamps,
  user: z.optional(PublicUser),
});
export type Instructor = z.infer<typeof Instructor>;

/** `POST /auth/register` and `POST /auth/login` answer with a Sanctum token and the user. */
export const AuthToken = z.object({ token: z.string(), user: User });
export type AuthToken = z.infer<typeof AuthToken>;
