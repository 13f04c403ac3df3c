/**
 * The cart's money: the exact sum of its prices. (Its lines, each course with whether the
 * learner owns it, come from `cartLines()` in `data/cart.ts`, shared with the checkout.)
 *
 * @module
 */

/** The sum of decimal prices (`"49.99"`), exactly: added in cents, never as floats. */
export function sumPrices(prices: readonly string[]): string {
  const cents = prices.reduce((total, price) => {
    const [whole = '0', fraction = ''] = price.split('.');
    return total + Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  }, 0);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
