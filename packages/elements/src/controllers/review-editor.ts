/**
 * The learner's side of the review widget: writing, editing and deleting their own review, with
 * the form's state, the confirmation, and where focus goes after each step (the confirmation, so
 * it is never dropped to `<body>` when the form it was in goes away).
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAuthenticationError, isConflictError, isPermissionDeniedError, isValidationError, type Review, type ReviewCreateParams } from '@coursekit/sdk';
import type { Localizer } from '../i18n/localizer.js';
import type { Action } from '../internal/action.js';
import { errorMessageKey } from '../internal/templates.js';

/** What the editor needs from its element. */
export interface ReviewEditorOptions {
  /** The element's messages. */
  i18n(): Localizer;
  /** Posts a new review (no `own`) or saves the learner's `own` review. */
  save: Action<[courseId: number, own: Review | undefined, params: ReviewCreateParams], Review>;
  /** Deletes the learner's review. */
  remove: Action<[review: Review], void>;
  /** The server saved a review. */
  onSaved(review: Review, action: 'create' | 'update'): void;
  /** The server deleted a review. */
  onDeleted(review: Review): void;
  /** The confirmation to focus once the form it replaces is gone. */
  notice(): HTMLElement | null | undefined;
}

/** State and steps of writing, editing and deleting the learner's review. */
export class ReviewEditor implements ReactiveController {
  /** Whether the learner is editing their existing review. */
  editing = false;
  /** Stars chosen in the form (0: none yet). */
  draftRating = 0;
  /** Whether the delete confirmation is showing. */
  confirmingDelete = false;
  /** What the form says went wrong, before or after sending. */
  formError: string | undefined;
  /** The last confirmation ("Review posted"). */
  notice: string | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: ReviewEditorOptions;
  #focusNotice = false;

  constructor(host: ReactiveControllerHost, options: ReviewEditorOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a save or delete is waiting for the server. */
  get busy(): boolean {
    return this.#options.save.pending || this.#options.remove.pending;
  }

  hostUpdated(): void {
    if (!this.#focusNotice) return;
    this.#focusNotice = false;
    this.#options.notice()?.focus();
  }

  /** Opens the form on the learner's review. */
  startEditing(review: Review): void {
    this.#set({ editing: true, draftRating: review.rating, formError: undefined, notice: undefined });
  }

  /** Leaves editing. */
  cancelEditing(): void {
    this.#set({ editing: false, formError: undefined });
  }

  /** Shows or hides the delete confirmation. */
  confirmDelete(showing: boolean): void {
    this.#set({ confirmingDelete: showing });
  }

  /** Chooses a star count in the form. */
  rate(rating: number): void {
    this.#set({ draftRating: rating });
  }

  /** Sends the form: a new review, or the edited `own` one. */
  async submit(event: SubmitEvent, courseId: number, own: Review | undefined): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rating = Number(data.get('rating'));
    const body = String(data.get('body') ?? '').trim() || null;
    if (!rating) {
      this.#set({ formError: this.#options.i18n().t('ratingRequired') });
      form.querySelector<HTMLInputElement>('input[name="rating"]')?.focus();
      return;
    }
    const editing = this.editing ? own : undefined;
    this.#set({ formError: undefined, notice: undefined });
    const review = await this.#options.save.run(courseId, editing, { rating, body });
    if (!review) return this.#set({ formError: saveErrorMessage(this.#options.i18n(), this.#options.save.error) });
    this.#options.onSaved(review, editing ? 'update' : 'create');
    this.#focusNotice = true;
    this.#set({ editing: false, draftRating: 0, notice: this.#options.i18n().t(editing ? 'reviewSaved' : 'reviewPosted') });
  }

  /** Deletes the learner's review (after the confirmation). */
  async delete(review: Review): Promise<void> {
    if (this.busy) return;
    this.#set({ formError: undefined });
    await this.#options.remove.run(review);
    if (this.#options.remove.error !== undefined) return this.#set({ formError: saveErrorMessage(this.#options.i18n(), this.#options.remove.error) });
    this.#options.onDeleted(review);
    this.#focusNotice = true;
    this.#set({ confirmingDelete: false, notice: this.#options.i18n().t('reviewDeleted') });
  }

  #set(changes: Partial<Pick<ReviewEditor, 'editing' | 'draftRating' | 'confirmingDelete' | 'formError' | 'notice'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
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
