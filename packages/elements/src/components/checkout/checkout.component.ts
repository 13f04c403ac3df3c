import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isConflictError, isValidationError, type CouponValidation, type Enrollment, type Order } from '@coursekit/sdk';
import { cartLines, cartLoaded, cartOf } from '../../data/cart.js';
import { enrollments, session } from '../../data/queries.js';
import { exactly } from '../../data/query-key.js';
import type { CoursekitStore } from '../../data/store.js';
import { CkitCheckoutCompleteEvent } from '../../events/checkout-complete.js';
import { CkitCheckoutErrorEvent, type CkitCheckoutErrorEventDetail } from '../../events/checkout-error.js';
import { CkitCheckoutStartEvent } from '../../events/checkout-start.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import type { MessageKey } from '../../i18n/en.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { resolveTheme } from '../../internal/host-theme.js';
import { ChangeListener } from '../../internal/listen.js';
import { errorMessageKey, errorState } from '../../internal/templates.js';
import { checkoutStyles } from './checkout.styles.js';
import { commerceOf, couponReasonKey, fromCents, loadAttempt, newAttempt, orderErrorKey, orderToPay, orderTotals, sameIds, saveAttempt, toCents, waitUntilPaid, type Attempt, type CheckoutLine, type CheckoutStep } from './checkout-data.js';
import { couponForm, type CouponState } from './coupon-form.js';
import { pushEcommerce } from './data-layer.js';
import { loadGateway, type PaymentGateway } from './gateway.js';
import { backButton, catalogState, doneStep, signInStep, stepHeading, stepList, STEPS, STEP_TITLES } from './steps.js';
import { summary, type SummaryTotals } from './summary.js';
import { cartStatusMessages } from '../../i18n/shared.messages.js';
import { checkoutMessages } from './checkout.messages.js';

/** How `#go` shows a step: a new history entry or not (`push` by default), and whether focus moves to its heading. */
interface GoOptions {
  history?: 'push' | 'replace' | 'none';
  focus?: boolean;
}

/** Shows a step without a new history entry, an announcement or a focus move (a load, a resume, a refused back). */
const QUIETLY: GoOptions = { history: 'replace', focus: false };

/** A parameter of the page's address (`?step=`, `?order=`, a gateway's `?redirect_status=`). */
const addressParam = (name: string) => new URLSearchParams(location.search).get(name);

/** Whether the address says the learner is back from a gateway's page (Stripe's redirect) having paid. */
const redirectPaid = () => addressParam('redirect_status') === 'succeeded';

/** What each course of `order` is charged, by course id. */
const chargedPrices = (order: Order) => new Map((order.items ?? []).map((item) => [item.course_id, item.price]));

/** The courses of `order`. */
const courseIdsOf = (order: Order | undefined) => (order?.items ?? []).map((item) => item.course_id);

// An empty piece is 0, which the id check drops with the rest.
const idList = { fromAttribute: (value: string | null) => (value === null ? undefined : value.split(/[\s,]+/).map(Number).filter((id) => Number.isInteger(id) && id > 0)) };

/**
 * @tag ckit-checkout
 * @summary Checkout: review the courses (with a coupon), sign in, pay through a gateway
 * adapter, and start learning. The order is placed once per attempt (one idempotency key kept in
 * `sessionStorage`, so a double click, a dropped connection or a reload never places a second
 * one), and it is paid only when the server says so: after paying, the element reads the order
 * until it is `paid`. A $0 order (free courses, a 100 % coupon) enrolls in one call, without
 * the payment step.
 * @status experimental
 *
 * The courses come from `course-ids` or, without it, from the learner's cart; the courses
 * bought leave the cart. With `order-id` (or, with `sync-url`, `?order=` in the address) the
 * element pays an order the learner placed earlier, such as the "Pay now" of
 * `<ckit-order-history>`: its items at the prices charged, straight to the payment step (after
 * the sign-in step for a visitor), and no new order is ever placed; `ckit-checkout-start` does
 * not fire for it. A paid order shows its confirmation, without `ckit-checkout-complete` unless
 * this tab was paying it. An order that can no longer be paid (cancelled, failed, refunded) or is
 * not the learner's shows an error state with a link to `catalog-href`, and fires `ckit-error`
 * (`operation: 'checkout.load'`; `error` is an `OrderClosedError` carrying the `order`, or the
 * server's 403 or 404). Each step the learner moves to is announced and moves focus to its
 * heading (a page load does neither); with
 * `sync-url` the step is in the address (`?step=pay`), so the back button works; a reload
 * resumes the same order at the same step.
 *
 * Gateways: `gateway="test"` (the reference backend's test gateway: a card-number field),
 * `gateway="stripe"` with `publishable-key` (Stripe's Payment Element, loaded from Stripe on
 * the payment step, in a `<div slot="payment">` the element adds to its own light DOM), or any
 * `PaymentGateway` object set on the `gateway` property.
 *
 * A visitor signs in or creates an account on the sign-in step: "Sign in" fires a cancelable
 * `ckit-sign-in-request`; unless the page prevents it to show its own sign-in, the element shows a
 * `<ckit-login>` form there (loaded on demand, in its own light DOM so password managers see it),
 * and goes on to payment once signed in.
 *
 * @slot payment - Filled by the element itself for gateways that mount in the light DOM (Stripe).
 * @slot sign-in - Filled by the element itself with `<ckit-login>` when the page lets it sign the visitor in.
 *
 * @event {CkitCheckoutStartEvent} ckit-checkout-start - The learner sees what they are about to buy (once per attempt). `detail: { courseIds, subtotal, currency }`.
 * @event {CkitCheckoutCompleteEvent} ckit-checkout-complete - The server says the order is paid. `detail: { order, enrollments }`.
 * @event {CkitCheckoutErrorEvent} ckit-checkout-error - A card was declined, a coupon refused, or an order or payment failed. `detail: { reason, message, orderId, error }`.
 * @event {CkitSignInRequestEvent} ckit-sign-in-request - A visitor pressed "Sign in". Cancelable: prevent it to show your own sign-in instead of the element's form. `detail: { reason: 'checkout', courseId, intent }`.
 * @event {CkitErrorEvent} ckit-error - Something could not be loaded or sent. `detail: { error, operation }`.
 *
 * @csspart steps - The list of steps; `step` each, `step-current` the current one.
 * @csspart step-heading - The current step's heading.
 * @csspart summary - The order summary; `lines`, `line`, `image`, `line-title`, `line-notice`, `line-discount`, `line-price` inside.
 * @csspart totals - Subtotal, discount and total (`subtotal`, `discount`, `total`, `total-amount`).
 * @csspart coupon - The coupon form (`coupon-input`, `coupon-apply`, `coupon-message`, `coupon-remove`).
 * @csspart continue-button - Places the order (review step).
 * @csspart sign-in-button - Asks the page to sign the visitor in, or shows the sign-in form.
 * @csspart back-button - Goes back to the review.
 * @csspart gateway - Where an in-shadow gateway mounts its fields (`card-field`, `card-label`, `card-input`, `card-error`, `card-hint` for the test gateway).
 * @csspart pay-button - Pays.
 * @csspart message - A failure of the current step, in words.
 * @csspart live - The live region announcing steps and changes.
 * @csspart order-number - The confirmation's order number; `paid-total`, `enrolled`, `learn-link` beside it.
 * @csspart empty - Nothing to check out; `catalog-link` inside.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state: `retry-button` inside, or `catalog-link` for an order that cannot be paid.
 *
 * @example
 * ```html
 * <ckit-checkout gateway="test" sync-url data-layer learn-href-template="/learn.html?course={slug}" catalog-href="/courses.html"></ckit-checkout>
 * ```
 */
export class CkitCheckout extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = checkoutStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [checkoutMessages, cartStatusMessages];

  /** Courses to buy (`"3,7"`); without it, the learner's cart. */
  @property({ attribute: 'course-ids', converter: idList }) courseIds?: number[];
  /** An order the signed-in learner placed earlier, to pay it (no new order is placed); `course-ids` and the cart are then ignored. */
  @property({ attribute: 'order-id', type: Number }) orderId?: number;
  /** The payment gateway: `test`, `stripe`, or a `PaymentGateway` object (property only). */
  @property() gateway: string | PaymentGateway = 'test';
  /** Stripe's publishable key, for `gateway="stripe"`. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string;
  /** Whether the step is kept in the address (`?step=`), so back and forward move between steps. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /** Whether to push GA4 ecommerce events (`begin_checkout`, `add_payment_info`, `purchase`) to `window.dataLayer`. */
  @property({ attribute: 'data-layer', type: Boolean }) dataLayer = false;
  /** Link to each course bought, `{id}` and `{slug}` replaced, e.g. `/learn.html?course={slug}`. */
  @property({ attribute: 'learn-href-template' }) learnHrefTemplate?: string;
  /** The catalog an empty checkout links to. */
  @property({ attribute: 'catalog-href' }) catalogHref?: string;

  @state() private step: CheckoutStep = 'review';
  @state() private order?: Order | undefined;
  @state() private coupon: CouponState = {};
  @state() private message?: string | undefined;
  @state() private paymentReady = false;
  @state() private unconfirmed = false;
  @state() private signInForm = false;

  #attempt: Attempt | undefined;
  #validation: CouponValidation | undefined;
  #gateway: PaymentGateway | undefined;
  #lightSlot: HTMLElement | undefined;
  #loginForm: HTMLElement | undefined;
  #announcement = '';
  #focusHeading = false;
  #restored = false;
  #visitor = false;
  #started = false;

  readonly #cart = new ChangeListener(this);
  readonly #data = this.createTask(
    'checkout.load',
    () => [this.#orderId ?? this.courseIds?.join(',') ?? this.#cartState()?.items.join(',')] as const,
    async (_args, { read, store }) => {
      const current = await store();
      const user = await read(session);
      const orderId = this.#orderId;
      // A visitor signs in before the order is read.
      const order = orderId && user ? await orderToPay(orderId, current) : undefined;
      let ids = orderId ? courseIdsOf(order) : this.courseIds;
      if (!ids) {
        const cart = cartOf(current);
        await cartLoaded(cart);
        ids = [...cart.items];
      }
      const lines = await cartLines(ids, read);
      await (orderId ? this.#openOrder(current, order, ids) : this.#afterLoad(current, ids, user !== null));
      return { user, lines, ids };
    },
  );

  /** The order to pay: `order-id`, or `?order=` in the address with `sync-url`. */
  get #orderId(): number | undefined {
    return this.orderId || (this.syncUrl && Number(addressParam('order'))) || undefined;
  }

  #cartState() {
    return this.store && cartOf(this.store);
  }

  /**
   * Where this tab's attempt is kept: by site, and the order of `order-id` apart, so paying it
   * neither replaces nor (once the cart changes) cancels the cart's own attempt and order.
   */
  get #attemptScope(): string {
    const orderId = this.#orderId;
    return `${this.store?.client.http.baseUrl ?? ''}${orderId ? ` order ${orderId}` : ''}`;
  }

  /** The signed-in learner, `null` for a visitor (`undefined` until loaded). */
  get #user() {
    return this.#data.value?.user;
  }

  get #lines(): CheckoutLine[] {
    return this.#data.value?.lines ?? [];
  }

  get #buyable(): CheckoutLine[] {
    return this.#lines.filter((line) => line.status === 'buyable');
  }

  /** The catalog prices of the courses to buy, added up. */
  get #subtotal(): string {
    return fromCents(this.#buyable.reduce((sum, line) => sum + toCents(line.course?.price), 0));
  }

  get #currency(): string {
    return this.store?.currency ?? 'USD';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    this.#unmountGateway();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.courseIds) this.#cart.follow(this.#cartState());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.step === 'review' && !this.#started && this.#restored && this.#buyable.length) this.#start();
    // Signed in on the sign-in step: on to payment, unless the account already owns some of the
    // courses. An existing order goes on when it loads: nothing is placed for it.
    if (this.step === 'sign-in' && this.#user && !this.#orderId) {
      const owns = this.#lines.some((line) => line.status === 'owned');
      this.#go('review', { history: 'replace' });
      if (!owns) void this.#placeOrder.run();
    }
    if (this.#focusHeading) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="step-heading"]')?.focus();
    }
  }

  /** First load: resume the attempt kept for this tab. */
  async #afterLoad(store: CoursekitStore, ids: number[], signedIn: boolean): Promise<void> {
    if (this.#restored) return;
    this.#restored = true;
    this.#visitor = !signedIn;
    const stored = loadAttempt(this.#attemptScope);
    const { orders } = commerceOf(store);
    if (stored && (!ids.length || sameIds(ids, stored.courseIds))) {
      this.#attempt = stored;
      if (stored.coupon) this.coupon = { applied: stored.coupon };
      const order = stored.orderId ? await orders.retrieve(stored.orderId).catch(() => undefined) : undefined;
      if (order?.status === 'paid') return this.#complete(store, order, false);
      if (order?.status === 'pending') {
        if (stored.step === 'pay') return this.#toPay(order, QUIETLY, redirectPaid());
        this.order = order;
        return this.#go('review', QUIETLY);
      }
      if (!stored.orderId) return this.#go(stored.step === 'sign-in' && !signedIn ? 'sign-in' : 'review', QUIETLY);
    } else if (stored?.orderId && !stored.completed) {
      // The cart changed since: the old pending order gives back its coupon use.
      void orders.cancel(stored.orderId).catch(() => undefined);
    }
    this.#attempt = undefined;
    saveAttempt(this.#attemptScope, undefined);
    this.#go('review', QUIETLY);
  }

  /**
   * Opens the order of `order-id` (`undefined`: a visitor, who signs in first): a paid order shows
   * its confirmation, a pending one goes straight to payment, under this tab's attempt for it if
   * there is one (a reload or a gateway's redirect back resumes its payments). `ids` are its
   * courses. Like the cart's first load, a page load moves no focus; a sign-in on the sign-in step does.
   */
  async #openOrder(store: CoursekitStore, order: Order | undefined, ids: number[]): Promise<void> {
    const options = { history: 'replace', focus: this.step === 'sign-in' } as const;
    if (!order) {
      this.#visitor = true;
      // Signed out while paying: the order opens again once signed back in.
      this.order = undefined;
      return this.#go('sign-in', options);
    }
    // A reload of the data (after paying, or a sign-in elsewhere on the page) keeps the step.
    if (this.order?.id === order.id) return;
    const stored = loadAttempt(this.#attemptScope);
    this.#attempt = stored?.orderId === order.id ? stored : { ...newAttempt(ids, ''), orderId: order.id, completed: order.status === 'paid' };
    if (order.status === 'paid') return this.#complete(store, order, options.focus);
    this.#toPay(order, options, redirectPaid());
  }

  /** Shows `step`: announced, focus on its heading, kept in `sessionStorage` and (with `sync-url`) the address. */
  #go(step: CheckoutStep, options: GoOptions = {}): void {
    const changed = step !== this.step;
    this.step = step;
    this.message = undefined;
    if (this.#attempt) {
      this.#attempt.step = step;
      saveAttempt(this.#attemptScope, this.#attempt);
    }
    if (step !== 'pay') this.#unmountGateway();
    if (step !== 'sign-in') this.#removeSignInForm();
    const mode = options.history ?? 'push';
    if (this.syncUrl && mode !== 'none' && addressParam('step') !== step) {
      const url = new URL(location.href);
      url.searchParams.set('step', step);
      history[mode === 'push' && changed ? 'pushState' : 'replaceState'](history.state, '', url);
    }
    if (options.focus !== false && changed) {
      const flow = this.#flow();
      this.#announcement = this.i18n.t('checkoutStepOf', { current: flow.indexOf(step) + 1, total: flow.length, title: this.i18n.t(STEP_TITLES[step]) });
      this.#focusHeading = true;
    }
  }

  readonly #onPopState = (): void => {
    if (!this.syncUrl) return;
    const wanted = addressParam('step');
    if (!wanted || wanted === this.step || this.step === 'done') return this.#go(this.step, QUIETLY);
    if (wanted === 'review' || (wanted === 'sign-in' && !this.#user)) return this.#go(wanted, { history: 'none' });
    if (wanted === 'pay' && this.order?.status === 'pending') return this.#toPay(this.order, { history: 'none' });
    this.#go(this.step, QUIETLY);
  };

  /** The steps of this checkout: sign-in only for a visitor, payment only when there is something to pay. */
  #flow(): CheckoutStep[] {
    const free = !toCents(this.order?.total_amount ?? this.#validation?.total ?? this.#subtotal);
    return STEPS.filter((step) => (step !== 'review' || !this.#orderId) && (step !== 'sign-in' || this.#visitor) && (step !== 'pay' || !free || this.step === 'pay'));
  }

  #announce(key: MessageKey): void {
    this.#announcement = this.i18n.t(key);
    this.requestUpdate();
  }

  #fail(reason: CkitCheckoutErrorEventDetail['reason'], message: string, error?: unknown): void {
    this.message = message;
    this.emit(new CkitCheckoutErrorEvent({ reason, message, orderId: this.order?.id, error }));
  }

  /** Fails with the network message when the server could not be reached, `fallback` otherwise. */
  #failOn(reason: CkitCheckoutErrorEventDetail['reason'], fallback: MessageKey, error: unknown): void {
    this.#fail(reason, this.i18n.t(errorMessageKey(error) === 'errorNetwork' ? 'errorNetwork' : fallback), error);
  }

  #items(lines: readonly CheckoutLine[], prices?: ReadonlyMap<number, string>) {
    return lines.map((line) => ({ item_id: String(line.courseId), item_name: line.course?.title ?? '', price: Number(prices?.get(line.courseId) ?? line.course?.price ?? 0) }));
  }

  #start(): void {
    this.#started = true;
    const subtotal = this.#subtotal;
    const currency = this.#currency;
    this.emit(new CkitCheckoutStartEvent({ courseIds: this.#buyable.map((line) => line.courseId), subtotal, currency }));
    if (this.dataLayer) pushEcommerce('begin_checkout', { currency, value: Number(subtotal), items: this.#items(this.#buyable) });
  }

  readonly #checkCoupon = this.createAction('coupons.validate', async ([code]: [string], { store }) => {
    this.#validation = undefined;
    if (!this.#user) return this.#refuseCoupon('checkoutCouponSignIn');
    this.coupon = { pending: true };
    try {
      const result = await commerceOf(store).coupons.validate({ code, course_ids: this.#buyable.map((line) => line.courseId) });
      if (!result.valid) return this.#refuseCoupon(couponReasonKey(result.reason));
      this.#validation = result;
      this.coupon = { applied: result.coupon?.code ?? code, discount: result.discount };
    } catch (error) {
      this.#refuseCoupon(isValidationError(error) ? 'checkoutCouponRefused' : 'checkoutCouponFailed');
      throw error;
    }
  });

  /** The coupon is refused or could not be checked, `key` says which: the totals are the catalog prices again. */
  #refuseCoupon(key: MessageKey): void {
    this.#validation = undefined;
    this.coupon = { message: this.i18n.t(key) };
  }

  #removeCoupon(): void {
    this.coupon = {};
    this.#validation = undefined;
    this.#announce('checkoutCouponRemoved');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#coupon-code')?.focus());
  }

  /** Places the order once per attempt: the same courses and coupon reuse the attempt's key (a retry replays) or its order. */
  readonly #placeOrder = this.createAction('orders.create', async ([], { store }) => {
    if (!this.#user) return this.#go('sign-in');
    const { orders } = commerceOf(store);
    const ids = this.#buyable.map((line) => line.courseId);
    const coupon = this.coupon.applied ?? '';
    if (!ids.length) return;
    let attempt = this.#attempt;
    if (attempt?.orderId && sameIds(attempt.courseIds, ids) && attempt.coupon === coupon) {
      const order = await orders.retrieve(attempt.orderId);
      if (order.status === 'paid') return this.#complete(store, order);
      if (order.status === 'pending') return this.#toPay(order);
    }
    if (!attempt || attempt.orderId || !sameIds(attempt.courseIds, ids) || attempt.coupon !== coupon) {
      if (attempt?.orderId) void orders.cancel(attempt.orderId).catch(() => undefined);
      attempt = newAttempt(ids, coupon);
    }
    this.#attempt = attempt;
    attempt.step = 'review';
    saveAttempt(this.#attemptScope, attempt);
    let order: Order;
    try {
      order = await orders.create({ items: ids.map((course_id) => ({ course_id })), coupon_code: coupon || null }, { idempotencyKey: attempt.key });
    } catch (error) {
      if (isConflictError(error)) {
        store.invalidate(exactly('me', 'enrollments'));
        return this.#fail('order', this.i18n.t('checkoutOwnedConflict'), error);
      }
      if (isValidationError(error) && error.firstError('coupon_code')) {
        const check = await commerceOf(store).coupons.validate({ code: coupon, course_ids: ids }).catch(() => undefined);
        this.#refuseCoupon(couponReasonKey(check?.reason));
        return this.#fail('coupon', this.coupon.message!, error);
      }
      this.#failOn('order', 'checkoutOrderFailed', error);
      throw error;
    }
    attempt.orderId = order.id;
    saveAttempt(this.#attemptScope, attempt);
    return order.status === 'paid' ? this.#complete(store, order) : this.#toPay(order);
  });

  /** Shows the payment step for `order` and prepares its payment; `settling`: back from a gateway's page, first wait for the server to mark it paid. */
  #toPay(order: Order, options?: GoOptions, settling = false): void {
    this.order = order;
    this.#go('pay', options);
    void this.#preparePayment(settling);
  }

  /** Starts a payment for the order (one per try, each under its own key) and mounts the gateway. */
  async #preparePayment(settling = false): Promise<void> {
    const store = this.store;
    const order = this.order;
    const attempt = this.#attempt;
    if (!store || !order || !attempt) return;
    this.paymentReady = false;
    const { orders, payments } = commerceOf(store);
    try {
      if (settling) {
        const settled = await waitUntilPaid(orders, order.id, new AbortController().signal);
        if (settled.status === 'paid') return this.#complete(store, settled);
      }
      const gateway = typeof this.gateway === 'string' ? await loadGateway(this.gateway, { publishableKey: this.publishableKey }) : this.gateway;
      const payment = await payments.create(order.id, { gateway: gateway.id, return_url: gateway.lightDom ? location.href : undefined }, { idempotencyKey: `${attempt.key}:payment:${attempt.payments}` });
      if (this.step !== 'pay' || !this.isConnected) return;
      await this.updateComplete;
      this.#unmountGateway();
      const slot = gateway.lightDom ? this.#makeLightSlot() : this.renderRoot.querySelector<HTMLElement>('[part="gateway"]');
      if (!slot) return;
      this.#gateway = gateway;
      const theme = resolveTheme(this) === 'dark' ? 'dark' : 'light';
      await gateway.mount(slot, { order, transaction: payment, clientSecret: payment.client_secret ?? '', locale: this.i18n.locale, theme, i18n: this.i18n, http: store.client.http });
      this.paymentReady = true;
    } catch (error) {
      if (isConflictError(error)) {
        const fresh = await orders.retrieve(order.id).catch(() => order);
        if (fresh.status === 'paid') return this.#complete(store, fresh);
        return this.#fail('payment', this.i18n.t('checkoutOrderClosed'), error);
      }
      this.reportError(error, 'payments.create');
      this.#failOn('payment', 'checkoutPaymentFailed', error);
    }
  }

  #makeLightSlot(): HTMLElement {
    const slot = document.createElement('div');
    slot.slot = 'payment';
    this.append(slot);
    return (this.#lightSlot = slot);
  }

  #unmountGateway(): void {
    this.#gateway?.unmount();
    this.#gateway = undefined;
    this.#lightSlot?.remove();
    this.#lightSlot = undefined;
    this.paymentReady = false;
  }

  /** Pays: the gateway confirms, then the server's order decides. Single-flight: ten clicks pay once. */
  readonly #pay = this.createAction('payments.confirm', async ([], { store, signal }) => {
    const gateway = this.#gateway;
    const order = this.order;
    if (!gateway || !order || !this.paymentReady) return;
    this.message = undefined;
    this.unconfirmed = false;
    if (this.dataLayer) pushEcommerce('add_payment_info', { currency: this.#currency, value: Number(order.total_amount), items: this.#orderItems(order), payment_type: gateway.id });
    const result = await gateway.confirm();
    if (!result.ok && result.code === 'incomplete') return;
    this.#announce('checkoutConfirming');
    const { orders } = commerceOf(store);
    let settled: Order;
    try {
      settled = result.ok ? await waitUntilPaid(orders, order.id, signal) : await orders.retrieve(order.id, { signal });
    } catch (error) {
      this.#failOn('confirmation', 'checkoutPaymentFailed', error);
      throw error;
    }
    if (settled.status === 'paid') return this.#complete(store, settled);
    if (settled.status !== 'pending') return this.#fail('payment', this.i18n.t('checkoutOrderClosed'));
    if (result.ok) {
      this.unconfirmed = true;
      return this.#announce('checkoutNotConfirmed');
    }
    this.#fail(result.code === 'error' ? 'payment' : 'declined', result.message || this.i18n.t('checkoutPaymentFailed'));
    // A settled (failed) transaction cannot be confirmed again: the next try is a new payment.
    if (this.#attempt) this.#attempt.payments += 1;
    saveAttempt(this.#attemptScope, this.#attempt);
    await this.#preparePayment();
  });

  readonly #checkAgain = this.createAction('orders.retrieve', async ([], { store, signal }) => {
    if (!this.order) return;
    const settled = await waitUntilPaid(commerceOf(store).orders, this.order.id, signal);
    if (settled.status === 'paid') return this.#complete(store, settled);
    this.#announce('checkoutNotConfirmed');
  });

  #orderItems(order: Order) {
    const prices = chargedPrices(order);
    return this.#items(this.#lines.filter((line) => prices.has(line.courseId)), prices);
  }

  /** The server says the order is paid: the courses leave the cart, the learner's enrollments reload, and the page hears of it once. */
  async #complete(store: CoursekitStore, order: Order, announce = true): Promise<void> {
    const attempt = this.#attempt ?? newAttempt([], '');
    const first = !attempt.completed;
    attempt.orderId = order.id;
    attempt.completed = true;
    this.#attempt = attempt;
    const ids = courseIdsOf(order);
    const cart = cartOf(store);
    for (const id of ids) cart.remove(id);
    store.invalidate(exactly('me', 'enrollments'), ...ids.flatMap((id) => [exactly('me', 'progress', id), exactly('curriculum', id)]));
    const owned = await store.read(enrollments).catch(() => new Map<number, Enrollment>());
    const enrolled = ids.map((id) => owned.get(id)).filter((enrollment): enrollment is Enrollment => Boolean(enrollment));
    this.order = order;
    this.#go('done', { focus: announce });
    if (!first) return;
    this.emit(new CkitCheckoutCompleteEvent({ order, enrollments: enrolled }));
    if (this.dataLayer) pushEcommerce('purchase', { transaction_id: order.order_number, currency: this.#currency, value: Number(order.total_amount), coupon: orderTotals(order).coupon, items: this.#orderItems(order) });
  }

  #signIn(): void {
    const courseId = this.#buyable[0]?.courseId ?? this.#lines[0]?.courseId ?? 0;
    const intent = { action: 'checkout', courseId } as const;
    this.store?.rememberIntent(intent);
    if (this.emit(new CkitSignInRequestEvent({ reason: 'checkout', courseId, intent }))) void this.#showSignInForm();
  }

  /** The page let the element sign the visitor in: `<ckit-login>` in the `sign-in` slot, focused on its first field. */
  async #showSignInForm(): Promise<void> {
    if (this.#loginForm) return this.#loginForm.focus();
    try {
      await import('../login/login.js');
    } catch (error) {
      this.message = this.i18n.t(errorMessageKey(error));
      return this.reportError(error, 'checkout.sign-in');
    }
    if (this.step !== 'sign-in' || this.#loginForm) return;
    const form = document.createElement('ckit-login');
    form.slot = 'sign-in';
    form.setAttribute('heading-level', '3');
    form.addEventListener('ckit-sign-in', () => this.#removeSignInForm(), { once: true });
    // "Sign in" steps aside once focus is in the form, never before: focus must not fall to <body>.
    form.addEventListener('focusin', () => (this.signInForm = true), { once: true });
    this.append(form);
    this.#loginForm = form;
    form.focus();
  }

  #removeSignInForm(): void {
    this.#loginForm?.remove();
    this.#loginForm = undefined;
    this.signInForm = false;
  }

  protected override render() {
    return html`<div part="base" class="${this.rootClass} checkout" dir=${this.direction} lang=${this.i18n.locale}>${this.#body()}<p part="live" class="sr-only" role="status">${this.#announcement}</p></div>`;
  }

  #body(): TemplateResult {
    const i18n = this.i18n;
    const task = this.#data;
    const order = this.order;
    if (this.step === 'done' && order) return this.#section(doneStep(i18n, order, this.#doneCourses(order), this.learnHrefTemplate));
    if (task.status === TaskStatus.ERROR && !task.value) {
      const unpayable = this.#orderId && orderErrorKey(task.error);
      return unpayable ? catalogState(i18n, 'error', unpayable, this.catalogHref) : errorState(i18n, task.error, () => void task.run());
    }
    if (!task.value) return html`<div part="skeleton" class="skeleton-block" aria-busy="true"><span class="skeleton bar"></span><span class="skeleton bar"></span><span class="sr-only">${i18n.t('loading')}</span></div>`;
    // An existing order has no review to go back to.
    const back = this.#orderId ? undefined : () => this.#go('review');
    if (this.step === 'sign-in') return this.#section(signInStep(i18n, this.signInForm, () => this.#signIn(), back));
    if (!this.#lines.length && !order) return catalogState(i18n, 'empty', 'checkoutEmpty', this.catalogHref);
    return this.#section(this.step === 'pay' && order ? this.#payStep(order, back) : this.#reviewStep());
  }

  #section(content: TemplateResult): TemplateResult {
    return html`${stepList(this.i18n, this.#flow(), this.step)}
      <section part="step" class="step step-${this.step}">
        ${stepHeading(this.i18n, this.step)} ${content} ${this.message ? html`<p part="message" class="notice error" role="alert">${this.message}</p>` : nothing}
      </section>`;
  }

  #doneCourses(order: Order) {
    return (order.items ?? []).map((item) => item.course ?? this.#lines.find((line) => line.courseId === item.course_id)?.course);
  }

  #reviewStep(): TemplateResult {
    const i18n = this.i18n;
    const buyable = this.#buyable.length;
    const subtotal = this.#subtotal;
    const valid = this.coupon.applied && this.#validation;
    const totals: SummaryTotals = valid ? { ...valid, coupon: this.coupon.applied } : { subtotal, discount: '0', total: subtotal };
    const busy = this.#placeOrder.pending;
    return html`${summary(i18n, this.#lines, totals)}
      ${buyable
        ? couponForm(i18n, { ...this.coupon, pending: this.#checkCoupon.pending }, { apply: (code) => void this.#checkCoupon.run(code), remove: () => this.#removeCoupon() })
        : html`<p part="notice">${i18n.t('checkoutNothingToBuy')}</p>`}
      <div class="actions">
        <button type="button" part="continue-button" class="btn" aria-disabled=${String(busy || !buyable)} aria-busy=${String(busy)} @click=${() => buyable && void this.#placeOrder.run()}>
          ${i18n.t(toCents(totals.total) === 0 && buyable ? 'checkoutEnrollFree' : 'checkoutContinue')}
        </button>
      </div>`;
  }

  #payStep(order: Order, back: (() => void) | undefined): TemplateResult {
    const i18n = this.i18n;
    const ready = this.paymentReady;
    const charged = chargedPrices(order);
    const lines = this.#lines.filter((line) => charged.has(line.courseId));
    const busy = this.#pay.pending || this.#checkAgain.pending;
    // An in-shadow gateway appends its fields to [part="gateway"], after the text that ends the
    // "preparing" expression: without that text, clearing the expression would remove them too.
    return html`${summary(i18n, lines.length ? lines : this.#lines, orderTotals(order), charged)}
      <div part="gateway" class="gateway" aria-busy=${String(!ready)}>
        ${ready || this.message ? nothing : html`<p class="muted">${i18n.t('checkoutPreparing')}</p>`}
      </div>
      <slot name="payment"></slot>
      ${this.unconfirmed
        ? html`<p part="notice" class="notice">${i18n.t('checkoutNotConfirmed')}</p>
            <button type="button" part="check-button" class="btn btn-secondary" @click=${() => void this.#checkAgain.run()}>${i18n.t('checkoutCheckAgain')}</button>`
        : nothing}
      <div class="actions">
        ${back ? backButton(i18n, back) : nothing}
        <button type="button" part="pay-button" class="btn" aria-disabled=${String(busy || !ready)} aria-busy=${String(busy)} @click=${() => void this.#pay.run()}>
          ${i18n.t(busy ? 'checkoutPaying' : 'checkoutPay', { amount: i18n.money(order.total_amount) })}
        </button>
      </div>`;
  }
}
