import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Wishlist as WishlistEntry } from '../generated/validators.js';
import { anyBody, resource } from '../core/validator.js';
import type { WishlistListParams } from '../schemas/params.js';

/** The signed-in user's wishlist, keyed by course id. */
export class Wishlists extends APIResource {
  /**
   * Lists the wishlist, each entry with its course. `GET /me/wishlist`
   *
   * @example
   * ```ts
   * for await (const entry of ck.wishlist.list()) console.log(entry.course?.title);
   * ```
   */
  list(params: WishlistListParams = {}, options?: RequestOptions): PagePromise<WishlistEntry> {
    return this._client.getPage('me/wishlist', WishlistEntry, listQuery(params, []), options);
  }

  /**
   * Adds a course to the wishlist. Adding a course twice is not an error: the existing entry is
   * returned. `PUT /me/wishlist/{course_id}`
   *
   * @example
   * ```ts
   * await ck.wishlist.add(42);
   * ```
   */
  add(courseId: number, options?: RequestOptions): Promise<WishlistEntry> {
    return this._client.put(`me/wishlist/${segment(courseId)}`, { ...options, schema: resource(WishlistEntry) });
  }

  /**
   * Removes a course from the wishlist. `DELETE /me/wishlist/{course_id}`
   *
   * @example
   * ```ts
   * await ck.wishlist.remove(42);
   * ```
   */
  remove(courseId: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`me/wishlist/${segment(courseId)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
