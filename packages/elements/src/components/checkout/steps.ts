/**
 * The templates of `<ckit-checkout>`'s steps that hold no logic: the step list, the sign-in step,
 * the confirmation, and the states that lead back to the catalog.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Course, Order } from '@coursekit/sdk';
import type { MessageKey } from '../../i18n/en.js';
import type { Localizer } from '../../i18n/localizer.js';
import { courseHref } from '../../internal/course-view.js';
import type { CheckoutStep } from './checkout-data.js';

/** Each step's heading, in the order of the steps. */
export const STEP_TITLES: Record<CheckoutStep, MessageKey> = {
  review: 'checkoutStepReview',
  'sign-in': 'checkoutStepSignIn',
  pay: 'checkoutStepPay',
  done: 'checkoutStepDone',
};

/** Every step, in order. */
export const STEPS = Object.keys(STEP_TITLES) as CheckoutStep[];

/** The step's heading, focused (programmatically) when the step opens. */
export function stepHeading(i18n: Localizer, step: CheckoutStep): TemplateResult {
  return html`<h2 part="step-heading" class="step-heading" tabindex="-1">${i18n.t(STEP_TITLES[step])}</h2>`;
}

/** The progress list: every step of this checkout, the current one marked. */
export function stepList(i18n: Localizer, flow: readonly CheckoutStep[], current: CheckoutStep): TemplateResult {
  const at = flow.indexOf(current);
  return html`<ol part="steps" class="steps" aria-label=${i18n.t('checkoutSteps')}>
    ${flow.map(
      (step, index) =>
        html`<li part="step${index === at ? ' step-current' : ''}" aria-current=${index === at ? 'step' : 'false'}><span class="number" aria-hidden="true">${i18n.number(index + 1)}</span>${i18n.t(STEP_TITLES[step])}</li>`,
    )}
  </ol>`;
}

/** The button back to the review, on the sign-in and payment steps. */
export function backButton(i18n: Localizer, onBack: () => void): TemplateResult {
  return html`<button type="button" part="back-button" class="btn btn-secondary" @click=${onBack}>${i18n.t('checkoutBack')}</button>`;
}

/** The sign-in step: why, and the button that asks the host page to sign the visitor in; "Back" with `onBack`. */
export function signInStep(i18n: Localizer, formShown: boolean, onSignIn: () => void, onBack: (() => void) | undefined): TemplateResult {
  return html`<p>${i18n.t('checkoutSignInText')}</p>
    <slot name="sign-in"></slot>
    <div class="actions">${onBack ? backButton(i18n, onBack) : nothing}${formShown ? nothing : html`<button type="button" part="sign-in-button" class="btn" @click=${onSignIn}>${i18n.t('checkoutSignIn')}</button>`}</div>`;
}

/** The confirmation: the order, and a way into each course bought. */
export function doneStep(i18n: Localizer, order: Order, courses: readonly (Course | undefined)[], learnHrefTemplate: string | undefined): TemplateResult {
  return html`<p part="order-number">${i18n.t('checkoutOrderNumber', { number: order.order_number })}</p>
    <p part="paid-total">${i18n.t('checkoutPaidTotal', { amount: i18n.money(order.total_amount) })}</p>
    <p>${i18n.t('checkoutEnrolledIn')}</p>
    <ul part="enrolled" class="enrolled">
      ${courses.map((course) => {
        const href = course && courseHref(learnHrefTemplate, course);
        return course
          ? html`<li><span class="title">${course.title}</span>${href ? html`<a part="learn-link" class="btn" href=${href}>${i18n.t('checkoutStart')}<span class="sr-only">: ${course.title}</span></a>` : nothing}</li>`
          : nothing;
      })}
    </ul>`;
}

/**
 * A state that leads back to the catalog (`catalogHref`, when given): nothing to check out
 * (`empty`), or an order that cannot be paid (`error`, announced).
 */
export function catalogState(i18n: Localizer, part: 'empty' | 'error', message: MessageKey, catalogHref: string | undefined): TemplateResult {
  return html`<div part=${part} class="state panel ${part}" role=${part === 'error' ? 'alert' : nothing}>
    <p>${i18n.t(message)}</p>
    ${catalogHref ? html`<a part="catalog-link" class="btn" href=${catalogHref}>${i18n.t('cartBrowse')}</a>` : nothing}
  </div>`;
}
