import { css } from 'lit';

export const courseCatalogStyles = css`
  .catalog {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
  }
  .toolbar {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5em), 1fr));
    align-items: end;
    gap: calc(var(--_space) * 3);
  }
  .search {
    grid-column: 1 / -1;
  }
  .clear {
    justify-self: start;
    min-block-size: 2.5em;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .summary:focus {
    outline: none;
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ckit-catalog-card-min-width, 16em)), 1fr));
    gap: var(--ckit-catalog-gap, calc(var(--_space) * 5));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='list']) .results {
    grid-template-columns: 1fr;
  }
  .results > li {
    display: flex;
    min-inline-size: 0;
  }
  .results > li > * {
    flex: 1;
    min-inline-size: 0;
  }
  .results[aria-busy='true'] {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .placeholder .skeleton:first-child {
    aspect-ratio: 16 / 9;
  }
  .placeholder .skeleton + .skeleton {
    block-size: 0.9em;
  }
  .more {
    align-self: center;
  }
  .sentinel {
    block-size: 1px;
  }
`;
