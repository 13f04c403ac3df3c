import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { cartLines, cartOf, type Cart, type CartLine } from '../../data/cart.js';
import { AddToCartListener } from '../../controllers/add-to-cart-listener.js';
import { CkitCartChangeEvent } from '../../events/cart-change.js';
import { CkitCheckoutRequestEvent } from '../../events/checkout-request.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { courseHref, isFree } from '../../internal/course-view.js';
import { ChangeListener } from '../../internal/listen.js';
import { courseThumbnail, errorState } from '../../internal/templates.js';
import { sumPrices } from './cart-data.js';
import { cartStyles } from './cart.styles.js';
import { cartStatusMessages, removeMessages } from '../../i18n/shared.messages.js';
import { cartMessages } from './cart.messages.js';

/**
 * @tag ckit-cart
 * @summary The cart drawer: a native modal `<dialog>` (above every stacking context of the page,
 * focus kept inside, Escape closes, focus returns to the opener) listing the courses in the
 * cart with their prices, a remove button each, the subtotal and the way to checkout. Courses
 * load when the drawer opens. A course the learner already owns is shown with the reason.
 * @status experimental
 *
 * Open it with `show()`, or use `<ckit-cart-button>`, which opens its own drawer. The subtotal
 * is for display: the order's total (coupons, taxes) comes from the server at checkout.
 *
 * @event {CkitCartChangeEvent} ckit-cart-change - A course was removed here. `detail: { items }`.
 * @event {CkitCheckoutRequestEvent} ckit-checkout-request - "Checkout" was pressed. Cancelable: prevent it to run your own checkout; otherwise the page goes to `checkout-href`. `detail: { courseIds }`.
 * @event {CkitErrorEvent} ckit-error - The cart's courses could not be loaded. `detail: { error, operation }`.
 *
 * @csspart dialog - The drawer (a `<dialog>`); style its `::backdrop` through `::part(dialog)::backdrop`.
 * @csspart header - Title, count and close button.
 * @csspart title - The "Your cart" heading.
 * @csspart count - How many courses are in the cart.
 * @csspart close-button - Closes the drawer.
 * @csspart list - The list of courses.
 * @csspart item - Each course.
 * @csspart image - The course's cover.
 * @csspart item-title - The course's title (a link with `href-template`).
 * @csspart item-price - The course's price.
 * @csspart item-notice - Why the course cannot be bought (already owned, no longer available).
 * @csspart remove-button - Removes the course from the cart.
 * @csspart empty - The empty cart, with a link to the catalog.
 * @csspart catalog-link - The empty cart's link to `catalog-href`.
 * @csspart footer - Subtotal and checkout.
 * @csspart subtotal - The subtotal row.
 * @csspart checkout-button - Goes to checkout.
 * @csspart message - The live region announcing removals.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-cart-width - Width of the drawer. Defaults to `26rem` (at most the viewport).
 *
 * @example
 * ```html
 * <ckit-cart id="cart" checkout-href="/checkout.html" catalog-href="/courses.html" href-template="/course.html?slug={slug}"></ckit-cart>
 * <button onclick="document.getElementById('cart').show(this)">Cart</button>
 * ```
 */
export class CkitCart extends CoursekitElement {
  /** The drawer's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = cartStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [cartMessages, cartStatusMessages, removeMessages];

  /** The checkout page "Checkout" goes to when nobody prevented `ckit-checkout-request`. */
  @property({ attribute: 'checkout-href' }) checkoutHref?: string;
  /** The catalog the empty cart links to. */
  @property({ attribute: 'catalog-href' }) catalogHref?: string;
  /** Link of each course, `{id}` and `{slug}` replaced, e.g. `/course.html?slug={slug}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Whether the drawer is open (set by `show()` and `close()`). */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  readonly #cart = new ChangeListener(this);
  // A removal needs no new run (the lines are filtered by the cart's items); an addition does.
  readonly #lines = this.createTask('cart.courses', () => (this.open && this.#items ? ([this.#items] as const) : undefined), ([ids], { read }) => cartLines(ids, read), {
    argsEqual: ([previous], [next]) => next.every((id) => previous.includes(id)),
  });
  #opener: HTMLElement | undefined;
  #announcement = '';
  /** After a removal: the index of the line whose remove button takes focus (the heading when none is left). */
  #focusIndex: number | undefined;
  /** Takes the page's `ckit-add-to-cart` events into this store's cart while connected. */
  readonly #addToCart = new AddToCartListener(this, () => this.store);

  get #cartState(): Cart | undefined {
    return this.store && cartOf(this.store);
  }

  get #items(): readonly number[] | undefined {
    return this.#cartState?.items;
  }

  /** Opens the drawer; focus returns to `opener` (default: the element focused now) when it closes. */
  async show(opener?: HTMLElement): Promise<void> {
    this.#opener = opener ?? deepActiveElement();
    this.open = true;
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  /** Closes the drawer. */
  close(): void {
    this.dialog?.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#cart.follow(this.#cartState);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open') && !this.open && this.dialog?.open) this.dialog.close();
    if (this.#focusIndex === undefined) return;
    const removes = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="remove-button"]')];
    (removes[Math.min(this.#focusIndex, removes.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part="title"]'))?.focus();
    this.#focusIndex = undefined;
  }

  readonly #onClose = (): void => {
    this.open = false;
    this.#announcement = '';
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  };

  /** A click on the backdrop (the dialog box itself, outside its content) closes the drawer. */
  readonly #onClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.close();
  };

  #remove(line: CartLine, index: number): void {
    const cart = this.#cartState;
    if (!cart) return;
    cart.remove(line.courseId);
    this.#announcement = this.i18n.t('cartRemoved', { title: line.course?.title ?? String(line.courseId) });
    this.#focusIndex = index;
    this.emit(new CkitCartChangeEvent({ items: cart.items }));
  }

  #checkout(courseIds: number[]): void {
    if (!courseIds.length) return;
    const proceed = this.emit(new CkitCheckoutRequestEvent({ courseIds }));
    this.close();
    if (proceed && this.checkoutHref) location.assign(this.checkoutHref);
  }

  protected override render() {
    const i18n = this.i18n;
    const items = this.#items ?? [];
    return html`<dialog part="dialog" class="${this.rootClass} drawer" dir=${this.direction} lang=${i18n.locale} aria-labelledby="title" @close=${this.#onClose} @click=${this.#onClick}>
      ${this.open
        ? html`<div class="panel">
            <header part="header" class="header">
              <div>
                <h2 part="title" id="title" tabindex="-1">${i18n.t('cartTitle')}</h2>
                <p part="count" class="muted">${i18n.t('cartCount', { count: items.length })}</p>
              </div>
              <button type="button" part="close-button" class="close" aria-label=${i18n.t('cartClose')} @click=${() => this.close()}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
              </button>
            </header>
            ${this.#body(items)}
            <p part="message" class="sr-only" role="status">${this.#announcement}</p>
          </div>`
        : nothing}
    </dialog>`;
  }

  #body(items: readonly number[]): TemplateResult {
    const i18n = this.i18n;
    if (!items.length) {
      return html`<div part="empty" class="empty">
        <p>${i18n.t('cartEmpty')}</p>
        ${this.catalogHref ? html`<a part="catalog-link" class="btn" href=${this.catalogHref}>${i18n.t('cartBrowse')}</a>` : nothing}
      </div>`;
    }
    const task = this.#lines;
    if (task.status === TaskStatus.ERROR && !task.value) return errorState(i18n, task.error, () => void task.run());
    const lines = task.value?.filter((line) => items.includes(line.courseId));
    if (!lines) {
      return html`<ul part="skeleton" class="list" aria-busy="true">
        ${items.map(() => html`<li class="item"><span class="skeleton line"></span></li>`)}
        <li class="sr-only">${i18n.t('loading')}</li>
      </ul>`;
    }
    const buyable = lines.filter((line) => line.status === 'buyable');
    const busy = lines.length !== items.length;
    return html`<ul part="list" class="list">
        ${lines.map((line, index) => this.#line(line, index))}
      </ul>
      <footer part="footer" class="footer">
        <p part="subtotal" class="subtotal"><span>${i18n.t('cartSubtotal')}</span><strong>${i18n.money(sumPrices(buyable.map((line) => line.course!.price)))}</strong></p>
        <p class="muted hint">${i18n.t('cartSubtotalHint')}</p>
        <button
          type="button"
          part="checkout-button"
          class="btn checkout"
          aria-disabled=${busy || !buyable.length ? 'true' : 'false'}
          @click=${() => !busy && this.#checkout(buyable.map((line) => line.courseId))}
        >
          ${i18n.t('cartCheckout')}
        </button>
      </footer>`;
  }

  #line(line: CartLine, index: number): TemplateResult {
    const i18n = this.i18n;
    const course = line.course;
    const title = course?.title ?? String(line.courseId);
    const href = course && courseHref(this.hrefTemplate, course);
    const notice = line.status === 'owned' ? i18n.t('cartOwned') : line.status === 'unavailable' ? i18n.t('cartNotFound') : '';
    return html`<li part="item" class="item ${line.status}">
      ${course ? courseThumbnail(course) : html`<div part="image" class="placeholder" aria-hidden="true"></div>`}
      <div class="info">
        ${href ? html`<a part="item-title" class="title" href=${href}>${title}</a>` : html`<span part="item-title" class="title">${course ? title : notice}</span>`}
        ${notice && course ? html`<p part="item-notice" class="notice">${notice}</p>` : nothing}
        <button type="button" part="remove-button" class="btn-link remove" aria-label=${i18n.t('cartRemove', { title })} @click=${() => this.#remove(line, index)}>
          ${i18n.t('remove')}
        </button>
      </div>
      ${course && line.status === 'buyable' ? html`<span part="item-price" class="price">${isFree(course.price) ? i18n.t('free') : i18n.money(course.price)}</span>` : nothing}
    </li>`;
  }
}

/** The focused element, inside shadow roots too. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
