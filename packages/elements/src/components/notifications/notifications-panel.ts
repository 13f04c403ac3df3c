/**
 * Everything `<ckit-notifications>` needs once somebody is signed in: the feed's requests, the
 * bell and its popover, the words for each kind of notification, their English messages and the
 * rules. Loaded with `import()` after the session says who is there (or to show an error), so a
 * visitor's page, where the element renders nothing, does not download it.
 *
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Notification } from '@coursekit/sdk';
import type { MessageKey } from '../../i18n/en.js';
import type { Localizer } from '../../i18n/localizer.js';
import { registerEnglishDefaults } from '../../i18n/messages.js';
import { errorState } from '../../internal/templates.js';
import type { NotificationFeed } from './notifications-data.js';
import { notificationsMessages } from './notifications.messages.js';

export { feedQuery, markRead } from './notifications-data.js';
export { notificationsPanelStyles } from './notifications-panel.styles.js';
export { iconButtonStyles } from '../../styles/icon-button.js';

registerEnglishDefaults(notificationsMessages);

const BELL = svg`<path d="M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.8V3a1.5 1.5 0 0 0-3 0v1.2A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/>`;
const TYPES = 'course_enrolled course_completed certificate_issued order_paid order_refunded course_published review_posted'.split(' ');

/** A notification in words: "Your certificate for Rust for Systems Programmers is ready." */
export function describe(i18n: Localizer, { type, data }: Notification): string {
  const value = (name: string) => String(data?.[name] ?? '');
  return i18n.t(`notification_${TYPES.includes(type) ? type : 'other'}` as MessageKey, {
    course: value('course_title'),
    number: value('order_number'),
    amount: data?.['total_amount'] == null ? '' : i18n.money(value('total_amount')),
    rating: value('rating'),
  });
}

/** What the bell and its popover show, and what they do. */
export interface PanelView {
  readonly i18n: Localizer;
  /** The feed, once loaded (`undefined` while it loads or after it failed). */
  readonly feed: NotificationFeed | undefined;
  /** Why the feed could not be loaded, if it could not. */
  readonly error: unknown;
  readonly retry: () => void;
  /** Polite status text: new notifications, "Marked as read." */
  readonly announcement: string;
  readonly rootClass: string;
  readonly direction: 'ltr' | 'rtl';
  /** Marks one notification read, or every one (`undefined`). */
  readonly markRead: (id?: number) => void;
}

function list({ i18n, feed, error, retry, markRead }: PanelView): TemplateResult {
  if (!feed) return error ? errorState(i18n, error, retry) : html`<p role="status">${i18n.t('loading')}</p>`;
  if (!feed.items.length) return html`<p>${i18n.t('notificationsEmpty')}</p>`;
  // Compact templates: the element's budget counts their whitespace.
  return html`<ul part="list">${feed.items.map(
    (item) =>
      html`<li part="item" id="n-${item.id}" tabindex="-1" class=${item.read ? '' : 'unread'}><p id="t-${item.id}">${item.read ? nothing : html`<span class="sr-only">${i18n.t('notificationsUnread')}</span> `}${describe(i18n, item)}</p><time datetime=${item.created_at ?? ''}>${item.created_at ? i18n.date(item.created_at) : ''}</time>${item.read
        ? nothing
        : html`<button part="mark-read" class="btn-link" type="button" aria-describedby="t-${item.id}" @click=${() => markRead(item.id)}>${i18n.t('notificationsMarkRead')}</button>`}</li>`,
  )}</ul>`;
}

/** Places the popover under the bell, aligned to its end edge. */
function place(event: ToggleEvent, direction: 'ltr' | 'rtl'): void {
  const popover = event.target as HTMLElement;
  if (event.newState !== 'open') return;
  const box = (popover.getRootNode() as ShadowRoot).querySelector('.bell')!.getBoundingClientRect();
  popover.style.setProperty('top', `${box.bottom + 6}px`);
  popover.style.setProperty('inset-inline-end', `${direction === 'rtl' ? box.left : document.documentElement.clientWidth - box.right}px`);
}

/** The bell with the unread count, and the popover with the list. */
export function bellAndPanel(view: PanelView): TemplateResult {
  const { i18n, direction, markRead } = view;
  const unread = view.feed?.unread ?? 0;
  return html`<div part="base" class=${view.rootClass} dir=${direction} lang=${i18n.locale}><button part="button" class="icon-button bell" type="button" popovertarget="panel" aria-label=${i18n.t('notificationsLabel', { count: unread })}><svg viewBox="0 0 24 24" aria-hidden="true">${BELL}</svg>${unread ? html`<span part="badge" class="count-badge" aria-hidden="true">${unread > 99 ? '99+' : i18n.number(unread)}</span>` : nothing}</button><div part="panel" id="panel" class="panel" popover role="dialog" aria-labelledby="title" @toggle=${(event: ToggleEvent) => place(event, direction)}><div class="head"><h2 part="title" id="title" tabindex="-1">${i18n.t('notificationsTitle')}</h2>${unread ? html`<button part="mark-all" class="btn-link" type="button" @click=${() => markRead()}>${i18n.t('notificationsMarkAll')}</button>` : nothing}</div>${list(view)}</div><p class="sr-only" role="status">${view.announcement}</p></div>`;
}
