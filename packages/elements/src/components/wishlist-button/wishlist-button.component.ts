import { property } from 'lit/decorators.js';
import type { Course } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { WishlistToggle } from './wishlist-toggle.js';
import { wishlistButtonStyles } from './wishlist-button.styles.js';

const PARTS = { base: 'base', button: 'button', icon: 'icon', label: 'label', message: 'message' };

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

  readonly #toggle = new WishlistToggle(this, {
    store: () => this.store,
    course: () => ({ id: this.courseId ?? this.course?.id, course: this.course }),
    i18n: () => this.i18n,
    emit: (event) => this.emit(event),
    reportError: (error, operation) => this.reportError(error, operation),
    messageDuration: () => this.messageDuration,
    enabled: () => true,
  });

  protected override render() {
    return this.#toggle.render({ compact: this.compact, parts: PARTS, className: this.rootClass, dir: this.direction, lang: this.i18n.locale });
  }
}
