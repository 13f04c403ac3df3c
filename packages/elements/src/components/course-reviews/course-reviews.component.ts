import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
import { isAuthenticationError, isConflictError, isPermissionDeniedError, isValidationError, type Review } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { pagination } from '../../internal/pagination.js';
import { errorMessageKey, errorState } from '../../internal/templates.js';
import type { Localizer } from '../../i18n/localizer.js';
import { CkitReviewDeleteEvent } from '../../events/review-delete.js';
import { CkitReviewSubmitEvent } from '../../events/review-submit.js';
import { paginationStyles } from '../../styles/pagination.js';
import { sharedStyles } from '../../styles/shared.js';
import { starStyles } from '../../styles/stars.js';
import { themeStyles } from '../../styles/theme.js';
import { courseReviewsStyles } from './course-reviews.styles.js';
import { loadEligibility } from './eligibility.js';
import { reviewForm } from './review-form.js';
import { reviewItem } from './review-item.js';
import { reviewsSummary } from './reviews-summary.js';

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
  /** The element's styles: theme tokens first, then shared and component rules. */
  static override styles = [themeStyles, sharedStyles, starStyles, paginationStyles, courseReviewsStyles];

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

  @state() private editing = false;
  @state() private draftRating = 0;
  @state() private busy = false;
  @state() private confirmingDelete = false;
  @state() private formError?: string;
  @state() private notice?: string;

  /** The course id, from `course-id` or by looking `course-slug` up. */
  readonly #course = this.createTask('course.retrieve', () => [this.courseId, this.courseSlug] as const, async (store, [courseId, slug]) => {
    if (courseId !== undefined) return courseId;
    if (!slug) throw new Error('<ckit-course-reviews> needs course-id or course-slug.');
    return (await (await this.requireStore(store)).course(slug)).id;
  });

  readonly #summary = this.createTask('reviews.summary', () => [this.#course.value] as const, async (store, [courseId]) => {
    const s = await this.requireStore(store);
    return courseId === undefined ? undefined : s.cached(`reviews:${courseId}:summary`, () => s.client.reviews.summary(courseId));
  });

  readonly #list = this.createTask('reviews.list', () => [this.#course.value, this.filterRating, this.page, this.perPage] as const, async (store, [courseId, rating, page, perPage]) => {
    const s = await this.requireStore(store);
    if (courseId === undefined) return undefined;
    const params = { page, per_page: perPage, sort: '-created_at' as const, ...(rating ? { rating } : {}) };
    return s.cached(`reviews:${courseId}:list:${JSON.stringify(params)}`, () => s.client.reviews.list(courseId, params));
  });

  readonly #eligibility = this.createTask('reviews.eligibility', () => [this.#course.value] as const, async (store, [courseId]) => {
    const s = await this.requireStore(store);
    return courseId === undefined ? undefined : loadEligibility(s, courseId);
  });

  /** Drops cached reviews of this course and loads summary, list and own review again. */
  #reload(): void {
    this.store?.invalidate(`reviews:${this.#course.value}`);
    void this.#summary.run();
    void this.#list.run();
    void this.#eligibility.run();
  }

  #filter(rating: number): void {
    this.filterRating = rating;
    this.page = 1;
  }

  #goToPage(page: number): void {
    this.page = page;
  }

  #startEditing(review: Review): void {
    this.editing = true;
    this.draftRating = review.rating;
    this.formError = undefined;
    this.notice = undefined;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.store;
    const courseId = this.#course.value;
    const eligibility = this.#eligibility.value;
    if (!store || courseId === undefined || eligibility?.kind !== 'eligible' || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rating = Number(data.get('rating'));
    const body = String(data.get('body') ?? '').trim() || null;
    if (!rating) {
      this.formError = this.i18n.t('ratingRequired');
      form.querySelector<HTMLInputElement>('input[name="rating"]')?.focus();
      return;
    }
    const own = this.editing ? eligibility.own : undefined;
    this.busy = true;
    this.formError = undefined;
    try {
      const review = own ? await store.client.reviews.update(own.id, { rating, body }) : await store.client.reviews.create(courseId, { rating, body });
      this.emit(new CkitReviewSubmitEvent({ review, action: own ? 'update' : 'create' }));
      this.notice = this.i18n.t(own ? 'reviewSaved' : 'reviewPosted');
      this.editing = false;
      this.draftRating = 0;
      this.#reload();
    } catch (error) {
      this.formError = saveErrorMessage(this.i18n, error);
      this.reportError(error, own ? 'reviews.update' : 'reviews.create');
    } finally {
      this.busy = false;
    }
  }

  async #delete(review: Review): Promise<void> {
    const store = this.store;
    if (!store || this.busy) return;
    this.busy = true;
    try {
      await store.client.reviews.delete(review.id);
      this.emit(new CkitReviewDeleteEvent({ reviewId: review.id, courseId: review.course_id }));
      this.notice = this.i18n.t('reviewDeleted');
      this.confirmingDelete = false;
      this.#reload();
    } catch (error) {
      this.formError = saveErrorMessage(this.i18n, error);
      this.reportError(error, 'reviews.delete');
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const i18n = this.i18n;
    const summary = this.#summary.value;
    const failed = [this.#course, this.#summary].find((task) => task.status === TaskStatus.ERROR);
    return html`<div part="base" class="${this.rootClass} reviews" dir=${this.direction} lang=${i18n.locale}>
      ${failed && !summary
        ? errorState(i18n, failed.error, () => (failed === this.#course ? void this.#course.run() : this.#reload()))
        : html`<div class="layout">
            <div class="aside">
              ${summary
                ? reviewsSummary(i18n, summary, this.filterRating, (rating) => this.#filter(rating))
                : html`<div part="skeleton" class="skeleton summary-skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`}
              ${this.#renderOwn()}
            </div>
            <div class="main">${this.#renderList()}</div>
          </div>`}
    </div>`;
  }

  #renderOwn(): TemplateResult | typeof nothing {
    const i18n = this.i18n;
    const eligibility = this.#eligibility.value;
    const notice = this.notice ? html`<p part="notice" class="notice" role="status">${this.notice}</p>` : html`<p part="notice" class="sr-only" role="status"></p>`;
    if (!eligibility) return notice;
    if (eligibility.kind !== 'eligible') {
      return html`${notice}<p part="eligibility" class="notice">${i18n.t(eligibility.kind === 'anonymous' ? 'reviewSignIn' : 'reviewNotEnrolled')}</p>`;
    }
    const own = eligibility.own;
    const form = (editing: Review | undefined) =>
      reviewForm({
        i18n,
        editing,
        rating: this.draftRating,
        busy: this.busy,
        error: this.formError,
        onRating: (rating) => (this.draftRating = rating),
        onSubmit: (event) => void this.#submit(event),
        onCancel: editing ? () => ((this.editing = false), (this.formError = undefined)) : undefined,
      });
    if (!own) return html`${notice}<section class="own"><h3 class="own-title">${i18n.t('writeReview')}</h3>${form(undefined)}</section>`;
    if (this.editing) return html`${notice}<section class="own"><h3 class="own-title">${i18n.t('editReview')}</h3>${form(own)}</section>`;
    return html`${notice}<section part="own-review" class="own">
      <h3 class="own-title">${i18n.t('yourReview')}</h3>
      <ul class="list">${reviewItem(i18n, own, false)}</ul>
      ${own.is_approved ? nothing : html`<p class="muted hint">${i18n.t('pendingApprovalHint')}</p>`}
      ${this.formError ? html`<p part="form-error" class="notice error" role="alert">${this.formError}</p>` : nothing}
      ${this.confirmingDelete
        ? html`<p class="confirm">${i18n.t('deleteConfirm')}</p>
            <div class="actions">
              <button type="button" part="delete-button" class="btn danger" ?disabled=${this.busy} @click=${() => this.#delete(own)}>${i18n.t('deleteReview')}</button>
              <button type="button" part="cancel-button" class="btn btn-secondary" @click=${() => (this.confirmingDelete = false)}>${i18n.t('cancel')}</button>
            </div>`
        : html`<div class="actions">
            <button type="button" part="edit-button" class="btn btn-secondary" @click=${() => this.#startEditing(own)}>${i18n.t('editReview')}</button>
            <button type="button" part="delete-button" class="btn btn-secondary" @click=${() => (this.confirmingDelete = true)}>${i18n.t('deleteReview')}</button>
          </div>`}
    </section>`;
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
    if (!page.data.length) return html`${filterStatus}<p part="empty" class="state">${i18n.t(this.filterRating ? 'reviewsFilteredEmpty' : 'reviewsEmpty')}</p>`;
    const mine = this.#eligibility.value?.kind === 'eligible' ? this.#eligibility.value.userId : undefined;
    return html`${filterStatus}
      <ul part="list" class="list" aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${repeat(page.data, (review) => review.id, (review) => reviewItem(i18n, review, review.user_id === mine))}
      </ul>
      ${pagination(i18n, this.page, page.meta, (next) => this.#goToPage(next))}`;
  }
}

/** Why saving a review failed, in the visitor's words; the server's own text for validation errors. */
function saveErrorMessage(i18n: Localizer, error: unknown): string {
  if (isValidationError(error)) return Object.values(error.errors).flat()[0] ?? error.message;
  if (isConflictError(error)) return i18n.t('reviewAlreadyExists');
  if (isPermissionDeniedError(error)) return i18n.t('reviewNotEnrolled');
  if (isAuthenticationError(error)) return i18n.t('reviewSignIn');
  return i18n.t(errorMessageKey(error));
}
