import { css } from 'lit';

/**
 * Styles of the pagination (`internal/pagination.ts`). The navigation is its own size
 * container, so every element that renders it gets the compact "‹ Previous · Page 3 of 11 ·
 * Next ›" form when it sits in a narrow column, whatever the viewport; the chevrons mirror in RTL.
 */
export const paginationStyles = css`
  .pagination {
    container: ckit-pagination / inline-size;
  }
  .pagination-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
  }
  .pagination ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pagination ol .btn {
    min-inline-size: 2.5em;
    padding-inline: calc(var(--_space) * 2.5);
    font-variant-numeric: tabular-nums;
  }
  .pagination .gap {
    align-self: center;
    padding-inline: var(--_space);
    color: var(--_muted);
  }
  .pagination [aria-current='page'] {
    cursor: default;
  }
  .page-status {
    display: none;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: center;
  }
  .chevron {
    display: inline-block;
  }
  :dir(rtl) .chevron {
    transform: scaleX(-1);
  }
  /* Below this width the numbered form (up to five numbers and two gaps) needs a second line. */
  @container ckit-pagination (inline-size < 36em) {
    .pagination-row {
      flex-wrap: nowrap;
      justify-content: space-between;
    }
    .pagination ol {
      display: none;
    }
    .page-status {
      display: block;
      flex: 1;
      min-inline-size: 0;
    }
    .step {
      flex: none;
      padding-inline: calc(var(--_space) * 3);
    }
  }
`;
