import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cartLoaded, cartOf, listenForAddToCart, type Cart, type CartAddOutcome } from '../../data/cart.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { REFUSALS } from '../cart/refusals.js';
import type { CkitCart } from '../cart/cart.component.js';
import { iconButtonStyles } from '../../styles/icon-button.js';
import { cartButtonStyles } from './cart-button.styles.js';
import { cartStatusMessages } from '../../i18n/shared.messages.js';
import { cartButtonMessages } from './cart-button.messages.js';

const BAG = svg`<path d="M6 7h12l-1 13H7L6 7z"/><path d="M9 7a3 3 0 0 1 6 0"/>`;

/** Loads the drawer (its code stays out of the page until the cart is first opened or hovered). */
const loadDrawer = () => import('../cart/cart.js');

/**
 * @tag ckit-cart-button
 * @summary The header's cart button: a bag with the number of courses in the cart, opening the
 * cart drawer (`<ckit-cart>`, loaded on first use). Its accessible name includes the count, and
 * count changes and refused additions are announced politely.
 * @status experimental
 *
 * @event {CkitCheckoutRequestEvent} ckit-checkout-request - "Checkout" was pressed in the drawer. Cancelable. `detail: { courseIds }`.
 * @event {CkitCartChangeEvent} ckit-cart-change - A course was removed in the drawer. `detail: { items }`.
 * @event {CkitErrorEvent} ckit-error - Adding a course from a `ckit-add-to-cart` event, or loading the drawer's courses, failed. `detail: { error, operation }`.
 *
 * @csspart button - The button.
 * @csspart icon - The bag icon.
 * @csspart badge - The number of courses (hidden when the cart is empty).
 * @csspart message - The visually hidden live region.
 * @csspart drawer - The `<ckit-cart>` drawer this button opens (its own parts are not exported).
 *
 * @cssproperty --ckit-cart-badge-color - Background of the badge. Defaults to the primary colour.
 *
 * @example
 * ```html
 * <ckit-cart-button checkout-href="/checkout.html" catalog-href="/courses.html" href-template="/course.html?slug={slug}"></ckit-cart-button>
 * <!-- or open a <ckit-cart> of the page: -->
 * <ckit-cart-button cart="site-cart"></ckit-cart-button>
 * ```
 */
export class CkitCartButton extends CoursekitElement {
  /** The button's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [iconButtonStyles, cartButtonStyles];
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [cartButtonMessages, cartStatusMessages];

  /** The id of a `<ckit-cart>` in the document to open; without it, the button opens a drawer of its own. */
  @property() cart?: string;
  /** The drawer's `checkout-href`. */
  @property({ attribute: 'checkout-href' }) checkoutHref?: string;
  /** The drawer's `catalog-href`. */
  @property({ attribute: 'catalog-href' }) catalogHref?: string;
  /** The drawer's `href-template` (each course's link). */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** The own drawer is rendered once it was first opened. */
  @state() private drawer = false;
  @state() private announcement = '';

  #followed: Cart | undefined;
  /** The count last rendered; announced only once the stored cart was loaded. */
  #count = 0;
  #announceCounts = false;
  #stopListening: (() => void) | undefined;

  readonly #onChange = (): void => {
    const count = this.#followed?.items.length ?? 0;
    if (this.#announceCounts && count !== this.#count) this.announcement = this.i18n.t('cartCount', { count });
    this.requestUpdate();
  };

  readonly #onOutcome = (event: Event): void => {
    const outcome = (event as CustomEvent<CartAddOutcome>).detail;
    if (outcome.result?.added) return;
    if (outcome.error !== undefined) this.reportError(outcome.error, 'cart.add');
    this.announcement = this.i18n.t(outcome.result ? REFUSALS[outcome.result.reason] : 'cartFailed');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store')) this.#follow();
  }

  /** Follows the store's cart while connected: its changes, add-to-cart outcomes, and `ckit-add-to-cart` events. */
  #follow(): void {
    const cart = this.isConnected && this.store ? cartOf(this.store) : undefined;
    this.#stopListening?.();
    this.#stopListening = cart && listenForAddToCart(this.store!);
    if (cart === this.#followed) return;
    this.#followed?.removeEventListener('change', this.#onChange);
    this.#followed?.removeEventListener('add-result', this.#onOutcome);
    this.#followed = cart;
    this.#announceCounts = false;
    if (!cart) return;
    cart.addEventListener('change', this.#onChange);
    cart.addEventListener('add-result', this.#onOutcome);
    void cartLoaded(cart).then(() => {
      if (this.#followed !== cart) return;
      this.#count = cart.items.length;
      this.#announceCounts = true;
      this.requestUpdate();
    });
  }

  /** Opens the cart drawer; focus returns to this button when it closes. */
  async open(): Promise<void> {
    await loadDrawer();
    let drawer = this.cart ? (document.getElementById(this.cart) as CkitCart | null) : null;
    if (!drawer) {
      this.drawer = true;
      await this.updateComplete;
      drawer = this.renderRoot.querySelector('ckit-cart');
    }
    await drawer?.show(this.renderRoot.querySelector<HTMLElement>('[part="button"]') ?? this);
  }

  readonly #preload = (): void => void loadDrawer();

  protected override render() {
    const i18n = this.i18n;
    const count = this.#followed?.items.length ?? 0;
    this.#count = count;
    return html`<span class="${this.rootClass} wrap" dir=${this.direction} lang=${i18n.locale}>
      <button
        type="button"
        part="button"
        class="icon-button"
        aria-haspopup="dialog"
        aria-label=${i18n.t('cartButton', { count })}
        @click=${() => void this.open()}
        @pointerenter=${this.#preload}
        @focus=${this.#preload}
      >
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${BAG}</svg>
        ${count ? html`<span part="badge" class="count-badge" aria-hidden="true">${i18n.number(count)}</span>` : nothing}
      </button>
      <span part="message" class="sr-only" role="status">${this.announcement}</span>
      ${this.drawer
        ? html`<ckit-cart part="drawer" checkout-href=${this.checkoutHref ?? nothing} catalog-href=${this.catalogHref ?? nothing} href-template=${this.hrefTemplate ?? nothing}></ckit-cart>`
        : nothing}
    </span>`;
  }
}
