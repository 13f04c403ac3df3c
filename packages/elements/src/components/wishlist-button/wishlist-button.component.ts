import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Course } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { ChangeListener } from '../../internal/listen.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import { CkitWishlistChangeEvent } from '../../events/wishlist-change.js';
import type { MessageKey } from '../../i18n/en.js';
import { sharedStyles } from '../../styles/shared.js';
import { themeStyles } from '../../styles/theme.js';
import { wishlistButtonStyles } from './wishlist-button.styles.js';

const HEART = svg`<path d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8 3.6 4.5 7.1 4.5c2 0 3.6 1.1 4.9 2.9 1.3-1.8 2.9-2.9 4.9-2.9 3.5 0 5.6 3.5 4.4 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"/>`;

/**
 * @tag ckit-wishlist-button
 * @summary A heart toggle that saves a course to the signed-in learner's wishlist. The change
 * shows at once and rolls back if the server refuses; every button and wishlist under the same
 * provider stays in sync.
 * @status stable
 *
 * @event ckit-wishlist-change - The server confirmed an add or remove. `detail: { courseId, wishlisted }`.
 * @event ckit-sign-in-request - A signed-out visitor pressed the button. Cancelable: prevent it to show your own sign-in.
 * @event ckit-error - Loading the wishlist or saving a change failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper of the button and its message.
 * @csspart button - The toggle button (`aria-pressed` tells its state).
 * @csspart icon - The heart icon.
 * @csspart label - The visible label (visually hidden when `compact`).
 * @csspart message - The status line announcing saves, failures and the sign-in hint.
 *
 * @cssproperty --ckit-wishlist-color - Fill of the heart when the course is saved. Defaults to the danger colour.
 *
 * @example
 * ```html
 * <ckit-wishlist-button course-id="42"></ckit-wishlist-button>
 * <ckit-wishlist-button course-id="42" compact></ckit-wishlist-button>
 * ```
 */
export class CkitWishlistButton extends CoursekitElement {
  /** The element's styles: theme tokens first, then shared and component rules. */
  static override styles = [themeStyles, sharedStyles, wishlistButtonStyles];

  /** Id of the course to save. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;

  /** The course, when the page has it: a wishlist list then shows it without another request. */
  @property({ attribute: false }) course?: Course;

  /** Shows the heart only; the label stays available to screen readers. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private message?: { key: MessageKey; error: boolean };

  readonly #wishlist = new ChangeListener(this);

  protected override willUpdate(changed: PropertyValues): void {
    const wishlist = this.store?.wishlist;
    this.#wishlist.follow(wishlist);
    if (changed.has('store') && wishlist?.status === 'idle') {
      wishlist.load().catch((error: unknown) => this.reportError(error, 'wishlist.list'));
    }
  }

  async #toggle(): Promise<void> {
    const wishlist = this.store?.wishlist;
    const courseId = this.courseId ?? this.course?.id;
    if (!wishlist || courseId === undefined || wishlist.isPending(courseId)) return;
    this.message = undefined;
    if (wishlist.status !== 'ready') {
      try {
        await wishlist.load();
      } catch (error) {
        this.message = { key: 'wishlistFailed', error: true };
        return this.reportError(error, 'wishlist.list');
      }
    }
    if (wishlist.status === 'anonymous') {
      if (this.emit(new CkitSignInRequestEvent({ reason: 'wishlist', courseId }))) this.message = { key: 'wishlistSignIn', error: false };
      return;
    }
    const adding = !wishlist.has(courseId);
    try {
      const wishlisted = await wishlist.toggle(courseId, this.course);
      this.message = { key: wishlisted ? 'wishlistSaved' : 'wishlistRemoved', error: false };
      this.emit(new CkitWishlistChangeEvent({ courseId, wishlisted }));
    } catch (error) {
      this.message = { key: 'wishlistFailed', error: true };
      this.reportError(error, adding ? 'wishlist.add' : 'wishlist.remove');
    }
  }

  protected override render() {
    const i18n = this.i18n;
    const courseId = this.courseId ?? this.course?.id;
    const wishlist = this.store?.wishlist;
    const pressed = courseId !== undefined && Boolean(wishlist?.has(courseId));
    const busy = courseId !== undefined && Boolean(wishlist?.isPending(courseId));
    const message = this.message;
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${i18n.locale}>
      <button
        type="button"
        part="button"
        class="toggle"
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        title=${this.compact ? i18n.t('wishlistToggle') : nothing}
        @click=${this.#toggle}
      >
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${HEART}</svg>
        <span part="label" class=${this.compact ? 'sr-only' : ''}>${i18n.t('wishlistToggle')}</span>
      </button>
      <span part="message" class="message ${message?.error ? 'error' : ''}" role="status">${message ? i18n.t(message.key) : ''}</span>
    </div>`;
  }
}
