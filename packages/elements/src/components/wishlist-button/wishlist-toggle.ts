/**
 * The heart toggle's state and template, shared by `<ckit-wishlist-button>` and the card (which
 * renders the heart in its own shadow root instead of nesting a button element per card).
 *
 * It lives in the button's folder, next to its styles, rather than in `controllers/`: the CDN
 * build puts a component folder's shared code in that component's chunk, which only pages with a
 * heart load, while library code that three or more elements use goes into the core every page
 * loads (1 KB gzipped of it was this file).
 *
 * @module
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Course } from '@coursekit/sdk';
import type { CoursekitStore } from '../../data/store.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import { CkitWishlistChangeEvent } from '../../events/wishlist-change.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Localizer } from '../../i18n/localizer.js';
import { ChangeListener } from '../../internal/listen.js';

const HEART = svg`<path d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8 3.6 4.5 7.1 4.5c2 0 3.6 1.1 4.9 2.9 1.3-1.8 2.9-2.9 4.9-2.9 3.5 0 5.6 3.5 4.4 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"/>`;

/** What the toggle reads from its element. */
export interface WishlistToggleSource {
  /** The provider's store, when there is one. */
  store(): CoursekitStore | undefined;
  /** The course to save, and its id. */
  course(): { id: number | undefined; course: Course | undefined };
  /** Messages in the element's language. */
  i18n(): Localizer;
  /** Dispatches an event from the element; `false` when a listener prevented it. */
  emit(event: Event): boolean;
  /** Reports a failure as `ckit-error`. */
  reportError(error: unknown, operation: string): void;
  /** How long a message stays, in ms (`0`: until the next press). */
  messageDuration(): number;
  /** Whether the toggle is shown at all (no wishlist request otherwise). */
  enabled(): boolean;
}

/** The `part` names of the toggle's regions. */
export interface WishlistToggleParts {
  base: string;
  button: string;
  icon: string;
  label: string;
  message: string;
}

/**
 * The wishlist toggle: follows the store's wishlist (loading it once when shown), toggles
 * optimistically, asks a signed-out visitor to sign in (remembering the intent), and shows a
 * transient status message that stays while hovered or focused from the keyboard.
 */
export class WishlistToggle implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: WishlistToggleSource;
  #message: { key: MessageKey; error: boolean } | undefined;
  /** The heart was just filled by a press: it pops once. */
  #popping = false;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #hovered = false;
  // The wishlist changes for every card at once (loading, loaded, another course saved): only a
  // change of this course's state renders this element again.
  readonly #wishlist: ChangeListener;
  /** What the last render showed for the course: `saved busy`. */
  #shown = '';

  #state(): string {
    const { id } = this.#source.course();
    const wishlist = this.#source.store()?.wishlist;
    return id === undefined || !wishlist ? '' : `${wishlist.has(id)} ${wishlist.isPending(id)}`;
  }

  constructor(host: ReactiveControllerHost & HTMLElement, source: WishlistToggleSource) {
    this.#host = host;
    this.#source = source;
    this.#wishlist = new ChangeListener(host, () => {
      if (this.#state() !== this.#shown) host.requestUpdate();
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#hideMessage();
  }

  hostUpdate(): void {
    const wishlist = this.#source.enabled() ? this.#source.store()?.wishlist : undefined;
    this.#wishlist.follow(wishlist);
    // Idle before the first load and again after the session changed.
    if (wishlist?.status === 'idle') wishlist.load().catch((error: unknown) => this.#source.reportError(error, 'wishlist.list'));
  }

  async #toggle(): Promise<void> {
    const store = this.#source.store();
    const wishlist = store?.wishlist;
    const { id: courseId, course } = this.#source.course();
    if (!store || !wishlist || courseId === undefined || wishlist.isPending(courseId)) return;
    this.#hideMessage();
    this.#setPopping(false);
    if (wishlist.status !== 'ready') {
      try {
        await wishlist.load();
      } catch (error) {
        this.#showMessage('wishlistFailed', true);
        return this.#source.reportError(error, 'wishlist.list');
      }
    }
    if (wishlist.status === 'anonymous') {
      // Remembered by the store: signing in on this page saves the course without a second press.
      const intent = { action: 'wishlist-add', courseId } as const;
      store.rememberIntent(intent);
      if (this.#source.emit(new CkitSignInRequestEvent({ reason: 'wishlist', courseId, intent }))) this.#showMessage('wishlistSignIn');
      return;
    }
    const adding = !wishlist.has(courseId);
    this.#setPopping(adding);
    try {
      const wishlisted = await wishlist.toggle(courseId, course);
      this.#showMessage(wishlisted ? 'wishlistSaved' : 'wishlistRemoved');
      this.#source.emit(new CkitWishlistChangeEvent({ courseId, wishlisted }));
    } catch (error) {
      this.#showMessage('wishlistFailed', true);
      this.#source.reportError(error, adding ? 'wishlist.add' : 'wishlist.remove');
    }
  }

  #setPopping(popping: boolean): void {
    if (this.#popping === popping) return;
    this.#popping = popping;
    this.#host.requestUpdate();
  }

  #showMessage(key: MessageKey, error = false): void {
    this.#message = { key, error };
    this.#host.requestUpdate();
    this.#startHideTimer();
  }

  #hideMessage(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    if (!this.#message) return;
    this.#message = undefined;
    this.#host.requestUpdate();
  }

  #startHideTimer(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    const duration = this.#source.messageDuration();
    if (!this.#message || duration <= 0) return;
    this.#hideTimer = setTimeout(() => {
      this.#hideTimer = undefined;
      // Held while being read; released by pointerleave or focusout, which start the timer again.
      if (!this.#held()) {
        this.#message = undefined;
        this.#host.requestUpdate();
      }
    }, duration);
  }

  #held(): boolean {
    return this.#hovered || Boolean(this.#host.shadowRoot?.querySelector('.toggle:focus-visible'));
  }

  readonly #release = (): void => {
    if (this.#message && !this.#hideTimer) this.#startHideTimer();
  };

  readonly #onClick = (): void => void this.#toggle();

  readonly #onPointerEnter = (): void => {
    this.#hovered = true;
  };

  readonly #onPointerLeave = (): void => {
    this.#hovered = false;
    this.#release();
  };

  readonly #onAnimationEnd = (): void => this.#setPopping(false);

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#message) return;
    // Only an Escape that hid something is ours; otherwise a dialog around the button gets it.
    event.stopPropagation();
    this.#hideMessage();
  };

  /**
   * The toggle: a button whose label says what a press does ("Save to wishlist", "Remove from
   * wishlist") and a live region for its messages. `compact` shows the heart only and the
   * message as a bubble above it.
   */
  render(options: { compact: boolean; parts: WishlistToggleParts; className?: string; dir?: string; lang?: string }): TemplateResult {
    const { compact, parts } = options;
    const i18n = this.#source.i18n();
    const { id: courseId } = this.#source.course();
    const wishlist = this.#source.store()?.wishlist;
    const saved = courseId !== undefined && Boolean(wishlist?.has(courseId));
    const busy = courseId !== undefined && Boolean(wishlist?.isPending(courseId));
    this.#shown = this.#state();
    // The label names the action, so the state is not also exposed with aria-pressed (WAI-ARIA APG, toggle buttons).
    const label = i18n.t(saved ? 'wishlistUnsave' : 'wishlistToggle');
    const message = this.#message;
    return html`<div part=${parts.base} class="wishlist-toggle ${compact ? 'compact' : ''} ${options.className ?? ''}" dir=${options.dir ?? nothing} lang=${options.lang ?? nothing} @pointerenter=${this.#onPointerEnter} @pointerleave=${this.#onPointerLeave}>
      <button
        type="button"
        part=${parts.button}
        class="toggle ${saved ? 'saved' : ''} ${saved && this.#popping ? 'pop' : ''}"
        aria-busy=${busy ? 'true' : 'false'}
        title=${compact ? label : nothing}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
        @focusout=${this.#release}
        @animationend=${this.#onAnimationEnd}
      >
        <svg part=${parts.icon} class="icon" viewBox="0 0 24 24" aria-hidden="true">${HEART}</svg>
        <span part=${parts.label} class=${compact ? 'sr-only' : ''}>${label}</span>
      </button>
      <span part=${parts.message} class="message ${message ? 'shown' : ''} ${message?.error ? 'error' : ''}" role="status">${message ? i18n.t(message.key) : ''}</span>
    </div>`;
  }
}
