/**
 * The seed's coupons: one that works for each discount kind, and one that fails for each reason
 * `POST /coupons/validate` can give. Restrictions are resolved to ids when the seed runs.
 *
 * @module
 */

/** A coupon before ids exist: restrictions name categories and instructors. */
export interface CouponBlueprint {
  /** The code buyers type. */
  code: string;
  /** Percentage or fixed amount off. */
  type: 'percentage' | 'fixed';
  /** Percent off or amount off, as a decimal string. */
  value: string;
  /** From when it applies (ISO 8601); at once when absent. */
  starts_at?: string;
  /** Until when it applies (ISO 8601); never expires when absent. */
  expires_at?: string;
  /** Redemptions allowed in all; unlimited when absent. */
  usage_limit?: number;
  /** How many seeded paid orders use it (each adds a redemption and one to `usage_count`). */
  seeded_uses?: number;
  /** Restrict to the published courses of this category. */
  category?: string;
  /** Restrict to the courses of this instructor (username). */
  instructor?: string;
  /** Minimum cart subtotal, as a decimal string. */
  min_purchase?: string;
  /** What it demonstrates, for the README. */
  note: string;
}

/** The seeded coupons, by what each demonstrates (`note`). */
export const COUPONS: readonly CouponBlueprint[] = [
  { code: 'WELCOME10', type: 'percentage', value: '10.00', seeded_uses: 6, note: '10 % off any cart.' },
  { code: 'FIXED5', type: 'fixed', value: '5.00', note: '$5 off any paid cart.' },
  { code: 'FREE100', type: 'percentage', value: '100.00', note: '100 % off: the order is paid at once, no payment step.' },
  { code: 'WEBDEV25', type: 'percentage', value: '25.00', category: 'web-development', note: '25 % off Web Development courses only (other items pay full price).' },
  { code: 'MARCUS20', type: 'percentage', value: '20.00', instructor: 'marcus', note: '20 % off courses taught by Marcus Chen only.' },
  { code: 'BIG50', type: 'fixed', value: '50.00', min_purchase: '100.00', note: '$50 off carts of $100 or more (`min_purchase_not_met` below).' },
  { code: 'LASTONE', type: 'percentage', value: '30.00', usage_limit: 1, note: '30 % off, one use left: the second order gets `usage_limit_reached`.' },
  { code: 'EXPIRED20', type: 'percentage', value: '20.00', starts_at: '2025-01-01T00:00:00.000000Z', expires_at: '2025-12-31T23:59:59.000000Z', note: 'Fails with `expired`.' },
  { code: 'FUTURE15', type: 'percentage', value: '15.00', starts_at: '2099-01-01T00:00:00.000000Z', note: 'Fails with `not_started`.' },
  { code: 'USEDUP50', type: 'percentage', value: '50.00', usage_limit: 3, seeded_uses: 3, note: 'Fails with `usage_limit_reached` (3 of 3 used).' },
];
