/**
 * Coupons: `POST /coupons/validate` for learners (a refused coupon is a normal answer,
 * `valid: false` with its `reason`, not an error), and admin CRUD.
 *
 * @module
 */
import { COUPON_SORT_KEYS, CouponCreateParams, CouponUpdateParams, CouponValidateParams } from '@coursekit/sdk/schemas';
import type { CouponMeta, CouponRow, Row } from '../store/schema.js';
import { toMillis } from '../store/time.js';
import { catalogCourses, cartOf, findCoupon } from '../domain/orders.js';
import { applyCoupon, cents, priceCart } from '../domain/pricing.js';
import { validationError } from '../http/errors.js';
import { readSort } from '../http/query.js';
import type { RequestContext, Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { coupon } from '../serializers/commerce.js';
import { created, findOrFail, noContent, ok, pageOf } from './support.js';

type CouponInput = Partial<{
  code: string;
  type: CouponRow['type'];
  value: string | number;
  starts_at: string | null;
  expires_at: string | null;
  usage_limit: number | null;
  meta: { course_ids?: number[] | undefined; instructor_ids?: number[] | undefined; min_purchase?: string | number | undefined } | null;
}>;

/** The rules zod cannot express alone: unique code, percentages up to 100, a sane window, existing ids. */
function checkCoupon(ctx: RequestContext, input: CouponInput, current: CouponRow | undefined): void {
  const errors: Record<string, string[]> = {};
  const code = input.code;
  if (code !== undefined && ctx.db.first('coupons', (row) => row.code.toLowerCase() === code.toLowerCase() && row.id !== current?.id)) {
    errors['code'] = ['The code has already been taken.'];
  }
  const type = input.type ?? current?.type;
  const value = input.value ?? current?.value;
  if (type === 'percentage' && value !== undefined && cents(String(value)) > 10_000) errors['value'] = ['The value field must not be greater than 100.'];
  const startsAt = input.starts_at === undefined ? current?.starts_at : input.starts_at;
  const expiresAt = input.expires_at === undefined ? current?.expires_at : input.expires_at;
  if (startsAt && expiresAt && toMillis(expiresAt) <= toMillis(startsAt)) errors['expires_at'] = ['The expires at field must be a date after starts at.'];
  input.meta?.course_ids?.forEach((id, index) => {
    if (!ctx.db.find('courses', id)) errors[`meta.course_ids.${index}`] = [`The selected meta.course_ids.${index} is invalid.`];
  });
  input.meta?.instructor_ids?.forEach((id, index) => {
    if (ctx.db.find('users', id)?.role !== 'instructor') errors[`meta.instructor_ids.${index}`] = [`The selected meta.instructor_ids.${index} is invalid.`];
  });
  if (Object.keys(errors).length) throw validationError(errors);
}

/** Column values of coupon input: decimals (`value`, `meta.min_purchase`) as strings. */
function couponColumns(input: CouponInput): Partial<Row<'coupons'>> {
  const columns: { -readonly [K in keyof Row<'coupons'>]?: Row<'coupons'>[K] } = {};
  if (input.code !== undefined) columns.code = input.code;
  if (input.type !== undefined) columns.type = input.type;
  if (input.value !== undefined) columns.value = String(input.value);
  if (input.starts_at !== undefined) columns.starts_at = input.starts_at;
  if (input.expires_at !== undefined) columns.expires_at = input.expires_at;
  if (input.usage_limit !== undefined) columns.usage_limit = input.usage_limit;
  if (input.meta !== undefined) {
    const { min_purchase, ...restrictions } = input.meta ?? {};
    columns.meta = input.meta === null ? null : { ...restrictions, ...(min_purchase === undefined ? {} : { min_purchase: String(min_purchase) }) } as CouponMeta;
  }
  return columns;
}

export function couponRoutes(router: Router): void {
  router.add('post', '/coupons/validate', 'learner', (ctx) => {
    const input = validate(CouponValidateParams, ctx.body);
    const cart = cartOf(ctx.db, catalogCourses(ctx.db, input.course_ids, (index) => `course_ids.${index}`));
    const found = findCoupon(ctx.db, input.code);
    if (!found) {
      const plain = priceCart(cart);
      return ok({ valid: false, reason: 'not_found', discount: plain.discount, subtotal: plain.subtotal, total: plain.total, coupon: null });
    }
    const verdict = applyCoupon(found, cart, ctx.db.now());
    const { quote } = verdict;
    return ok({
      valid: verdict.valid,
      reason: verdict.valid ? null : verdict.reason,
      discount: quote.discount,
      subtotal: quote.subtotal,
      total: quote.total,
      coupon: { code: found.code, type: found.type, value: found.value },
    });
  });

  router.add('get', '/coupons', 'admin', (ctx) => {
    const sort = readSort(ctx.url, COUPON_SORT_KEYS, '-created_at');
    return pageOf(ctx, ctx.db.all('coupons'), sort, { code: (row) => row.code, created_at: (row) => row.created_at, usage_count: (row) => row.usage_count }, coupon);
  });

  router.add('get', '/coupons/:coupon', 'admin', (ctx) => ok(coupon(findOrFail(ctx, 'coupons', 'coupon', 'Coupon'))));

  router.add('post', '/coupons', 'admin', (ctx) => {
    const input = validate(CouponCreateParams, ctx.body);
    checkCoupon(ctx, input, undefined);
    return created(coupon(ctx.db.insert('coupons', { ...couponColumns(input), code: input.code, value: String(input.value) })));
  });

  router.add('patch', '/coupons/:coupon', 'admin', (ctx) => {
    const row = findOrFail(ctx, 'coupons', 'coupon', 'Coupon');
    const input = validate(CouponUpdateParams, ctx.body);
    checkCoupon(ctx, input, row);
    return ok(coupon(ctx.db.update('coupons', row.id, couponColumns(input))));
  });

  router.add('delete', '/coupons/:coupon', 'admin', (ctx) => {
    ctx.db.delete('coupons', findOrFail(ctx, 'coupons', 'coupon', 'Coupon').id);
    return noContent();
  });
}
