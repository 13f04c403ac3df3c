/**
 * Pagination shared by the catalog and the reviews: previous, page numbers and next, or on a
 * narrow container a compact "‹ Previous · Page 3 of 11 · Next ›" (`styles/pagination.ts`
 * picks the form with a container query on the navigation itself).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PageMeta } from '@coursekit/sdk';
import type { Localizer } from '../i18n/localizer.js';

/** Page numbers around `current`, with `null` for a gap: `1 … 4 5 6 … 12`. */
export function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? [null, page] : [page]));
}

/**
 * Previous, page numbers and next, as a labelled navigation landmark; nothing when everything
 * fits on one page. Without a page count from the server (`last_page` is `null` under simple
 * paging), the page after `current` is the last one known while `has_more` says there is one,
 * and the compact form says "Page 3" rather than guess a total.
 */
export function pagination(i18n: Localizer, current: number, meta: PageMeta, onPage: (page: number) => void): TemplateResult | typeof nothing {
  const last = meta.last_page ?? (meta.has_more ? current + 1 : current);
  if (last <= 1) return nothing;
  const status =
    meta.last_page != null ? i18n.t('pageOfTotal', { page: i18n.number(current), total: i18n.number(last) }) : i18n.t('goToPage', { page: i18n.number(current) });
  return html`<nav part="pagination" class="pagination" aria-label=${i18n.t('pagination')}>
    <div class="pagination-row">
      <button type="button" part="page-button" class="btn btn-secondary step" ?disabled=${current <= 1} @click=${() => onPage(current - 1)}>
        <span aria-hidden="true" class="chevron">‹</span> ${i18n.t('previous')}
      </button>
      <ol>
        ${pageWindow(current, last).map((page) =>
          page === null
            ? html`<li aria-hidden="true" class="gap">…</li>`
            : html`<li>
                <button
                  type="button"
                  part="page-button"
                  class="btn ${page === current ? '' : 'btn-secondary'}"
                  aria-label=${i18n.t('goToPage', { page: i18n.number(page) })}
                  aria-current=${page === current ? 'page' : 'false'}
                  @click=${() => page !== current && onPage(page)}
                >
                  ${i18n.number(page)}
                </button>
              </li>`,
        )}
      </ol>
      <span part="page-status" class="page-status">${status}</span>
      <button type="button" part="page-button" class="btn btn-secondary step" ?disabled=${current >= last} @click=${() => onPage(current + 1)}>
        ${i18n.t('next')} <span aria-hidden="true" class="chevron">›</span>
      </button>
    </div>
  </nav>`;
}
