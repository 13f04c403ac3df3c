import { css } from 'lit';

/** Styles of the numbered pagination (`internal/pagination.ts`); the chevrons mirror in RTL. */
export const paginationStyles = css`
  .pagination {
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
  .pagination .gap {
    align-self: center;
    padding-inline: var(--_space);
  }
  .pagination [aria-current='page'] {
    cursor: default;
  }
  .chevron {
    display: inline-block;
  }
  :dir(rtl) .chevron {
    transform: scaleX(-1);
  }
`;
