import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Category } from '../generated/validators.js';
import { anyBody, collection, resource } from '../core/validator.js';
import type { CategoryCreateParams, CategoryListParams, CategoryRetrieveParams, CategoryUpdateParams } from '../schemas/params.js';

const CATEGORY_FILTERS = ['parent_id'] as const;

/** The category tree: public reads, admin writes. Categories are addressed by slug. */
export class Categories extends APIResource {
  /**
   * Lists categories. `GET /categories`
   *
   * `parent_id` is sent as `filter[parent_id]`; `parent_id: null` asks for the root categories.
   * `include: ['children']` nests each category's subcategories.
   *
   * @example
   * ```ts
   * const roots = await ck.categories.list({ parent_id: null, include: ['children'] });
   * ```
   */
  list(params: CategoryListParams = {}, options?: RequestOptions): Promise<Category[]> {
    // The query string drops nulls, so "roots only" would silently become "all categories".
    // An empty value is what spatie/laravel-query-builder's nullable filters read as IS NULL.
    const query = params.parent_id === null ? { ...params, parent_id: '' } : params;
    return this._client.get('categories', { ...options, query: listQuery(query, CATEGORY_FILTERS), schema: collection(Category) });
  }

  /**
   * Retrieves a category by slug. `GET /categories/{slug}`
   *
   * @example
   * ```ts
   * const category = await ck.categories.retrieve('web-development', { include: ['children', 'parent'] });
   * ```
   */
  retrieve(slug: string, params: CategoryRetrieveParams = {}, options?: RequestOptions): Promise<Category> {
    return this._client.get(`categories/${segment(slug)}`, { ...options, query: listQuery(params, []), schema: resource(Category) });
  }

  /**
   * Creates a category (admin). `POST /categories`
   *
   * @example
   * ```ts
   * const category = await ck.categories.create({ name: 'Frontend', parent_id: 3 });
   * ```
   */
  create(params: CategoryCreateParams, options?: RequestOptions): Promise<Category> {
    return this._client.post('categories', { ...options, body: params, schema: resource(Category) });
  }

  /**
   * Updates a category (admin). `PATCH /categories/{slug}`
   *
   * @example
   * ```ts
   * await ck.categories.update('web-development', { description: 'Browsers, servers and everything between.' });
   * ```
   */
  update(slug: string, params: CategoryUpdateParams, options?: RequestOptions): Promise<Category> {
    return this._client.patch(`categories/${segment(slug)}`, { ...options, body: params, schema: resource(Category) });
  }

  /**
   * Deletes a category (admin); its courses and subcategories are detached, not deleted. `DELETE /categories/{slug}`
   *
   * @example
   * ```ts
   * await ck.categories.delete('web-development');
   * ```
   */
  delete(slug: string, options?: RequestOptions): Promise<void> {
    return this._client.delete(`categories/${segment(slug)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
