/**
 * The coupon form of `<ckit-checkout>`: a code field previewed with `POST /coupons/validate`,
 * the refusal reason in words, and the applied coupon with a way to remove it.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';

/** The coupon's state: none, being checked, applied, or refused with a message. */
export interface CouponState {
  /** The applied code (as the server spells it). */
  applied?: string | undefined;
  /** The discount the applied coupon gives, a decimal string. */
  discount?: string | undefined;
  /** Why the last code was refused (or could not be checked), in words. */
  message?: string | undefined;
  pending?: boolean | undefined;
}

export interface CouponHandlers {
  apply(code: string): void;
  remove(): void;
}

export function couponForm(i18n: Localizer, state: CouponState, handlers: CouponHandlers): TemplateResult {
  if (state.applied) {
    return html`<div part="coupon" class="coupon applied">
      <p part="coupon-message" role="status">${i18n.t('checkoutCouponApplied', { code: state.applied, amount: i18n.money(state.discount ?? '0') })}</p>
      <button type="button" part="coupon-remove" class="btn-link" @click=${handlers.remove}>${i18n.t('checkoutCouponRemove', { code: state.applied })}</button>
    </div>`;
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    if (input.value.trim()) handlers.apply(input.value.trim());
    else input.focus();
  };
  return html`<form part="coupon" class="coupon" @submit=${submit} novalidate>
    <label class="control" for="coupon-code">
      <span>${i18n.t('checkoutCouponLabel')}</span>
    </label>
    <div class="coupon-row">
      <input
        id="coupon-code"
        part="coupon-input"
        name="code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="64"
        aria-describedby="coupon-message"
        aria-invalid=${state.message ? 'true' : 'false'}
      />
      <button type="submit" part="coupon-apply" class="btn btn-secondary" aria-disabled=${state.pending ? 'true' : 'false'}>${i18n.t('checkoutCouponApply')}</button>
    </div>
    <p id="coupon-message" part="coupon-message" class="field-error" role="status">${state.pending ? i18n.t('checkoutCouponChecking') : (state.message ?? nothing)}</p>
  </form>`;
}
