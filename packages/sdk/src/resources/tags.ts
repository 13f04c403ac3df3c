import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Tag } from '../generated/validators.js';
import { anyBody, collection, resource } from '../core/validator.js';
import type { TagCreateParams, TagUpdateParams } from '../schemas/params.js';

/** Tags: public reads, admin writes. Attach them to a course with `courses.setTags()`. */
export class Tags extends APIResource {
  /**
   * Lists every tag. `GET /tags`
   *
   * @example
   * ```ts
   * const tags = await ck.tags.list();
   * ```
   */
  list(options?: RequestOptions): Promise<Tag[]> {
    return this._client.get('tags', { ...options, schema: collection(Tag) });
  }

  /**
   * Retrieves a tag. `GET /tags/{id}`
   *
   * @example
   * ```ts
   * const tag = await ck.tags.retrieve(4);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Tag> {
    return this._client.get(`tags/${segment(id)}`, { ...options, schema: resource(Tag) });
  }

  /**
   * Creates a tag (admin). `POST /tags`
   *
   * @example
   * ```ts
   * const tag = await ck.tags.create({ name: 'TypeScript' });
   * ```
   */
  create(params: TagCreateParams, options?: RequestOptions): Promise<Tag> {
    return this._client.post('tags', { ...options, body: params, schema: resource(Tag) });
  }

  /**
   * Renames a tag (admin). `PATCH /tags/{id}`
   *
   * @example
   * ```ts
   * await ck.tags.update(4, { name: 'TS' });
   * ```
   */
  update(id: number, params: TagUpdateParams, options?: RequestOptions): Promise<Tag> {
    return this._client.patch(`tags/${segment(id)}`, { ...options, body: params, schema: resource(Tag) });
  }

  /**
   * Deletes a tag and detaches it from its courses (admin). `DELETE /tags/{id}`
   *
   * @example
   * ```ts
   * await ck.tags.delete(4);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`tags/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
