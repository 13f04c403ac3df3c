import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Course } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { ChangeListener } from '../../internal/listen.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import { CkitWishlistChangeEvent } from '../../events/wishlist-change.js';
import type { MessageKey } from '../../i18n/en.js';
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
 * @csspart button - The toggle button. Its label says what a press does: "Save to wishlist", or "Remove from wishlist" once saved.
 * @csspart icon - The heart icon, filled once the course is saved.
 * @csspart label - The visible label (visually hidden when `compact`).
 * @csspart message - The live region announcing saves, failures and the sign-in hint, shown for `message-duration` ms (a bubble above the heart when `compact`).
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
  /** The button's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = wishlistButtonStyles;

  /** Id of the course to save. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;

  /** The course, when the page has it: a wishlist list then shows it without another request. */
  @property({ attribute: false }) course?: Course;

  /** Shows the heart only; the label stays available to screen readers. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * How long a status message stays on screen in milliseconds (`0`: until the next press), longer while hovered or focused from the keyboard; Escape hides it.
   * @default 4000
   */
  @property({ attribute: 'message-duration', type: Number }) messageDuration = 4000;

  @state() private message?: { key: MessageKey; error: boolean };
  /** The heart was just filled by a press on this button: it pops once. */
  @state() private popping = false;

  readonly #wishlist = new ChangeListener(this);
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #hovered = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hideMessage();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const wishlist = this.store?.wishlist;
    this.#wishlist.follow(wishlist);
    // Idle before the first load and again after the session changed.
    if (wishlist?.status === 'idle') {
      wishlist.load().catch((error: unknown) => this.reportError(error, 'wishlist.list'));
    }
  }

  async #toggle(): Promise<void> {
    const wishlist = this.store?.wishlist;
    const courseId = this.courseId ?? this.course?.id;
    if (!wishlist || courseId === undefined || wishlist.isPending(courseId)) return;
    this.#hideMessage();
    this.popping = false;
    if (wishlist.status !== 'ready') {
      try {
        await wishlist.load();
      } catch (error) {
        this.#showMessage('wishlistFailed', true);
        return this.reportError(error, 'wishlist.list');
      }
    }
    if (wishlist.status === 'anonymous') {
      // Remembered by the store: signing in on this page saves the course without a second press.
      const intent = { action: 'wishlist-add', courseId } as const;
      this.store?.rememberIntent(intent);
      if (this.emit(new CkitSignInRequestEvent({ reason: 'wishlist', courseId, intent }))) this.#showMessage('wishlistSignIn');
      return;
    }
    const adding = !wishlist.has(courseId);
    this.popping = adding;
    try {
      const wishlisted = await wishlist.toggle(courseId, this.course);
      this.#showMessage(wishlisted ? 'wishlistSaved' : 'wishlistRemoved');
      this.emit(new CkitWishlistChangeEvent({ courseId, wishlisted }));
    } catch (error) {
      this.#showMessage('wishlistFailed', true);
      this.reportError(error, adding ? 'wishlist.add' : 'wishlist.remove');
    }
  }

  #showMessage(key: MessageKey, error = false): void {
    this.message = { key, error };
    this.#startHideTimer();
  }

  #hideMessage(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    this.message = undefined;
  }

  #startHideTimer(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    if (!this.message || this.messageDuration <= 0) return;
    this.#hideTimer = setTimeout(() => {
      this.#hideTimer = undefined;
      // Held while being read; released by pointerleave or focusout, which start the timer again.
      if (!this.#held()) this.message = undefined;
    }, this.messageDuration);
  }

  #held(): boolean {
    return this.#hovered || Boolean(this.shadowRoot?.querySelector('.toggle:focus-visible'));
  }

  #release(): void {
    if (this.message && !this.#hideTimer) this.#startHideTimer();
  }

  readonly #onPointerEnter = (): void => {
    this.#hovered = true;
  };

  readonly #onPointerLeave = (): void => {
    this.#hovered = false;
    this.#release();
  };

  readonly #onAnimationEnd = (): void => {
    this.popping = false;
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.message) return;
    // Only an Escape that hid something is ours; otherwise a dialog around the button gets it.
    event.stopPropagation();
    this.#hideMessage();
  };

  protected override render() {
    const i18n = this.i18n;
    const courseId = this.courseId ?? this.course?.id;
    const wishlist = this.store?.wishlist;
    const saved = courseId !== undefined && Boolean(wishlist?.has(courseId));
    const busy = courseId !== undefined && Boolean(wishlist?.isPending(courseId));
    // The label names the action, so the state is not also exposed with aria-pressed (WAI-ARIA APG, toggle buttons).
    const label = i18n.t(saved ? 'wishlistUnsave' : 'wishlistToggle');
    const message = this.message;
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${i18n.locale} @pointerenter=${this.#onPointerEnter} @pointerleave=${this.#onPointerLeave}>
      <button
        type="button"
        part="button"
        class="toggle ${saved ? 'saved' : ''} ${saved && this.popping ? 'pop' : ''}"
        aria-busy=${busy ? 'true' : 'false'}
        title=${this.compact ? label : nothing}
        @click=${this.#toggle}
        @keydown=${this.#onKeyDown}
        @focusout=${this.#release}
        @animationend=${this.#onAnimationEnd}
      >
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${HEART}</svg>
        <span part="label" class=${this.compact ? 'sr-only' : ''}>${label}</span>
      </button>
      <span part="message" class="message ${message ? 'shown' : ''} ${message?.error ? 'error' : ''}" role="status">${message ? i18n.t(message.key) : ''}</span>
    </div>`;
  }
}
