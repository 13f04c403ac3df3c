import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isPermissionDeniedError, type Order, type Transaction } from '@coursekit/sdk';
import type { MessageKey } from '../../i18n/en.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorState } from '../../internal/templates.js';
import { ordersQuery, transactionsQuery } from './order-history-data.js';
import { orderHistoryStyles } from './order-history.styles.js';
import { orderHistoryMessages } from './order-history.messages.js';

/** An order's transactions as loaded on demand: the list, or why there is none. */
type Loaded = Transaction[] | 'loading' | 'hidden' | 'error';

/**
 * @tag ckit-order-history
 * @summary The signed-in learner's orders: status, courses, subtotal, coupon and total, a
 * "Pay now" link for a pending order, and each order's payment attempts on demand.
 * @status experimental
 *
 * @event {CkitErrorEvent} ckit-error - Loading the orders or an order's payment attempts failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart list - The list of orders.
 * @csspart order - One order.
 * @csspart status - An order's status badge (class `status-<status>`).
 * @csspart items - An order's courses.
 * @csspart total - An order's total line.
 * @csspart pay - The "Pay now" link of a pending order.
 * @csspart transactions - The expandable payment attempts of an order (a `<details>`).
 * @csspart empty - The empty state.
 * @csspart browse - The empty state's link to the catalog.
 *
 * @example
 * ```html
 * <ckit-order-history pay-href-template="/checkout?order={id}" catalog-href="/courses"></ckit-order-history>
 * ```
 */
export class CkitOrderHistory extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = orderHistoryStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = orderHistoryMessages;

  /** Link of a pending order's "Pay now"; `{id}` is replaced with the order's id. No link without it. */
  @property({ attribute: 'pay-href-template' }) payHrefTemplate?: string;

  /** Link of the empty state's "Browse courses". */
  @property({ attribute: 'catalog-href' }) catalogHref?: string;

  /** The heading level of each order's number (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** How many of the newest orders to show. */
  @property({ type: Number }) limit = 50;

  readonly #orders = this.createTask('orders.list', () => [this.limit], ([limit], { read }) => read(ordersQuery(limit)));
  readonly #transactions = new Map<number, Loaded>();

  async #toggle(event: Event, order: Order): Promise<void> {
    const known = this.#transactions.get(order.id);
    if (!(event.target as HTMLDetailsElement).open || order.transactions || (known && known !== 'error')) return;
    this.#transactions.set(order.id, 'loading');
    this.requestUpdate();
    let loaded: Loaded;
    try {
      loaded = await (await this.requireStore()).read(transactionsQuery(order.id));
    } catch (error) {
      // The backend may keep payment attempts to admins: that is said, not reported as a failure.
      loaded = isPermissionDeniedError(error) ? 'hidden' : 'error';
      if (loaded === 'error') this.reportError(error, 'orders.transactions');
    }
    this.#transactions.set(order.id, loaded);
    this.requestUpdate();
  }

  #transactionList(order: Order) {
    const i18n = this.i18n;
    const loaded = order.transactions ?? this.#transactions.get(order.id);
    if (!loaded) return nothing;
    if (loaded === 'loading') return html`<p role="status">${i18n.t('loading')}</p>`;
    if (loaded === 'hidden') return html`<p class="muted">${i18n.t('ordersTransactionsHidden')}</p>`;
    if (loaded === 'error') return html`<p role="alert">${i18n.t('errorGeneric')}</p>`;
    if (!loaded.length) return html`<p class="muted">${i18n.t('ordersTransactionsNone')}</p>`;
    return html`<ul>
      ${loaded.map(
        (transaction) => html`<li class="line">
          <span>${i18n.t('ordersTransaction', { date: transaction.created_at ? i18n.date(transaction.created_at) : '', amount: i18n.money(transaction.amount), gateway: transaction.gateway })}</span>
          <span>${i18n.t(`transactionStatus_${transaction.status}` as MessageKey)}</span>
        </li>`,
      )}
    </ul>`;
  }

  #order(order: Order) {
    const i18n = this.i18n;
    const meta = order.meta ?? {};
    const coupon = typeof meta['coupon_code'] === 'string' ? meta['coupon_code'] : '';
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const pay = order.status === 'pending' && this.payHrefTemplate ? this.payHrefTemplate.replace(/\{id\}/g, encodeURIComponent(order.id)) : '';
    return html`<li part="order" class="order">
      <div class="head">
        <span role="heading" aria-level=${level}><strong>${i18n.t('ordersNumber', { number: order.order_number })}</strong></span>
        <span part="status" class="status status-${order.status}">${i18n.t(`orderStatus_${order.status}` as MessageKey)}</span>
      </div>
      ${order.created_at ? html`<time datetime=${order.created_at}>${i18n.t('ordersPlaced', { date: i18n.date(order.created_at) })}</time>` : nothing}
      <ul part="items" aria-label=${i18n.t('ordersItems')}>
        ${(order.items ?? []).map(
          (item) => html`<li class="line"><span>${item.course?.title ?? `#${item.course_id}`}</span><span>${i18n.money(item.price)}</span></li>`,
        )}
      </ul>
      ${coupon
        ? html`<p class="line muted"><span>${i18n.t('ordersSubtotal')}</span><span>${i18n.money(String(meta['subtotal'] ?? order.total_amount))}</span></p>
            <p class="line muted"><span>${i18n.t('ordersCoupon', { code: coupon })}</span><span>−${i18n.money(String(meta['discount'] ?? 0))}</span></p>`
        : nothing}
      <p part="total" class="line total"><span>${i18n.t('ordersTotal')}</span><span>${i18n.money(order.total_amount)}</span></p>
      ${pay
        ? html`<a part="pay" class="btn pay" href=${pay} aria-label=${i18n.t('ordersPayLabel', { number: order.order_number })}>${i18n.t('ordersPayNow')}</a>`
        : nothing}
      <details part="transactions" @toggle=${(event: Event) => this.#toggle(event, order)}>
        <summary>${i18n.t('ordersTransactions')}</summary>
        ${this.#transactionList(order)}
      </details>
    </li>`;
  }

  #content() {
    const i18n = this.i18n;
    const task = this.#orders;
    const orders = task.value;
    if (task.error && !orders) return errorState(i18n, task.error, () => void task.run());
    if (orders === undefined) return html`<p role="status">${i18n.t('loading')}</p>`;
    if (orders === null) return html`<p part="empty">${i18n.t('ordersSignIn')}</p>`;
    if (!orders.length)
      return html`<div part="empty">
        <p>${i18n.t('ordersEmpty')}</p>
        ${this.catalogHref ? html`<a part="browse" href=${this.catalogHref}>${i18n.t('ordersBrowse')}</a>` : nothing}
      </div>`;
    return html`<ol part="list" class="orders" aria-label=${i18n.t('ordersLabel')}>
      ${orders.map((order) => this.#order(order))}
    </ol>`;
  }

  protected override render() {
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${this.i18n.locale}>${this.#content()}</div>`;
  }
}
