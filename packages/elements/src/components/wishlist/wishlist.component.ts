import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Course } from '@coursekit/sdk';
import { course as courseQuery } from '../../data/queries.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { requestNavigation } from '../../internal/navigation.js';
import { courseHref, isFree } from '../../internal/course-view.js';
import { ChangeListener } from '../../internal/listen.js';
import { courseThumbnail, errorState } from '../../internal/templates.js';
import { CkitWishlistChangeEvent } from '../../events/wishlist-change.js';
import { wishlistStyles } from './wishlist.styles.js';
import { removeMessages } from '../../i18n/shared.messages.js';
import { wishlistMessages } from './wishlist.messages.js';

/**
 * @tag ckit-wishlist
 * @summary The signed-in learner's wishlist: each saved course with a link and a remove
 * button. Stays in sync with every `<ckit-wishlist-button>` under the same provider; removal
 * is optimistic and rolls back when the server refuses.
 * @status stable
 *
 * @event ckit-wishlist-change - The server confirmed a removal made here. `detail: { courseId, wishlisted: false }`.
 * @event ckit-navigate-request - The user follows a course link. Cancelable.
 * @event ckit-error - The wishlist, a course or a removal failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of saved courses.
 * @csspart item - Each saved course.
 * @csspart image - A course's thumbnail.
 * @csspart title - A course's title.
 * @csspart link - The title link.
 * @csspart price - A course's price.
 * @csspart remove-button - A course's remove button.
 * @csspart message - Announces removals and failures.
 * @csspart empty - The empty state.
 * @csspart sign-in - Shown to a signed-out visitor.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-wishlist href-template="/courses/{slug}"></ckit-wishlist>
 * ```
 */
export class CkitWishlist extends CoursekitElement {
  /** The list's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = wishlistStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [wishlistMessages, removeMessages];

  /** Link of each course, e.g. `/courses/{slug}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  @state() private message?: { text: string; error: boolean };

  readonly #wishlist = new ChangeListener(this);
  /** Courses fetched for entries that arrived without one (added by a button that had only an id). */
  readonly #fetched = new Map<number, Course | 'loading'>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const wishlist = this.store?.wishlist;
    this.#wishlist.follow(wishlist);
    if (changed.has('store')) this.#fetched.clear();
    // Idle before the first load and again after the session changed.
    if (wishlist?.status === 'idle') this.#load();
    for (const [courseId, course] of wishlist?.entries() ?? []) if (!course && !this.#fetched.has(courseId)) this.#fetchCourse(courseId);
  }

  #load(): void {
    this.store?.wishlist.load().catch((error: unknown) => this.reportError(error, 'wishlist.list'));
  }

  #fetchCourse(courseId: number): void {
    const store = this.store;
    if (!store) return;
    this.#fetched.set(courseId, 'loading');
    store.read(courseQuery(courseId)).then(
      (course) => {
        if (store === this.store) this.#fetched.set(courseId, course);
        this.requestUpdate();
      },
      (error: unknown) => this.reportError(error, 'course.retrieve'),
    );
  }

  async #remove(course: Course): Promise<void> {
    const wishlist = this.store?.wishlist;
    if (!wishlist || wishlist.isPending(course.id)) return;
    const i18n = this.i18n;
    // The row is about to disappear with the focus in it: keep focus in the list.
    this.shadowRoot?.querySelector<HTMLElement>('[part="list"]')?.focus();
    try {
      await wishlist.toggle(course.id, course);
      this.message = { text: `${course.title}: ${i18n.t('wishlistRemoved')}`, error: false };
      this.emit(new CkitWishlistChangeEvent({ courseId: course.id, wishlisted: false }));
    } catch (error) {
      this.message = { text: i18n.t('wishlistFailed'), error: true };
      this.reportError(error, 'wishlist.remove');
    }
  }

  protected override render() {
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${this.i18n.locale}>
      ${this.#renderBody()}
      <p part="message" class="sr-only" role="status">${this.message?.text ?? ''}</p>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const i18n = this.i18n;
    const wishlist = this.store?.wishlist;
    if (!wishlist || wishlist.status === 'idle' || wishlist.status === 'loading') {
      return html`<div part="skeleton" aria-busy="true">
        <span class="skeleton skeleton-row"></span><span class="sr-only">${i18n.t('loading')}</span>
      </div>`;
    }
    if (wishlist.status === 'anonymous') return html`<p part="sign-in" class="state panel">${i18n.t('wishlistSignInToSee')}</p>`;
    if (wishlist.status === 'error') return errorState(i18n, wishlist.error, () => this.#load());
    const entries = wishlist.entries();
    if (!entries.length) return html`<p part="empty" class="state panel">${i18n.t('wishlistEmpty')}</p>`;
    const courses = entries.map(([courseId, course]) => course ?? this.#fetched.get(courseId)).filter((course): course is Course => typeof course === 'object');
    return html`${this.message?.error ? html`<p class="notice error" aria-hidden="true">${this.message.text}</p>` : nothing}
      <ul part="list" class="list" tabindex="-1" aria-label=${i18n.t('wishlistTitle')}>
        ${courses.map((course) => this.#renderItem(course))}
      </ul>`;
  }

  #renderItem(course: Course): TemplateResult {
    const i18n = this.i18n;
    const href = courseHref(this.hrefTemplate, course);
    return html`<li part="item" class="item panel">
      <div class="thumb">${courseThumbnail(course)}</div>
      <span part="title" class="title">
        ${href
          ? html`<a part="link" class="stretched-link" href=${href} @click=${(event: MouseEvent) => requestNavigation(this, event, href, course)}>${course.title}</a>`
          : course.title}
      </span>
      <div class="meta">
        <span part="price" class="price">${isFree(course.price) ? i18n.t('free') : i18n.money(course.price)}</span>
        <button
          type="button"
          part="remove-button"
          class="btn btn-secondary remove"
          aria-label=${i18n.t('wishlistRemoveCourse', { title: course.title })}
          @click=${() => this.#remove(course)}
        >
          ${i18n.t('remove')}
        </button>
      </div>
    </li>`;
  }
}
