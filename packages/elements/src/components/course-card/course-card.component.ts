import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Course } from '@coursekit/sdk';
import { CkitCourseLoadEvent } from '../../events/course-load.js';
import { course as courseQuery, curriculum, enrollments, isActiveEnrollment, progress } from '../../data/queries.js';
import { CoursekitElement, type TaskContext } from '../../internal/coursekit-element.js';
import { MissingCourseError } from '../../internal/errors.js';
import { styleProps } from '../../internal/style-props.js';
import { requestNavigation } from '../../internal/navigation.js';
import { CkitAddToCartEvent } from '../../events/add-to-cart.js';
import { courseHref, courseImage, instructorNames, isFree } from '../../internal/course-view.js';
import { courseThumbnail, errorState, progressBar, stars } from '../../internal/templates.js';
import { progressStyles } from '../../styles/progress.js';
import { starStyles } from '../../styles/stars.js';
import { WishlistToggle } from '../wishlist-button/wishlist-toggle.js';
import { wishlistToggleStyles } from '../wishlist-button/wishlist-button.styles.js';
import { courseCardStyles } from './course-card.styles.js';

const WISHLIST_PARTS = { base: 'wishlist-toggle', button: 'wishlist', icon: 'wishlist-icon', label: 'wishlist-label', message: 'wishlist-message' };

/** What the card adds for the signed-in learner and on request. */
interface CardExtras {
  progress?: number | undefined;
  hasPreview?: boolean | undefined;
}

/**
 * @tag ckit-course-card
 * @summary A course at a glance: image, title, description, instructors, level, duration,
 * lectures, rating, price, badges, a wishlist toggle and, for enrolled learners, their
 * progress. The whole card is one link.
 * @status stable
 *
 * @slot media - Replaces the course image.
 * @slot badges - Extra badges after the built-in "Featured" and "Preview available".
 * @slot footer - Content after the price row, e.g. your own call to action. Stays clickable above the card link.
 *
 * @event ckit-course-load - The course was loaded from the API (not fired for `.course`). `detail: { course }`.
 * @event ckit-navigate-request - The user follows the card's link. Cancelable: prevent it to route yourself. `detail: { href, course }`.
 * @event ckit-error - The course, the session or the learner's progress could not be loaded. `detail: { error, operation }`.
 * @event ckit-wishlist-change - From the wishlist toggle: the server confirmed a change. `detail: { courseId, wishlisted }`.
 * @event ckit-sign-in-request - From the wishlist toggle: a signed-out visitor pressed it. Cancelable.
 *
 * @csspart base - The card.
 * @csspart media - The image area.
 * @csspart image - The course image.
 * @csspart body - Everything below (or beside) the image.
 * @csspart badges - The badge row.
 * @csspart badge - Each built-in badge.
 * @csspart title - The title heading.
 * @csspart link - The title link that covers the whole card.
 * @csspart description - The short description.
 * @csspart instructors - The instructor line.
 * @csspart rating - Rating value, stars and student count.
 * @csspart meta - The level, duration and lecture count list.
 * @csspart progress - The enrolled learner's progress row.
 * @csspart progress-bar - The progress bar.
 * @csspart footer - The price, add-to-cart and wishlist row.
 * @csspart price - The price, or "Free".
 * @csspart add-to-cart - The "Add to cart" button (`add-to-cart`, paid courses).
 * @csspart compare-price - The struck-through list price.
 * @csspart wishlist - The wishlist toggle button. Its label says what a press does: "Save to wishlist", or "Remove from wishlist" once saved.
 * @csspart wishlist-toggle - The wrapper of the wishlist toggle and its message.
 * @csspart wishlist-icon - The heart icon, filled once the course is saved.
 * @csspart wishlist-message - The wishlist toggle's live region: a bubble above the heart announcing saves, failures and the sign-in hint.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-card-media-aspect-ratio - Aspect ratio of the image area. Defaults to `16 / 9`.
 *
 * @example
 * ```html
 * <ckit-course-card course-slug="typescript-from-zero" href-template="/courses/{slug}"></ckit-course-card>
 * ```
 */
export class CkitCourseCard extends CoursekitElement {
  /** The card's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [starStyles, progressStyles, wishlistToggleStyles, courseCardStyles];

  /** Id of the course to show; loaded from the API. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;

  /** Slug of the course to show, when you have no id. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;

  /** A course you already loaded; the card then makes no request for it. */
  @property({ attribute: false }) course?: Course;

  /** Link of the card, with `{id}` and `{slug}` filled in, e.g. `/courses/{slug}`. Without it the card is not a link. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** A list price to show struck through next to the price, as a decimal string (`"49.90"`). */
  @property({ attribute: 'compare-price' }) comparePrice?: string;

  /** `vertical` (image on top) or `horizontal` (image beside the text). */
  @property({ reflect: true }) layout: 'vertical' | 'horizontal' = 'vertical';

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Hides the wishlist toggle. */
  @property({ attribute: 'no-wishlist', type: Boolean }) noWishlist = false;

  /** Shows "Preview available" when a lecture is free to preview. Costs one curriculum request per card. */
  @property({ attribute: 'preview-badge', type: Boolean }) previewBadge = false;
  /**
   * Shows "Add to cart" on a paid course. It dispatches `ckit-add-to-cart`, which the page's cart
   * takes while a `<ckit-cart-button>`, `<ckit-cart>` or `<ckit-enroll-button>` is connected.
   */
  @property({ attribute: 'add-to-cart', type: Boolean }) addToCart = false;

  readonly #course = this.createTask(
    'course.retrieve',
    // A card given `.course` renders it at once and asks for nothing.
    () => (this.course ? undefined : ([this.courseId, this.courseSlug] as const)),
    async ([id, slug], { read }) => {
      const key = id ?? slug;
      if (key === undefined || key === '') throw new MissingCourseError(this.localName);
      const loaded = await read(courseQuery(key));
      this.emit(new CkitCourseLoadEvent({ course: loaded }));
      return loaded;
    },
  );

  readonly #extras = this.createTask(
    'course.progress',
    // A card given its course and no provider has nothing more to show, and that is no error; nor
    // has a card shown to a visitor nobody signed in (without the preview badge): it renders once.
    () => (this.#wantsExtras && this.#shown ? ([this.#shown.id, this.previewBadge] as const) : undefined),
    async ([courseId, previewBadge], { read }): Promise<CardExtras> => {
      const [progress, hasPreview] = await Promise.all([learnerProgress(read, courseId), previewBadge ? hasPreviewLecture(read, courseId) : undefined]);
      return { progress, hasPreview };
    },
  );

  readonly #wishlist = new WishlistToggle(this, {
    store: () => this.store,
    course: () => ({ id: this.#shown?.id, course: this.#shown }),
    i18n: () => this.i18n,
    emit: (event) => this.emit(event),
    reportError: (error, operation) => this.reportError(error, operation),
    messageDuration: () => 4000,
    enabled: () => !this.noWishlist && this.#shown !== undefined,
  });

  /** Whether there may be extras to show (after a sign-out, the last learner's are not). */
  get #wantsExtras(): boolean {
    return Boolean(this.store && (this.store.maySignIn || this.previewBadge));
  }

  /** The course on show: the one given, else the one loaded. */
  get #shown(): Course | undefined {
    return this.course ?? this.#course.value;
  }

  protected override render() {
    const course = this.#shown;
    if (this.#course.status === TaskStatus.ERROR && !course) {
      return html`<div part="base" class="${this.rootClass} card panel card-error" dir=${this.direction} lang=${this.i18n.locale}>${errorState(this.i18n, this.#course.error, () => this.#course.run())}</div>`;
    }
    return course ? this.#renderCourse(course) : this.#renderSkeleton();
  }

  #renderSkeleton(): TemplateResult {
    return html`<div part="base skeleton" class="${this.rootClass} card panel" dir=${this.direction} aria-busy="true">
      <div class="layout">
        <div class="media skeleton"></div>
        <div class="body">
          <span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span>
          <span class="sr-only">${this.i18n.t('loading')}</span>
        </div>
      </div>
    </div>`;
  }

  #renderCourse(course: Course): TemplateResult {
    const i18n = this.i18n;
    const href = courseHref(this.hrefTemplate, course);
    const names = instructorNames(course);
    const extras = (this.#wantsExtras && this.#extras.value) || {};
    const free = isFree(course.price);
    const cover = courseImage(course);
    return html`<article part="base" class="${this.rootClass} card panel" dir=${this.direction} lang=${i18n.locale}>
      <div class="layout">
      <div part="media" class="media">
        ${cover ? html`<img class="backdrop" src=${cover} alt="" loading="lazy" decoding="async" />` : nothing}
        <slot name="media">${courseThumbnail(course)}</slot>
      </div>
      <div part="body" class="body">
        <div part="badges" class="badges">
          ${course.is_featured ? html`<span part="badge" class="badge">${i18n.t('featured')}</span>` : nothing}
          ${extras.hasPreview ? html`<span part="badge" class="badge">${i18n.t('previewAvailable')}</span>` : nothing}
          <slot name="badges"></slot>
        </div>
        <div part="title" class="title" role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))}>
          ${href ? html`<a part="link" class="stretched-link" href=${href} @click=${(event: MouseEvent) => requestNavigation(this, event, href, course)}>${course.title}</a>` : course.title}
        </div>
        ${course.short_description ? html`<p part="description" class="description">${course.short_description}</p>` : nothing}
        ${names.length ? html`<p part="instructors" class="instructors">${i18n.t('byInstructors', { names: i18n.list(names) })}</p>` : nothing}
        <div part="rating" class="rating">
          <span class="rating-value" aria-hidden="true">${i18n.rating(course.rating)}</span>
          ${stars(i18n, course.rating)}
          <span class="muted">${i18n.t('students', { count: course.student_count })}</span>
        </div>
        <ul part="meta" class="meta">
          <li>${i18n.t(`level_${course.level}`)}</li>
          ${course.duration_minutes ? html`<li>${i18n.duration(course.duration_minutes)}</li>` : nothing}
          <li>${i18n.t('lectures', { count: course.lecture_count })}</li>
        </ul>
        ${extras.progress === undefined ? nothing : progressBar(this.i18n, extras.progress)}
        <div part="footer" class="footer">
          <span>
            <span part="price" class="price">${free ? i18n.t('free') : i18n.money(course.price)}</span>
            ${this.comparePrice && !free
              ? html`<s part="compare-price" class="compare"
                  ><span class="sr-only">${i18n.t('priceWas', { price: i18n.money(this.comparePrice) })}</span
                  ><span aria-hidden="true">${i18n.money(this.comparePrice)}</span></s
                >`
              : nothing}
          </span>
          ${this.addToCart && !free
            ? html`<button type="button" part="add-to-cart" class="btn btn-secondary add-to-cart" @click=${() => this.emit(new CkitAddToCartEvent({ courseId: course.id }))}>
                ${i18n.t('cardAddToCart')}<span class="sr-only">: ${course.title}</span>
              </button>`
            : nothing}
          ${this.noWishlist ? nothing : this.#wishlist.render({ compact: true, parts: WISHLIST_PARTS })}
        </div>
        <slot name="footer"></slot>
      </div>
      </div>
    </article>`;
  }
}

type Read = TaskContext['read'];

/** The signed-in learner's progress in percent, or `undefined` when not enrolled or signed out. */
async function learnerProgress(read: Read, courseId: number): Promise<number | undefined> {
  if (!isActiveEnrollment((await read(enrollments)).get(courseId))) return undefined;
  return (await read(progress(courseId))).percent;
}

async function hasPreviewLecture(read: Read, courseId: number): Promise<boolean> {
  const sections = await read(curriculum(courseId));
  return sections.some((section) => section.lectures?.some((lecture) => lecture.is_preview));
}
