/**
 * The learner's side of `<ckit-course-reviews>`: the form to write or edit their review, their
 * review with its edit and delete buttons, the editor behind them and the changes they send.
 * Loaded with `import()` once the learner may review: most visitors are signed out or not
 * enrolled, and their pages never load it.
 *
 * @module
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Review, ReviewCreateParams } from '@coursekit/sdk';
import { ReviewEditor } from '../../controllers/review-editor.js';
import { createReview, deleteReview, updateReview } from '../../data/mutations.js';
import { CkitReviewDeleteEvent } from '../../events/review-delete.js';
import { CkitReviewSubmitEvent } from '../../events/review-submit.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { Action } from '../../internal/action.js';
import type { ActionContext } from '../../internal/coursekit-element.js';
import { reviewForm } from './review-form.js';
import { reviewItem } from './review-item.js';

/** What the learner's side needs from the element. */
export interface OwnReviewOptions {
  /** The element's messages. */
  i18n(): Localizer;
  /** The element's `createAction()`: runs a change through the provider's store, reporting failures as `ckit-error`. */
  createAction<const A extends readonly unknown[], R>(operation: string | ((args: A) => string), run: (args: A, context: ActionContext) => Promise<R>): Action<A, R>;
  /** The confirmation to focus once the form or button that had focus is gone. */
  notice(): HTMLElement | null | undefined;
}

/** The learner's review widget, made once the code has loaded. */
export interface OwnReview {
  /** Its state; `notice` is the confirmation the element shows. */
  readonly editor: ReviewEditor;
  /** The form for a new review (no `own`), or the learner's `own` review with edit and delete, or its edit form. */
  render(courseId: number, own: Review | undefined): TemplateResult;
}

/** Wires the editor to `host`: saved and deleted reviews invalidate the course's review queries and fire their events. */
export function ownReview(host: ReactiveControllerHost & { emit(event: Event): boolean }, options: OwnReviewOptions): OwnReview {
  const editor = new ReviewEditor(host, {
    i18n: options.i18n,
    save: options.createAction(
      ([, own]: [number, Review | undefined, ReviewCreateParams]) => (own ? 'reviews.update' : 'reviews.create'),
      ([courseId, own, params], { mutate }) => (own ? mutate(updateReview, own, params) : mutate(createReview, courseId, params)),
    ),
    remove: options.createAction('reviews.delete', ([review]: [Review], { mutate }) => mutate(deleteReview, review)),
    onSaved: (review, action) => host.emit(new CkitReviewSubmitEvent({ review, action })),
    onDeleted: (review) => host.emit(new CkitReviewDeleteEvent({ reviewId: review.id, courseId: review.course_id })),
    notice: options.notice,
  });
  return { editor, render: (courseId, own) => ownReviewSection(options.i18n(), editor, courseId, own) };
}

function ownReviewSection(i18n: Localizer, editor: ReviewEditor, courseId: number, own: Review | undefined): TemplateResult {
  const form = (editing: Review | undefined) =>
    reviewForm({
      i18n,
      editing,
      rating: editor.draftRating,
      busy: editor.busy,
      error: editor.formError,
      onRating: (rating) => editor.rate(rating),
      onSubmit: (event) => void editor.submit(event, courseId, own),
      onCancel: editing ? () => editor.cancelEditing() : undefined,
    });
  if (!own) return html`<section class="own panel"><h3 class="own-title">${i18n.t('writeReview')}</h3>${form(undefined)}</section>`;
  if (editor.editing) return html`<section class="own panel"><h3 class="own-title">${i18n.t('editReview')}</h3>${form(own)}</section>`;
  return html`<section part="own-review" class="own panel">
    <h3 class="own-title">${i18n.t('yourReview')}</h3>
    <ul class="list">${reviewItem(i18n, own, false)}</ul>
    ${own.is_approved ? nothing : html`<p class="muted hint">${i18n.t('pendingApprovalHint')}</p>`}
    ${editor.formError ? html`<p part="form-error" class="notice error" role="alert">${editor.formError}</p>` : nothing}
    ${editor.confirmingDelete
      ? html`<p class="confirm">${i18n.t('deleteConfirm')}</p>
          <div class="actions">
            <button type="button" part="delete-button" class="btn danger" ?disabled=${editor.busy} @click=${() => editor.delete(own)}>${i18n.t('deleteReview')}</button>
            <button type="button" part="cancel-button" class="btn btn-secondary" @click=${() => editor.confirmDelete(false)}>${i18n.t('cancel')}</button>
          </div>`
      : html`<div class="actions">
          <button type="button" part="edit-button" class="btn btn-secondary" @click=${() => editor.startEditing(own)}>${i18n.t('editReview')}</button>
          <button type="button" part="delete-button" class="btn btn-secondary" @click=${() => editor.confirmDelete(true)}>${i18n.t('deleteReview')}</button>
        </div>`}
  </section>`;
}
