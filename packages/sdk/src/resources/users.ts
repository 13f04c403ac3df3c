import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import type { RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { User } from '../generated/validators.js';
import type { UserListParams } from '../schemas/params.js';

const USER_FILTERS = ['search', 'role'] as const;

/** User administration (admin only). */
export class Users extends APIResource {
  /**
   * Lists users (admin). `GET /users`
   *
   * `search` and `role` are sent as `filter[search]` and `filter[role]`.
   *
   * @throws {PermissionDeniedError} 403 when the signed-in user is not an admin.
   *
   * @example
   * ```ts
   * for await (const user of adminClient.users.list({ role: 'instructor', search: 'ada' })) console.log(user.email);
   * ```
   */
  list(params: UserListParams = {}, options?: RequestOptions): PagePromise<User> {
    return this._client.getPage('users', User, listQuery(params, USER_FILTERS), options);
  }
}
