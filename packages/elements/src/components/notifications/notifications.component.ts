import { adoptStyles, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { session } from '../../data/queries.js';
import { startingWith } from '../../data/query-key.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';

/** The longest wait between two polls, after repeated failures. */
const MAX_DELAY = 300_000;

type Panel = typeof import('./notifications-panel.js');

/**
 * @tag ckit-notifications
 * @summary A bell with the signed-in user's unread count, and their notifications in a native
 * popover (above every stacking context of the page): each in words, mark one or all as read.
 * Polls while the page is visible, backs off after failures, pauses while hidden.
 * @status experimental
 *
 * Renders nothing for a visitor, whose page does not download the bell's and the list's code: it
 * loads once the session says somebody is signed in.
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
  static override styles = css`
    :host {
      display: inline-block;
    }
  `;
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
  #stopListening: (() => void) | undefined;
  /** The signed-in part's code (`notifications-panel.ts`), once imported: never for a visitor. */
  #panel: Panel | undefined;

  readonly #feed = this.createTask('notifications.list', () => [this.limit], async ([limit], { read }) => {
    let feed;
    try {
      // A visitor has none, and never loads the code that shows them.
      if (!(await read(session))) return null;
      feed = await read((await this.#loadPanel()).feedQuery(limit));
    } catch (error) {
      // The popover shows the error, once its code is here.
      this.#loadPanel().catch(() => undefined);
      throw error;
    }
    const user = feed?.items[0]?.user_id;
    if (user !== undefined) {
      const seen = this.#seen?.[0] === user ? this.#seen[1] : undefined;
      const fresh = seen === undefined ? [] : feed!.items.filter((item) => item.id > seen && !item.read);
      const describe = this.#panel!.describe;
      if (fresh.length) this.announcement = `${this.i18n.t('notificationsNew', { count: fresh.length })}: ${fresh.map((item) => describe(this.i18n, item)).join(' ')}`;
      this.#seen = [user, Math.max(seen ?? 0, ...feed!.items.map((item) => item.id))];
    }
    return feed;
  });

  readonly #mark = this.createAction('notifications.markRead', ([id]: [number | undefined], { mutate }) => mutate(this.#panel!.markRead, id));

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

  /** Imports the signed-in part once, then renders with it and its rules. */
  async #loadPanel(): Promise<Panel> {
    // The browser imports a module once; a later call gets the same one (or retries a failed fetch).
    const panel = await import('./notifications-panel.js');
    if (!this.#panel) {
      this.#panel = panel;
      const styles = (this.constructor as typeof CkitNotifications).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...styles, panel.iconButtonStyles, panel.notificationsPanelStyles]);
      this.requestUpdate();
    }
    return panel;
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
    // The pressed button goes away: the base class keeps focus in the list, on the item (or, for
    // "Mark all", the heading), both focusable with tabindex="-1".
  }

  protected override render() {
    const panel = this.#panel;
    const task = this.#feed;
    const feed = task.value;
    // A visitor has no notifications: nothing to show. Nor while the first answer is awaited: most
    // first views are a visitor's, and a bell that shows, then goes, shifts the host's header.
    if (!panel || feed === null || !this.store?.maySignIn || (feed === undefined && task.status !== TaskStatus.ERROR)) return nothing;
    return panel.bellAndPanel({
      i18n: this.i18n,
      feed,
      error: task.error,
      retry: () => void task.run(),
      announcement: this.announcement,
      rootClass: this.rootClass,
      direction: this.direction,
      markRead: (id) => void this.#markRead(id),
    });
  }
}
