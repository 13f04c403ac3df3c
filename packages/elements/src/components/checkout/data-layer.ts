/**
 * The opt-in GA4 bridge of `<ckit-checkout data-layer>`: pushes `begin_checkout`,
 * `add_payment_info` and `purchase` to `window.dataLayer` in Google Analytics 4's ecommerce
 * shape (Google Tag Manager reads them from there). Nothing is pushed without the attribute.
 *
 * @module
 */

/** A GA4 ecommerce item. */
export interface DataLayerItem {
  item_id: string;
  item_name: string;
  price: number;
}

/** Pushes one GA4 ecommerce event, clearing the previous ecommerce object first as GA4 asks. */
export function pushEcommerce(event: 'begin_checkout' | 'add_payment_info' | 'purchase', ecommerce: { currency: string; value: number; items: DataLayerItem[]; coupon?: string | undefined; transaction_id?: string; payment_type?: string }): void {
  const page = window as { dataLayer?: unknown[] };
  const layer = (page.dataLayer ??= []);
  layer.push({ ecommerce: null });
  layer.push({ event, ecommerce: Object.fromEntries(Object.entries(ecommerce).filter(([, value]) => value !== undefined)) });
}
