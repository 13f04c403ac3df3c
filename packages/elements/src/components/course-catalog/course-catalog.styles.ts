import { css } from 'lit';

export const courseCatalogStyles = css`
  .catalog {
    container: ckit-catalog / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
  }
  /* Wide: one grid, the search and then the sort on the first row, the filters below. The
     wrappers the narrow layout needs step aside (display: contents). */
  .toolbar {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5em), 1fr));
    align-items: end;
    gap: calc(var(--_space) * 3);
  }
  .toolbar-top,
  .filters {
    display: contents;
  }
  .search {
    grid-column: 1 / -2;
  }
  .filters-button {
    display: none;
    flex: none;
    padding-inline: calc(var(--_space) * 3);
  }
  .icon {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .caret {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: calc(var(--_space) * -0.5);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .caret {
    transform: rotate(180deg);
  }
  .filters-button[aria-expanded='true'] {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .active-filters {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  /* The chips flow in one line with "Clear filters"; the list keeps its semantics. */
  .chips {
    display: contents;
  }
  .chips > li {
    display: flex;
    min-inline-size: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
    min-block-size: 2.1em;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border: 1px solid color-mix(in srgb, var(--_primary) 35%, var(--_border));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .chip > span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip > .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    padding: 0.1em;
    border-radius: 999px;
    color: var(--_muted);
  }
  .chip:hover {
    border-color: var(--_primary);
  }
  .chip:hover > .icon {
    background: color-mix(in srgb, var(--_primary) 15%, transparent);
    color: var(--_text);
  }
  .clear {
    min-block-size: 2.1em;
    padding-inline: var(--_space);
    font-size: 0.9em;
  }
  /* A narrow catalog (a phone, or a side column of a wide page): the filters and sort fold
     behind the "Filters" button so the first courses show on the first screen. */
  @container ckit-catalog (inline-size < 40em) {
    .toolbar {
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .toolbar-top {
      display: flex;
      align-items: end;
      gap: calc(var(--_space) * 2);
    }
    .search {
      flex: 1;
    }
    .filters-button {
      display: inline-flex;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
      align-items: end;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .filters:not(.open) {
      display: none;
    }
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
    /* One line even while empty (between two results), so the cards below do not jump. */
    min-block-size: 1lh;
    scroll-margin-block-start: var(--ckit-catalog-scroll-margin, 1em);
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
  }
  .placeholder .skeleton:first-child {
    aspect-ratio: 16 / 9;
  }
  .placeholder .skeleton + .skeleton {
    block-size: 0.9em;
  }
  /* About a card's text under its picture (title, summary, instructors, rating, details, price). */
  .placeholder::after {
    content: '';
    block-size: 10em;
  }
  /* Holding the room of the selects until they load, and of the cards before the skeleton is due. */
  .reserved {
    visibility: hidden;
  }
  .more {
    align-self: center;
  }
  .sentinel {
    block-size: 1px;
  }
`;
