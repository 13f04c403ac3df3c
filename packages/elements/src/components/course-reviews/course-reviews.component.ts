import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { course, reviewList, reviewSummary } from '../../data/queries.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { MissingCourseError } from '../../internal/errors.js';
import { pagination } from '../../internal/pagination.js';
import { errorState } from '../../internal/templates.js';
import { paginationStyles } from '../../styles/pagination.js';
import { starStyles } from '../../styles/stars.js';
import { courseReviewsStyles } from './course-reviews.styles.js';
import { eligibility } from './eligibility.js';
import type { OwnReview } from './own-review.js';
import { reservedOwnReview } from './reserved-own-review.js';
import { reviewItem } from './review-item.js';
import { reviewsSummary } from './reviews-summary.js';
import { courseFactsMessages } from '../../i18n/shared.messages.js';
import { courseReviewsMessages } from './course-reviews.messages.js';

/**
 * @tag ckit-course-reviews
 * @summary The review widget of a course: average rating, count and a 5→1 histogram that
 * filters the paginated list; and, for an enrolled learner, a form to post, edit or delete
 * their own review (with its "pending approval" state). Visitors who may not review see why.
 * @status stable
 *
 * @event ckit-review-submit - The server saved a review written or edited here. `detail: { review, action }`.
 * @event ckit-review-delete - The server deleted the learner's review. `detail: { reviewId, courseId }`.
 * @event ckit-error - Loading or saving failed. `detail: { error, operation }`.
 *
 * @csspart base - The widget.
 * @csspart summary - Average, stars, count and histogram.
 * @csspart average - The average rating number.
 * @csspart count - The number of reviews.
 * @csspart histogram - The 5→1 list of star counts.
 * @csspart histogram-row - Each row: a toggle button that filters the list by its star count.
 * @csspart eligibility - Why the visitor cannot review (signed out, not enrolled).
 * @csspart own-review - The learner's own review with its actions.
 * @csspart edit-button - Edits the own review.
 * @csspart delete-button - Deletes the own review (after a confirmation).
 * @csspart form - The review form.
 * @csspart rating-input - The 1–5 star radio group.
 * @csspart body-input - The review text.
 * @csspart submit-button - Posts or saves the review.
 * @csspart cancel-button - Leaves editing, or the delete confirmation.
 * @csspart form-error - Why the review could not be saved.
 * @csspart notice - Confirms a post, an edit or a deletion.
 * @csspart filter-status - "Showing 5-star reviews" with a button to show all.
 * @csspart list - The list of reviews.
 * @csspart review - Each review.
 * @csspart reviewer - The reviewer's name.
 * @csspart date - The review's date.
 * @csspart badge - "Your review" and "Pending approval" badges.
 * @csspart review-body - The review's text (sanitized HTML).
 * @csspart empty - Shown when there are no reviews (or none with the chosen rating).
 * @csspart pagination - The page navigation.
 * @csspart page-button - Previous, next and each page number.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-reviews-summary-width - Width of the summary column on wide layouts. Defaults to `17em`.
 *
 * @example
 * ```html
 * <ckit-course-reviews course-id="42" per-page="5"></ckit-course-reviews>
 * ```
 */
export class CkitCourseReviews extends CoursekitElement {
  /** The widget's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [starStyles, paginationStyles, courseReviewsStyles];
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [courseReviewsMessages, courseFactsMessages];

  /** Id of the course whose reviews to show. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;
  /** Slug of the course, when you have no id; resolved through the provider's cache, shared with a card of the same course. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;
  /** Reviews per page. */
  @property({ attribute: 'per-page', type: Number }) perPage = 10;
  /** Shows only reviews with this many stars (1–5); 0 for all. The histogram sets it. */
  @property({ attribute: 'filter-rating', type: Number }) filterRating = 0;
  /** Current page of the list (1-based). */
  @property({ type: Number }) page = 1;

  /** The course id, from `course-id` or by looking `course-slug` up (shared with a card of the same course). */
  readonly #course = this.createTask('course.retrieve', () => [this.courseId, this.courseSlug] as const, async ([courseId, slug], { read }) => {
    if (courseId !== undefined) return courseId;
    if (!slug) throw new MissingCourseError(this.localName);
    return (await read(course(slug))).id;
  });

  readonly #summary = this.createTask('reviews.summary', () => [this.#course.value] as const, async ([courseId], { read }) =>
    courseId === undefined ? undefined : read(reviewSummary(courseId)),
  );

  readonly #list = this.createTask('reviews.list', () => [this.#course.value, this.filterRating, this.page, this.perPage] as const, async ([courseId, rating, page, perPage], { read }) =>
    courseId === undefined ? undefined : read(reviewList(courseId, { page, per_page: perPage, sort: '-created_at', ...(rating ? { rating } : {}) })),
  );

  readonly #eligibility = this.createTask('reviews.eligibility', () => [this.#course.value] as const, async ([courseId], { read }) => {
    if (courseId === undefined) return undefined;
    const eligible = await read(eligibility(courseId));
    // Started here, not from render(): the import overlaps this result's render instead of following it.
    if (eligible.kind === 'eligible') this.#loadOwnReview();
    return eligible;
  });

  /** Writing, editing and deleting the learner's own review, once its code has loaded. */
  #own: OwnReview | undefined;
  #ownLoading = false;
  /** Why that code could not be loaded; the retry button loads it again. */
  #ownLoadError: unknown;

  #loadOwnReview(): void {
    if (this.#own || this.#ownLoading) return;
    this.#ownLoading = true;
    this.#ownLoadError = undefined;
    // From the retry button: the stand-in replaces the error state while the import runs again.
    this.requestUpdate();
    import('./own-review.js')
      .then(
        ({ ownReview }) => {
          this.#own = ownReview(this, {
            i18n: () => this.i18n,
            createAction: (operation, run) => this.createAction(operation, run),
            notice: () => this.renderRoot.querySelector<HTMLElement>('[part~="notice"]'),
          });
        },
        (error: unknown) => {
          this.#ownLoadError = error;
          this.reportError(error, 'reviews.form');
        },
      )
      .finally(() => {
        this.#ownLoading = false;
        this.requestUpdate();
      });
  }

  #filter(rating: number): void {
    this.filterRating = rating;
    this.page = 1;
  }

  #goToPage(page: number): void {
    this.page = page;
  }

  protected override render() {
    const i18n = this.i18n;
    const summary = this.#summary.value;
    const failed = [this.#course, this.#summary].find((task) => task.status === TaskStatus.ERROR);
    return html`<div part="base" class="${this.rootClass} reviews" dir=${this.direction} lang=${i18n.locale}>
      ${failed && !summary
        ? errorState(i18n, failed.error, () => void failed.run())
        : html`<div class="layout">
            <div class="aside">
              ${summary
                ? reviewsSummary(i18n, summary, this.filterRating, (rating) => this.#filter(rating))
                : html`<div part="skeleton" class="skeleton summary-skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`}
              ${this.#renderNotice()} ${this.#renderOwn()}
            </div>
            <div class="main">${this.#renderList()}</div>
          </div>`}
    </div>`;
  }

  /**
   * The confirmation of a post, edit or deletion. Always rendered in the same place, so it can
   * take focus when the form or button that had it goes away, and keep it while the learner's
   * review reloads.
   */
  #renderNotice(): TemplateResult {
    const notice = this.#own?.editor.notice;
    return html`<p part="notice" class=${notice ? 'notice' : 'sr-only'} role="status" tabindex="-1">${notice ?? ''}</p>`;
  }

  #renderOwn(): TemplateResult | typeof nothing {
    const i18n = this.i18n;
    const eligible = this.#eligibility.value;
    const courseId = this.#course.value;
    if (!eligible || courseId === undefined) return nothing;
    if (eligible.kind !== 'eligible') {
      return html`<p part="eligibility" class="notice">${i18n.t(eligible.kind === 'anonymous' ? 'reviewSignIn' : 'reviewNotEnrolled')}</p>`;
    }
    if (this.#own) return this.#own.render(courseId, eligible.own);
    if (this.#ownLoadError !== undefined) return errorState(i18n, this.#ownLoadError, () => this.#loadOwnReview());
    return reservedOwnReview(i18n, eligible.own);
  }

  #renderList(): TemplateResult {
    const i18n = this.i18n;
    const page = this.#list.value;
    const filterStatus = this.filterRating
      ? html`<p part="filter-status" class="filter-status">
          ${i18n.t('showingStars', { stars: i18n.number(this.filterRating) })}
          <button type="button" class="btn-link" @click=${() => this.#filter(0)}>${i18n.t('showAllReviews')}</button>
        </p>`
      : nothing;
    if (this.#list.status === TaskStatus.ERROR) return html`${filterStatus}${errorState(i18n, this.#list.error, () => this.#list.run())}`;
    if (!page) return html`<div part="skeleton" class="skeleton list-skeleton" aria-busy="true"></div>`;
    if (!page.data.length) return html`${filterStatus}<p part="empty" class="state panel">${i18n.t(this.filterRating ? 'reviewsFilteredEmpty' : 'reviewsEmpty')}</p>`;
    const mine = this.#eligibility.value?.kind === 'eligible' ? this.#eligibility.value.userId : undefined;
    return html`${filterStatus}
      <ul part="list" class="list" aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${page.data.map((review) => reviewItem(i18n, review, review.user_id === mine))}
      </ul>
      ${pagination(i18n, this.page, page.meta, (next) => this.#goToPage(next))}`;
  }
}
