/**
 * User and instructor resources. Only whitelisted columns are copied, so `password` and
 * `remember_token` can never reach a response, whatever the row holds.
 *
 * @module
 */
import type { Row, UserRow } from '../store/schema.js';
import type { View } from './view.js';

/** What anyone may see of a user (`PublicUser`). */
export function publicUser(user: UserRow, view: View) {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    avatar: user.avatar === null ? null : view.fileUrl(user.avatar),
    headline: user.headline,
    bio: user.bio,
    role: user.role,
  };
}

/** `{ user }` with the public profile of a record's user (soft-deleted ones included), or `{}` when the row is gone. */
export function userRelation(userId: number, view: View): { user?: ReturnType<typeof publicUser> } {
  const user = view.db.find('users', userId, { withTrashed: true });
  return user ? { user: publicUser(user, view) } : {};
}

/** The user's own view and the admin view (`User`). */
export function fullUser(user: UserRow, view: View) {
  return {
    ...publicUser(user, view),
    email: user.email,
    email_verified_at: user.email_verified_at,
    settings: user.settings,
    created_at: user.created_at,
    updated_at: user.updated_at,
  };
}

/** An instructor profile (`Instructor`), with its public user unless `withUser` is false. */
export function instructorProfile(profile: Row<'instructors'>, view: View, withUser = true) {
  const user = withUser ? view.db.find('users', profile.user_id) : undefined;
  return {
    id: profile.id,
    user_id: profile.user_id,
    slug: profile.slug,
    company: profile.company,
    website: profile.website,
    bio: profile.bio,
    created_at: profile.created_at,
    updated_at: profile.updated_at,
    ...(user ? { user: publicUser(user, view) } : {}),
  };
}
