import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Course } from '@coursekit/sdk';
import { cartOf } from '../../data/cart.js';
import { AddToCartListener } from '../../controllers/add-to-cart-listener.js';
import { course } from '../../data/queries.js';
import { CkitCartChangeEvent } from '../../events/cart-change.js';
import { CkitCheckoutRequestEvent } from '../../events/checkout-request.js';
import { CkitEnrollEvent } from '../../events/enroll.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import type { MessageKey } from '../../i18n/en.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { courseHref, isFree } from '../../internal/course-view.js';
import { MissingCourseError } from '../../internal/errors.js';
import { ChangeListener } from '../../internal/listen.js';
import { styleProps } from '../../internal/style-props.js';
import { errorState, progressBar } from '../../internal/templates.js';
import { progressStyles } from '../../styles/progress.js';
import { REFUSALS } from '../cart/refusals.js';
import { enrollFree, standing, type Standing } from './enroll-button-data.js';
import { enrollButtonStyles } from './enroll-button.styles.js';
import { enrollButtonMessages } from './enroll-button.messages.js';
import { cartStatusMessages } from '../../i18n/shared.messages.js';

/**
 * @tag ckit-enroll-button
 * @summary The course page's call to action. Knows where the learner stands and offers the right
 * action: "Enroll for free" (one request, then "Start learning"), "Add to cart" and "Buy now" for
 * a paid course, "In your cart", "Continue learning" with the learner's progress, and "Sign in to
 * enroll" for a visitor on a free course. A refunded or cancelled enrollment can be bought again.
 * @status experimental
 *
 * Free courses are enrolled directly and never go to the cart. A visitor may fill the cart; it
 * merges into the learner's cart when they sign in.
 *
 * @event {CkitEnrollEvent} ckit-enroll - The server enrolled the learner in the free course. `detail: { enrollment }`.
 * @event {CkitCartChangeEvent} ckit-cart-change - The course was added to the cart. `detail: { items }`.
 * @event {CkitCheckoutRequestEvent} ckit-checkout-request - "Buy now" or "Checkout" was pressed. Cancelable: prevent it to run your own checkout; otherwise the page goes to `checkout-href`. `detail: { courseIds }`.
 * @event {CkitSignInRequestEvent} ckit-sign-in-request - A visitor pressed "Sign in to enroll". Cancelable: prevent it to show your own sign-in. `detail: { reason: 'enroll', courseId, intent }`.
 * @event {CkitErrorEvent} ckit-error - Loading the course or the learner's standing, enrolling or adding to the cart failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart price - The price of a paid course, or "Free".
 * @csspart notice - Why an earlier enrollment no longer gives access (refunded, cancelled).
 * @csspart actions - The row of buttons.
 * @csspart action - The main action: enroll, add to cart, checkout, start or continue learning.
 * @csspart buy-button - "Buy now".
 * @csspart in-cart - The "In your cart" label.
 * @csspart progress - The enrolled learner's progress row.
 * @csspart progress-bar - The progress bar.
 * @csspart message - The live region announcing outcomes (added, enrolled, failures, the sign-in hint).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-enroll-button-width - Minimum width of the buttons. Defaults to `12em`.
 *
 * @example
 * ```html
 * <ckit-enroll-button course-slug="typescript-from-zero" learn-href-template="/learn.html?course={slug}" checkout-href="/checkout.html"></ckit-enroll-button>
 * ```
 */
export class CkitEnrollButton extends CoursekitElement {
  /** The button's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [progressStyles, enrollButtonStyles];
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [enrollButtonMessages, cartStatusMessages];

  /** Id of the course. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;
  /** Slug of the course, when you have no id. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;
  /** Where an enrolled learner learns: `{id}` and `{slug}` are replaced, e.g. `/learn.html?course={slug}`. */
  @property({ attribute: 'learn-href-template' }) learnHrefTemplate?: string;
  /** The checkout page "Buy now" goes to when nobody prevented `ckit-checkout-request`. */
  @property({ attribute: 'checkout-href' }) checkoutHref?: string;
  /** Hides "Buy now"; "Add to cart" stays. */
  @property({ attribute: 'no-buy-now', type: Boolean }) noBuyNow = false;

  readonly #course = this.createTask('course.retrieve', () => [this.courseId ?? this.courseSlug] as const, async ([idOrSlug], { read }) => {
    if (idOrSlug === undefined || idOrSlug === '') throw new MissingCourseError(this.localName);
    return read(course(idOrSlug));
  });

  readonly #standing = this.createTask('enrollment.retrieve', () => [this.#course.value?.id] as const, async ([courseId], { read }) =>
    courseId === undefined ? undefined : standing(courseId, read),
  );

  readonly #enroll = this.createAction('enrollments.enroll', async ([courseId]: [number], { mutate }) => {
    const enrollment = await mutate(enrollFree, courseId).catch(this.#failed('enrollFailed'));
    this.emit(new CkitEnrollEvent({ enrollment }));
    this.#say('enrollDone');
    return enrollment;
  });

  readonly #add = this.createAction('cart.add', async ([courseId]: [number], { store }) => {
    const cart = cartOf(store);
    const result = await cart.add(courseId).catch(this.#failed('cartFailed'));
    if (result.added) {
      this.emit(new CkitCartChangeEvent({ items: cart.items }));
      this.#say('cartAdded');
    } else if (result.reason !== 'in-cart') {
      this.#say(REFUSALS[result.reason], true);
    }
    return result;
  });

  readonly #cart = new ChangeListener(this);
  #message: { key: MessageKey; error: boolean } | undefined;
  /** Focus was on a control this element replaced: put it on the new main action. */
  #refocus = false;
  /** Takes the page's `ckit-add-to-cart` events into this store's cart while connected. */
  readonly #addToCart = new AddToCartListener(this, () => this.store);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#cart.follow(this.store && cartOf(this.store));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The pressed button was replaced by the next state's controls: focus goes to the new main
    // action instead of falling back to the page.
    const active = document.activeElement;
    if (!this.#refocus) return;
    if (this.shadowRoot!.activeElement || (active && active !== document.body)) {
      // Still on the pressed control once everything settled: nothing was replaced.
      if (!this.#enroll.pending && !this.#add.pending && this.#standing.status !== TaskStatus.PENDING) this.#refocus = false;
      return;
    }
    this.#refocus = false;
    this.shadowRoot!.querySelector<HTMLElement>('[part~="action"]')?.focus();
  }

  /** Shows `key` as an error, then rethrows (the action reports `ckit-error`). */
  #failed(key: MessageKey): (error: unknown) => never {
    return (error) => {
      this.#say(key, true);
      throw error;
    };
  }

  #say(key: MessageKey, error = false): void {
    this.#message = { key, error };
    this.requestUpdate();
  }

  #press(run: () => unknown): void {
    this.#message = undefined;
    this.#refocus = true;
    void run();
  }

  async #buyNow(courseId: number): Promise<void> {
    const cart = this.store && cartOf(this.store);
    if (!cart) return;
    const result = cart.has(courseId) ? undefined : await this.#add.run(courseId);
    if (result && !result.added && result.reason !== 'in-cart') return;
    if (!cart.has(courseId)) return;
    if (this.emit(new CkitCheckoutRequestEvent({ courseIds: cart.items })) && this.checkoutHref) location.assign(this.checkoutHref);
  }

  #signIn(courseId: number): void {
    const intent = { action: 'enroll', courseId } as const;
    this.store?.rememberIntent(intent);
    this.#message = undefined;
    if (this.emit(new CkitSignInRequestEvent({ reason: 'enroll', courseId, intent }))) this.#say('enrollSignInHint');
    else this.requestUpdate();
  }

  protected override render() {
    const i18n = this.i18n;
    const failed = [this.#course, this.#standing].find((task) => task.status === TaskStatus.ERROR);
    const loaded = this.#course.value;
    const known = this.#standing.value;
    let body: TemplateResult;
    if (failed) body = errorState(i18n, failed.error, () => void failed.run());
    else if (!loaded || known?.courseId !== loaded.id) body = this.#skeleton();
    else body = this.#actions(loaded, known);
    return html`<div part="base" class="${this.rootClass} enroll" dir=${this.direction} lang=${i18n.locale}>
      ${body}
      <p part="message" class="message ${this.#message?.error ? 'error' : ''}" role="status">${this.#message ? i18n.t(this.#message.key) : ''}</p>
    </div>`;
  }

  #skeleton(): TemplateResult {
    return html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${this.i18n.t('loading')}</span></div>`;
  }

  #actions(loaded: Course, known: Standing): TemplateResult {
    const i18n = this.i18n;
    const id = loaded.id;
    const { enrollment, signedIn, percent } = known;
    const active = enrollment?.status === 'active' || enrollment?.status === 'completed';
    if (active) {
      const href = courseHref(this.learnHrefTemplate, loaded);
      const label = i18n.t(percent ? 'enrollContinue' : 'enrollStart');
      return html`${percent === undefined ? nothing : progressBar(this.i18n, percent)}
        <div part="actions" class="actions">
          ${href
            ? html`<a part="action" class="btn" href=${href}>${label}</a>`
            : html`<p part="action" class="enrolled" tabindex="-1">${i18n.t('enrollEnrolled')}</p>`}
        </div>`;
    }
    const busy = this.#enroll.pending || this.#add.pending;
    const action = (label: MessageKey, onClick: () => void, part = 'action', secondary = false) =>
      html`<button type="button" part=${part} class="btn ${secondary ? 'btn-secondary' : ''}" aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'} @click=${() => !busy && this.#press(onClick)}>
        ${i18n.t(label)}
      </button>`;
    if (isFree(loaded.price)) {
      return html`<p part="price" class="price">${i18n.t('free')}</p>
        <div part="actions" class="actions">
          ${signedIn ? action('enrollFree', () => this.#enroll.run(id)) : action('enrollSignIn', () => this.#signIn(id))}
        </div>`;
    }
    const inCart = Boolean(this.store && cartOf(this.store).has(id));
    const lapsed = enrollment?.status === 'refunded' ? 'enrollRefunded' : enrollment?.status === 'cancelled' ? 'enrollCancelled' : undefined;
    return html`<p part="price" class="price">${i18n.money(loaded.price)}</p>
      ${lapsed ? html`<p part="notice" class="notice">${i18n.t(lapsed)}</p>` : nothing}
      <div part="actions" class="actions">
        ${inCart
          ? html`<span part="in-cart" class="in-cart">${i18n.t('inCart')}</span>${action('cartCheckout', () => this.#buyNow(id))}`
          : html`${action('addToCart', () => this.#add.run(id))}${this.noBuyNow ? nothing : action('buyNow', () => this.#buyNow(id), 'buy-button', true)}`}
      </div>`;
  }
}
