/**
 * The order summary of `<ckit-checkout>`: one line per course (its price and, once a coupon
 * applies, the discount on it) and the subtotal, discount and total rows.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { courseThumbnail } from '../../internal/templates.js';
import { fromCents, toCents, type CheckoutLine } from './checkout-data.js';

/** The figures of the summary: the server's (a coupon check or the order), or the catalog prices before either. */
export interface SummaryTotals {
  subtotal: string;
  discount: string;
  total: string;
  coupon?: string | undefined;
}

/** The summary; `charged` maps a course id to what the order charges for it (the coupon applied). */
export function summary(i18n: Localizer, lines: readonly CheckoutLine[], totals: SummaryTotals, charged?: ReadonlyMap<number, string>): TemplateResult {
  const discount = toCents(totals.discount);
  return html`<section part="summary" class="summary" aria-labelledby="summary-title">
    <h3 id="summary-title" class="sr-only">${i18n.t('checkoutSummary')}</h3>
    <ul part="lines" class="lines">
      ${lines.map((line) => {
        const course = line.course;
        const title = course?.title ?? String(line.courseId);
        const price = course?.price ?? '0.00';
        const paid = line.status === 'buyable' ? charged?.get(line.courseId) : undefined;
        const off = paid === undefined ? 0 : toCents(price) - toCents(paid);
        return html`<li part="line" class="line ${line.status}">
          ${course ? courseThumbnail(course) : html`<div part="image" class="placeholder" aria-hidden="true"></div>`}
          <div class="info">
            <span part="line-title" class="title">${title}</span>
            ${line.status === 'buyable' ? nothing : html`<span part="line-notice" class="notice">${i18n.t(line.status === 'owned' ? 'cartOwned' : 'cartNotFound')}</span>`}
            ${off > 0 ? html`<span part="line-discount" class="discount">${i18n.t('checkoutLineDiscount', { amount: i18n.money(fromCents(off)) })}</span>` : nothing}
          </div>
          ${line.status === 'buyable'
            ? html`<span part="line-price" class="price">${off > 0 ? html`<s class="muted"><span class="sr-only">${i18n.t('checkoutWas')}</span> ${i18n.money(price)}</s> ${i18n.money(paid!)}` : toCents(price) ? i18n.money(price) : i18n.t('free')}</span>`
            : nothing}
        </li>`;
      })}
    </ul>
    <dl part="totals" class="totals">
      <div part="subtotal"><dt>${i18n.t('cartSubtotal')}</dt><dd>${i18n.money(totals.subtotal)}</dd></div>
      ${discount > 0
        ? html`<div part="discount" class="discount">
            <dt>${totals.coupon ? i18n.t('checkoutDiscountCode', { code: totals.coupon }) : i18n.t('checkoutDiscount')}</dt>
            <dd>−${i18n.money(totals.discount)}</dd>
          </div>`
        : nothing}
      <div part="total" class="total"><dt>${i18n.t('checkoutTotal')}</dt><dd part="total-amount">${i18n.money(totals.total)}</dd></div>
    </dl>
  </section>`;
}
