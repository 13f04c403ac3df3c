import { html, nothing, type TemplateResult } from 'lit';
import type { Review } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';
import { isHtml, safeHtml } from '../../internal/sanitize.js';
import { stars } from '../../internal/templates.js';

/** One review: who, how many stars, when, and the sanitized body. `mine` marks the viewer's own. */
export function reviewItem(i18n: Localizer, review: Review, mine: boolean): TemplateResult {
  const date = review.created_at;
  return html`<li part="review" class="review">
    <div class="review-head">
      <span part="reviewer" class="reviewer">${review.user?.name ?? i18n.t('anonymous')}</span>
      ${stars(i18n, review.rating)}
      ${date ? html`<time part="date" class="muted" datetime=${date}>${i18n.date(date)}</time>` : nothing}
      ${mine ? html`<span part="badge" class="badge">${i18n.t('yourReview')}</span>` : nothing}
      ${review.is_approved ? nothing : html`<span part="badge pending" class="badge pending">${i18n.t('pendingApproval')}</span>`}
    </div>
    ${review.body ? html`<div part="review-body" class="review-body ${isHtml(review.body) ? '' : 'text'}">${isHtml(review.body) ? safeHtml(review.body) : review.body}</div>` : nothing}
  </li>`;
}
