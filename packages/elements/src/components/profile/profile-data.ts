/**
 * What `<ckit-profile>` reads and changes: the instructor profile of the signed-in instructor,
 * the user's own profile (`PATCH /me`) and their avatar (`POST /media`).
 *
 * @module
 */
import { Instructors, MediaFiles, isNotFoundError, type Instructor, type InstructorProfileParams, type MeUpdateParams, type User } from '@coursekit/sdk';
import { mutation, query, type Query } from '../../data/query.js';
import { exactly, startingWith } from '../../data/query-key.js';
import { session } from '../../data/queries.js';

/** The `model_type` an avatar upload is attached to. */
const USER_MODEL = 'App\\Models\\User';

/** The slug each user's last saved instructor profile answered with, tried first. */
const savedSlugs = new Map<number, string>();

/** A name as the server's slugs spell it: `Inès Ortega` → `ines-ortega`. */
const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The signed-in instructor's own profile, or `null` (not an instructor, or none found). The
 * contract has no `GET /me/instructor-profile`: the public profile is looked up by the slug last
 * saved here, then the slug of the user's name, then their username, and kept when it is theirs.
 */
export const instructorProfile: Query<Instructor | null> = query(['me', 'instructor-profile'], 'user', async ({ client, read }) => {
  const user = await read(session);
  if (user?.role !== 'instructor') return null;
  const candidates = new Set([savedSlugs.get(user.id), slugify(user.name), user.username].filter((slug): slug is string => !!slug));
  for (const slug of candidates) {
    try {
      const profile = await new Instructors(client.http).retrieve(slug);
      if (profile.user_id === user.id) return profile;
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
    }
  }
  return null;
});

/** Which request of a save runs: 422 field names are the upload's, the user's or the instructor profile's. */
export type SaveStep = 'avatar' | 'profile' | 'instructor';

/** What one save sends: the avatar file to upload first, the profile, and the instructor profile. */
export interface ProfileChanges {
  readonly user: User;
  readonly avatar: File | undefined;
  readonly profile: MeUpdateParams;
  readonly instructor: InstructorProfileParams | undefined;
  /** Set to the request under way, so a failure is known by its step. */
  readonly at: { step: SaveStep };
}

/**
 * Saves a profile: uploads the avatar as media of the user, sets it with the other fields
 * (`PATCH /me`), then replaces the instructor profile (`PUT /me/instructor-profile`). Drops the
 * session, so every element showing the user loads them again.
 */
export const saveProfile = mutation<[changes: ProfileChanges], User>(
  async (client, { user, avatar, profile, instructor, at }) => {
    at.step = 'avatar';
    const uploaded = avatar && (await new MediaFiles(client.http).upload({ file: avatar, model_type: USER_MODEL, model_id: user.id }));
    at.step = 'profile';
    const saved = await client.me.update(uploaded?.url ? { ...profile, avatar: uploaded.url } : profile);
    at.step = 'instructor';
    if (instructor) savedSlugs.set(user.id, (await client.me.updateInstructorProfile(instructor)).slug ?? '');
    return saved;
  },
  // The public profile (`<ckit-instructor-profile>`, course cards) shows the name and avatar too.
  () => [exactly('me'), startingWith('instructor')],
);
