/**
 * What holds the room of the learner's side of the widget while its code loads.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Review } from '@coursekit/sdk';
import type { MessageKey } from '../../i18n/en.js';
import type { Localizer } from '../../i18n/localizer.js';
import { reviewItem } from './review-item.js';

/**
 * An unseen stand-in of the same build as the form (or the learner's review with its buttons)
 * that `own-review.ts` renders: in a narrow widget the list sits below it, and must not move
 * when the real one takes its place. Its controls are disabled, so nothing in it takes focus.
 */
export function reservedOwnReview(i18n: Localizer, own: Review | undefined): TemplateResult {
  const button = (key: MessageKey, secondary = false) => html`<button type="button" class="btn ${secondary ? 'btn-secondary' : ''}" disabled>${i18n.t(key)}</button>`;
  return html`<section class="own panel reserved" aria-hidden="true">
    ${own
      ? html`<h3 class="own-title">${i18n.t('yourReview')}</h3>
          <ul class="list">${reviewItem(i18n, own, false)}</ul>
          ${own.is_approved ? nothing : html`<p class="muted hint">${i18n.t('pendingApprovalHint')}</p>`}
          <div class="actions">${button('editReview', true)}${button('deleteReview', true)}</div>`
      : html`<h3 class="own-title">${i18n.t('writeReview')}</h3>
          <div class="form">
            <fieldset class="star-input">
              <legend>${i18n.t('yourRating')}</legend>
              <div class="stars-row"><label><svg viewBox="0 0 24 24"></svg></label></div>
            </fieldset>
            <label class="control"><span>${i18n.t('reviewBody')}</span><textarea rows="4" disabled></textarea></label>
            <div class="actions">${button('submitReview')}</div>
          </div>`}
  </section>`;
}
