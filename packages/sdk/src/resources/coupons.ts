import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Coupon, CouponValidation } from '../generated/validators.js';
import { anyBody, resource } from '../core/validator.js';
import type { CouponCreateParams, CouponUpdateParams, CouponValidateParams, PageParams } from '../schemas/params.js';

/** Coupons: checking one at checkout, and administration. */
export class Coupons extends APIResource {
  /**
   * Checks what a coupon would do to a set of courses, without redeeming it. `POST /coupons/validate`
   *
   * An unusable coupon is not an error: the result says `valid: false` with a `reason`
   * (`expired`, `usage_limit_reached`, `not_applicable`...), and the amounts are undiscounted.
   *
   * @example
   * ```ts
   * const check = await ck.coupons.validate({ code: 'WELCOME10', course_ids: [42] });
   * if (check.valid) console.log(`${check.subtotal} → ${check.total}`);
   * else console.log(check.reason);
   * ```
   */
  validate(params: CouponValidateParams, options?: RequestOptions): Promise<CouponValidation> {
    return this._client.post('coupons/validate', { ...options, body: params, schema: resource(CouponValidation) });
  }

  /**
   * Lists coupons (admin). `GET /coupons`
   *
   * @example
   * ```ts
   * for await (const coupon of adminClient.coupons.list({ per_page: 50 })) console.log(coupon.code, coupon.usage_count);
   * ```
   */
  list(params: PageParams = {}, options?: RequestOptions): PagePromise<Coupon> {
    return this._client.getPage('coupons', Coupon, listQuery(params, []), options);
  }

  /**
   * Retrieves a coupon (admin). `GET /coupons/{id}`
   *
   * @example
   * ```ts
   * const coupon = await adminClient.coupons.retrieve(60);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Coupon> {
    return this._client.get(`coupons/${segment(id)}`, { ...options, schema: resource(Coupon) });
  }

  /**
   * Creates a coupon (admin). `POST /coupons`
   *
   * `meta` restricts it to some courses or instructors, or to a minimum purchase.
   *
   * @example
   * ```ts
   * await adminClient.coupons.create({ code: 'SPRING25', type: 'percentage', value: '25', expires_at: '2026-06-01T00:00:00Z', meta: { course_ids: [42] } });
   * ```
   */
  create(params: CouponCreateParams, options?: RequestOptions): Promise<Coupon> {
    return this._client.post('coupons', { ...options, body: params, schema: resource(Coupon) });
  }

  /**
   * Updates a coupon (admin). `PATCH /coupons/{id}`
   *
   * @example
   * ```ts
   * await adminClient.coupons.update(60, { usage_limit: 500 });
   * ```
   */
  update(id: number, params: CouponUpdateParams, options?: RequestOptions): Promise<Coupon> {
    return this._client.patch(`coupons/${segment(id)}`, { ...options, body: params, schema: resource(Coupon) });
  }

  /**
   * Deletes a coupon (admin). `DELETE /coupons/{id}`
   *
   * @example
   * ```ts
   * await adminClient.coupons.delete(60);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`coupons/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
