/**
 * Template pieces several elements render: the error state and star ratings.
 *
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { isConnectionError, isNotFoundError, isPermissionDeniedError, isRateLimitError } from '@coursekit/sdk';
import type { MessageKey } from '../i18n/en.js';
import type { Localizer } from '../i18n/localizer.js';

/** The message that explains `error` to a visitor. */
export function errorMessageKey(error: unknown): MessageKey {
  if ((error as Error | undefined)?.name === 'MissingProviderError') return 'errorNoProvider';
  if (isConnectionError(error)) return 'errorNetwork';
  if (isNotFoundError(error)) return 'errorNotFound';
  if (isPermissionDeniedError(error)) return 'errorForbidden';
  if (isRateLimitError(error)) return 'errorRateLimited';
  return 'errorGeneric';
}

/** The error state: what happened in plain words and, when possible, a retry button. */
export function errorState(i18n: Localizer, error: unknown, retry?: () => void): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <strong>${i18n.t('errorTitle')}</strong>
    <p>${i18n.t(errorMessageKey(error))}</p>
    ${retry ? html`<button type="button" part="retry-button" class="btn btn-secondary" @click=${retry}>${i18n.t('retry')}</button>` : nothing}
  </div>`;
}

/** The star path of every star icon (ratings, the review form's radio labels), on a 24×24 view box. */
export const STAR = svg`<path d="M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.6L12 17.5l-5.9 3.2 1.2-6.6-4.8-4.6 6.6-.9z"/>`;
const starRow = html`${[0, 1, 2, 3, 4].map(() => html`<svg viewBox="0 0 24 24" aria-hidden="true">${STAR}</svg>`)}`;

/** Five stars filled to `rating` (0–5), announced as "Rated 4.7 out of 5". */
export function stars(i18n: Localizer, rating: string | number): TemplateResult {
  const value = Math.min(5, Math.max(0, Number(rating) || 0));
  return html`<span class="stars" role="img" aria-label=${i18n.t('ratingLabel', { rating: i18n.rating(value) })}>
    <span class="stars-empty">${starRow}</span>
    <span class="stars-fill" style=${styleMap({ inlineSize: `${(value / 5) * 100}%` })}>${starRow}</span>
  </span>`;
}
