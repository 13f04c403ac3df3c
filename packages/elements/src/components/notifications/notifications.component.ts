import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Notification } from '@coursekit/sdk';
import { startingWith } from '../../data/query-key.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Localizer } from '../../i18n/localizer.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorState } from '../../internal/templates.js';
import { feedQuery, markRead } from './notifications-data.js';
import { notificationsStyles } from './notifications.styles.js';
import { notificationsMessages } from './notifications.messages.js';

/** The longest wait between two polls, after repeated failures. */
const MAX_DELAY = 300_000;
const BELL = svg`<path d="M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.8V3a1.5 1.5 0 0 0-3 0v1.2A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/>`;
const TYPES = 'course_enrolled course_completed certificate_issued order_paid order_refunded course_published review_posted'.split(' ');

/** A notification in words: "Your certificate for Rust for Systems Programmers is ready." */
function describe(i18n: Localizer, { type, data }: Notification): string {
  const value = (name: string) => String(data?.[name] ?? '');
  return i18n.t(`notification_${TYPES.includes(type) ? type : 'other'}` as MessageKey, {
    course: value('course_title'),
    number: value('order_number'),
    amount: data?.['total_amount'] == null ? '' : i18n.money(value('total_amount')),
    rating: value('rating'),
  });
}

/**
 * @tag ckit-notifications
 * @summary A bell with the signed-in user's unread count, and their notifications in a native
 * popover (above every stacking context of the page): each in words, mark one or all as read.
 * Polls while the page is visible, backs off after failures, pauses while hidden.
 * @status experimental
 *
 * Renders nothing for a visitor.
 *
 * @event {CkitErrorEvent} ckit-error - Loading or marking notifications failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper of the bell and the popover.
 * @csspart button - The bell; its accessible name carries the unread count.
 * @csspart badge - The unread count on the bell.
 * @csspart panel - The popover with the list.
 * @csspart title - The popover's heading.
 * @csspart mark-all - The "Mark all as read" button.
 * @csspart list - The list of notifications.
 * @csspart item - One notification (`unread` ones have the class `unread`).
 * @csspart mark-read - A notification's "Mark as read" button.
 *
 * @cssproperty --ckit-notifications-badge-color - Background of the unread count. Defaults to the danger colour.
 *
 * @example
 * ```html
 * <ckit-notifications poll-interval="60"></ckit-notifications>
 * ```
 */
export class CkitNotifications extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = notificationsStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = notificationsMessages;

  /**
   * Seconds between two checks while the page is visible; doubled after each failure, up to five minutes.
   * @default 30
   */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30;

  /** How many of the newest notifications the list shows. */
  @property({ type: Number }) limit = 20;

  @state() private announcement = '';

  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay = 0;
  /** The newest notification seen, per user: newer unread ones are announced. */
  #seen: [user: number, id: number] | undefined;
  /** What to focus after the next render. */
  #focus: string | undefined;
  #stopListening: (() => void) | undefined;

  readonly #feed = this.createTask('notifications.list', () => [this.limit], async ([limit], { read }) => {
    const feed = await read(feedQuery(limit));
    const user = feed?.items[0]?.user_id;
    if (user !== undefined) {
      const seen = this.#seen?.[0] === user ? this.#seen[1] : undefined;
      const fresh = seen === undefined ? [] : feed!.items.filter((item) => item.id > seen && !item.read);
      if (fresh.length) this.announcement = `${this.i18n.t('notificationsNew', { count: fresh.length })}: ${fresh.map((item) => describe(this.i18n, item)).join(' ')}`;
      this.#seen = [user, Math.max(seen ?? 0, ...feed!.items.map((item) => item.id))];
    }
    return feed;
  });

  readonly #mark = this.createAction('notifications.markRead', ([id]: [number | undefined], { mutate }) => mutate(markRead, id));

  readonly #onVisibility = (): void => {
    clearTimeout(this.#timer);
    if (!document.hidden) void this.#poll();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store')) {
      this.#stopListening?.();
      // Another change to the user's data (a course completed, an order paid) may have notified them: look at once.
      this.#stopListening = this.store?.onInvalidate((dropped) => {
        if ([...dropped].some((hash) => hash.startsWith('["me",') && !hash.startsWith('["me","notifications"'))) queueMicrotask(() => this.#refresh());
      });
    }
  }

  #refresh(): void {
    this.store?.invalidate(startingWith('me', 'notifications'));
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#delay ||= this.pollInterval * 1000;
    if (!document.hidden) this.#timer = setTimeout(() => void this.#poll(), this.#delay);
  }

  async #poll(): Promise<void> {
    if (!this.isConnected) return;
    let failed = false;
    if (this.store?.maySignIn) {
      this.#refresh();
      // A failed load left nothing in the cache to drop: run again directly.
      if (this.#feed.status !== TaskStatus.PENDING) void this.#feed.run();
      failed = await this.#feed.taskComplete.then(
        () => false,
        () => true,
      );
    }
    this.#delay = failed ? Math.min(this.#delay * 2, MAX_DELAY) : this.pollInterval * 1000;
    this.#schedule();
  }

  async #markRead(id?: number): Promise<void> {
    const all = id === undefined;
    await this.#mark.run(id);
    if (this.#mark.error) return;
    this.announcement = this.i18n.t(all ? 'notificationsAllRead' : 'notificationsMarkedRead');
    // The pressed button goes away: focus stays in the list (the item, or the heading).
    this.#focus = all ? 'title' : `n-${id}`;
  }

  /** Places the popover under the bell, aligned to its end edge. */
  #place(event: ToggleEvent): void {
    if (event.newState !== 'open') return;
    const box = this.shadowRoot!.querySelector('.bell')!.getBoundingClientRect();
    const style = (event.target as HTMLElement).style;
    style.setProperty('top', `${box.bottom + 6}px`);
    style.setProperty('inset-inline-end', `${this.direction === 'rtl' ? box.left : document.documentElement.clientWidth - box.right}px`);
  }

  #list() {
    const i18n = this.i18n;
    const task = this.#feed;
    const feed = task.value;
    if (!feed) return task.error ? errorState(i18n, task.error, () => void task.run()) : html`<p role="status">${i18n.t('loading')}</p>`;
    if (!feed.items.length) return html`<p>${i18n.t('notificationsEmpty')}</p>`;
    // Compact templates: the element's budget counts their whitespace.
    return html`<ul part="list">${feed.items.map(
      (item) =>
        html`<li part="item" id="n-${item.id}" tabindex="-1" class=${item.read ? '' : 'unread'}><p id="t-${item.id}">${item.read ? nothing : html`<span class="sr-only">${i18n.t('notificationsUnread')}</span> `}${describe(i18n, item)}</p><time datetime=${item.created_at ?? ''}>${item.created_at ? i18n.date(item.created_at) : ''}</time>${item.read
          ? nothing
          : html`<button part="mark-read" class="btn-link" type="button" aria-describedby="t-${item.id}" @click=${() => this.#markRead(item.id)}>${i18n.t('notificationsMarkRead')}</button>`}</li>`,
    )}</ul>`;
  }

  protected override render() {
    const i18n = this.i18n;
    const feed = this.#feed.value;
    // A visitor has no notifications: nothing to show. Nor while the first answer is awaited: most
    // first views are a visitor's, and a bell that shows, then goes, shifts the host's header.
    if (feed === null || !this.store?.maySignIn || (feed === undefined && this.#feed.status !== TaskStatus.ERROR)) return nothing;
    const unread = feed?.unread ?? 0;
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${i18n.locale}><button part="button" class="bell" type="button" popovertarget="panel" aria-label=${i18n.t('notificationsLabel', { count: unread })}><svg viewBox="0 0 24 24" aria-hidden="true">${BELL}</svg>${unread ? html`<span part="badge" class="badge" aria-hidden="true">${unread > 99 ? '99+' : i18n.number(unread)}</span>` : nothing}</button><div part="panel" id="panel" class="panel" popover role="dialog" aria-labelledby="title" @toggle=${this.#place}><div class="head"><h2 part="title" id="title" tabindex="-1">${i18n.t('notificationsTitle')}</h2>${unread ? html`<button part="mark-all" class="btn-link" type="button" @click=${() => this.#markRead()}>${i18n.t('notificationsMarkAll')}</button>` : nothing}</div>${this.#list()}</div><p class="sr-only" role="status">${this.announcement}</p></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focus && this.shadowRoot!.getElementById(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }
}
