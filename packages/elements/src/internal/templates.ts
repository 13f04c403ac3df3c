/**
 * Template pieces several elements render: the error state and star ratings.
 *
 * @module
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { isConnectionError, isNotFoundError, isPermissionDeniedError, isRateLimitError, type Course } from '@coursekit/sdk';
import { courseImage } from './course-view.js';
import { styleProps } from './style-props.js';
import type { MessageKey } from '../i18n/en.js';
import type { Localizer } from '../i18n/localizer.js';

/** The message that explains `error` to a visitor. */
export function errorMessageKey(error: unknown): MessageKey {
  const name = (error as Error | undefined)?.name;
  if (name === 'MissingProviderError') return 'errorNoProvider';
  if (name === 'MissingCourseError') return 'errorNoCourse';
  if (isConnectionError(error)) return 'errorNetwork';
  if (isNotFoundError(error)) return 'errorNotFound';
  if (isPermissionDeniedError(error)) return 'errorForbidden';
  if (isRateLimitError(error)) return 'errorRateLimited';
  return 'errorGeneric';
}

/** The heading of the error state: what happened, as specific as the error allows. */
function errorTitleKey(error: unknown): MessageKey {
  const name = (error as Error | undefined)?.name;
  if (name === 'MissingCourseError') return 'errorNoCourseTitle';
  if (isNotFoundError(error)) return 'errorNotFoundTitle';
  return 'errorTitle';
}

/**
 * The error state: what happened in plain words and, when trying again can help, a retry
 * button (not for a course that does not exist or a page that names none).
 */
export function errorState(i18n: Localizer, error: unknown, retry?: () => void): TemplateResult {
  const name = (error as Error | undefined)?.name;
  const retryable = retry && !isNotFoundError(error) && name !== 'MissingCourseError' && name !== 'MissingProviderError';
  return html`<div part="error" class="state panel error" role="alert">
    <strong>${i18n.t(errorTitleKey(error))}</strong>
    <p>${i18n.t(errorMessageKey(error))}</p>
    ${retryable ? html`<button type="button" part="retry-button" class="btn btn-secondary" @click=${retry}>${i18n.t('retry')}</button>` : nothing}
  </div>`;
}

/** A course's cover, or its first letter on a tinted tile when it has none. */
export function courseThumbnail(course: Course, loading: 'lazy' | 'eager' = 'lazy'): TemplateResult {
  const image = courseImage(course);
  return image
    ? html`<img part="image" src=${image} alt="" loading=${loading} decoding="async" />`
    : html`<div part="image" class="placeholder" aria-hidden="true">${course.title.trim().charAt(0)}</div>`;
}

/** The star path of every star icon (ratings, the review form's radio labels), on a 24×24 view box. */
export const STAR = svg`<path d="M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.6L12 17.5l-5.9 3.2 1.2-6.6-4.8-4.6 6.6-.9z"/>`;
const starRow = html`${[0, 1, 2, 3, 4].map(() => html`<svg viewBox="0 0 24 24" aria-hidden="true">${STAR}</svg>`)}`;

/** Five stars filled to `rating` (0–5), announced as "Rated 4.7 out of 5". */
export function stars(i18n: Localizer, rating: string | number): TemplateResult {
  const value = Math.min(5, Math.max(0, Number(rating) || 0));
  return html`<span class="stars" role="img" aria-label=${i18n.t('ratingLabel', { rating: i18n.rating(value) })}>
    <span class="stars-empty">${starRow}</span>
    <span class="stars-fill" ${styleProps({ 'inline-size': `${(value / 5) * 100}%` })}>${starRow}</span>
  </span>`;
}

/**
 * The learner's progress in a course: a labelled `progressbar` and "42% complete" beside it
 * (parts `progress` and `progress-bar`; style it with `styles/progress.ts`).
 */
export function progressBar(i18n: Localizer, percent: number): TemplateResult {
  const value = Math.round(Math.min(100, Math.max(0, percent)));
  return html`<div part="progress" class="progress">
    <div part="progress-bar" class="bar" role="progressbar" aria-label=${i18n.t('progressLabel')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${value}>
      <span ${styleProps({ 'inline-size': `${value}%` })}></span>
    </div>
    <span>${i18n.t('progress', { percent: i18n.percent(value) })}</span>
  </div>`;
}
