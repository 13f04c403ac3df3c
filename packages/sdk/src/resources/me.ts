import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { Instructor, User } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { InstructorProfileParams, MeUpdateParams } from '../schemas/params.js';

/** The signed-in user's own account. */
export class Me extends APIResource {
  /**
   * Retrieves the signed-in user. `GET /me`
   *
   * @throws {AuthenticationError} 401 when the client is not signed in.
   *
   * @example
   * ```ts
   * const me = await ck.me.retrieve();
   * console.log(me.email, me.role);
   * ```
   */
  retrieve(options?: RequestOptions): Promise<User> {
    return this._client.get('me', { ...options, schema: resource(User) });
  }

  /**
   * Updates the signed-in user's profile and settings. `PATCH /me`
   *
   * @example
   * ```ts
   * const me = await ck.me.update({ headline: 'Mathematician', settings: { theme: 'dark' } });
   * ```
   */
  update(params: MeUpdateParams, options?: RequestOptions): Promise<User> {
    return this._client.patch('me', { ...options, body: params, schema: resource(User) });
  }

  /**
   * Creates or replaces the signed-in user's instructor profile. `PUT /me/instructor-profile`
   *
   * @example
   * ```ts
   * const profile = await ck.me.updateInstructorProfile({ slug: 'ada-lovelace', company: 'Analytical Engines' });
   * ```
   */
  updateInstructorProfile(params: InstructorProfileParams, options?: RequestOptions): Promise<Instructor> {
    return this._client.put('me/instructor-profile', { ...options, body: params, schema: resource(Instructor) });
  }
}
