/**
 * The reviews summary: average, stars, count, and the 5→1 histogram whose rows filter the list.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import type { ReviewSummary } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';
import { stars } from '../../internal/templates.js';

const STARS = [5, 4, 3, 2, 1] as const;

/** Average, count and histogram. `filter` is the star count the list shows (0 for all). */
export function reviewsSummary(i18n: Localizer, summary: ReviewSummary, filter: number, onFilter: (stars: number) => void): TemplateResult {
  return html`<section part="summary" class="summary" aria-label=${i18n.t('reviewsTitle')}>
    <p class="average">
      <span part="average" class="average-value" aria-hidden="true">${i18n.rating(summary.average)}</span>
      ${stars(i18n, summary.average)}
      <span part="count" class="muted">${i18n.t('reviewsCount', { count: summary.count })}</span>
    </p>
    <ul part="histogram" class="histogram">
      ${STARS.map((value) => {
        const count = summary.histogram[value];
        const share = summary.count ? (count / summary.count) * 100 : 0;
        return html`<li>
          <button
            type="button"
            part="histogram-row"
            class="histogram-row"
            aria-pressed=${filter === value ? 'true' : 'false'}
            ?disabled=${count === 0 && filter !== value}
            @click=${() => onFilter(filter === value ? 0 : value)}
          >
            <span aria-hidden="true" class="histogram-label">${i18n.number(value)} ★</span>
            <span aria-hidden="true" class="histogram-bar"><span ${styleProps({ 'inline-size': `${share}%` })}></span></span>
            <span aria-hidden="true" class="histogram-count">${i18n.number(count)}</span>
            <span class="sr-only">${i18n.t('histogramRow', { stars: i18n.t('starOption', { count: value }), count })}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
