/**
 * The review form: a 1–5 star radio group (native radios, so arrow keys, Tab and screen readers
 * work as everywhere) and an optional body.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Review } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';
import { STAR } from '../../internal/templates.js';

/** What the form shows and whom it reports to. */
export interface ReviewFormOptions {
  i18n: Localizer;
  /** The review being edited; a new review when absent. */
  editing: Review | undefined;
  /** The star count currently chosen (0 for none), for the filled stars. */
  rating: number;
  busy: boolean;
  error: string | undefined;
  onRating: (rating: number) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: (() => void) | undefined;
}

export function reviewForm(o: ReviewFormOptions): TemplateResult {
  const { i18n } = o;
  return html`<form part="form" class="form" novalidate @submit=${o.onSubmit}>
    <fieldset part="rating-input" class="star-input" aria-describedby=${o.error ? 'form-error' : nothing}>
      <legend>${i18n.t('yourRating')}</legend>
      <div class="stars-row">
        ${[1, 2, 3, 4, 5].map(
          (value) => html`<input
              type="radio"
              id="star-${value}"
              name="rating"
              class="sr-only"
              value=${value}
              .checked=${o.rating === value}
              @change=${() => o.onRating(value)}
            /><label for="star-${value}" class=${value <= o.rating ? 'on' : ''} title=${i18n.t('starOption', { count: value })}
              ><svg viewBox="0 0 24 24" aria-hidden="true">${STAR}</svg><span class="sr-only">${i18n.t('starOption', { count: value })}</span></label
            >`,
        )}
      </div>
    </fieldset>
    <label class="control">
      <span>${i18n.t('reviewBody')}</span>
      <textarea part="body-input" name="body" rows="4" maxlength="5000" .value=${o.editing?.body ?? ''}></textarea>
    </label>
    ${o.error ? html`<p part="form-error" id="form-error" class="notice error" role="alert">${o.error}</p>` : nothing}
    <div class="actions">
      <button type="submit" part="submit-button" class="btn" ?disabled=${o.busy} aria-busy=${o.busy ? 'true' : 'false'}>
        ${i18n.t(o.editing ? 'saveReview' : 'submitReview')}
      </button>
      ${o.onCancel ? html`<button type="button" part="cancel-button" class="btn btn-secondary" @click=${o.onCancel}>${i18n.t('cancel')}</button>` : nothing}
    </div>
  </form>`;
}
