/**
 * The template of the catalog's toolbar (search, filters, sort, the chips of the active
 * filters), kept apart from the element's data flow.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Category, CourseLevel, Tag } from '@coursekit/sdk';
import type { CatalogQuery } from '../../events/filter-change.js';
import type { Localizer } from '../../i18n/localizer.js';

/** What the toolbar shows and whom it tells about changes. */
export interface ToolbarOptions {
  i18n: Localizer;
  query: CatalogQuery;
  /** The search box's text, ahead of the debounced `query.search`. */
  searchDraft: string;
  categories: Category[] | undefined;
  tags: Tag[] | undefined;
  filtered: boolean;
  /** Whether the filters are shown on a narrow catalog, where they fold behind a "Filters" button. */
  filtersOpen: boolean;
  onSearchInput: (value: string) => void;
  onSearchCommit: () => void;
  onChange: (key: FilterKey | 'sort', value: string) => void;
  onToggleFilters: () => void;
  /** A chip's remove button: `index` is the chip's position among the active filters. */
  onRemove: (key: FilterKey, index: number) => void;
  onClear: () => void;
  /**
   * Renders the filter and sort selects (`catalog-filters.ts`, loaded after the first paint: the
   * cards do not wait for it); nothing until it has loaded.
   */
  filterSelects?: ((o: ToolbarOptions) => TemplateResult) | undefined;
}

/** The filters behind the "Filters" button (the search stays in view; the sort is no filter). */
export type FilterKey = 'category' | 'tag' | 'level' | 'price' | 'minRating';

/** One active filter as its chip shows it: "Level: Beginner". */
export interface ActiveFilter {
  key: FilterKey;
  /** "Level: Beginner". */
  label: string;
}

/** The active filters in toolbar order, each labelled with its filter's name and its value's name. */
export function activeFilters(i18n: Localizer, query: CatalogQuery, categories: Category[] | undefined, tags: Tag[] | undefined): ActiveFilter[] {
  // Each filter's name is the message of its own key ("level": "Level").
  const values: Record<FilterKey, () => string> = {
    category: () => findName(categories, query.category),
    tag: () => findName(tags, query.tag),
    level: () => i18n.t(`level_${query.level as CourseLevel}`),
    price: () => i18n.t(query.price === 'free' ? 'priceFree' : 'pricePaid'),
    minRating: () => i18n.t('ratingAtLeast', { rating: i18n.rating(query.minRating) }),
  };
  return (Object.keys(values) as FilterKey[])
    .filter((key) => query[key] !== '')
    .map((key) => ({ key, label: i18n.t('filterChip', { name: i18n.t(key), value: values[key]() }) }));
}

/** The name of the category or topic `slug`, looked up in the loaded tree; the slug until it has loaded. */
function findName(list: (Category | Tag)[] | undefined, slug: string): string {
  const stack = [...(list ?? [])];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.slug === slug) return item.name;
    if ('children' in item && item.children) stack.push(...item.children);
  }
  return slug;
}

const filtersIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true">
  <path d="M3 5.5h8M15 5.5h2M3 14.5h2M9 14.5h8" />
  <circle cx="13" cy="5.5" r="2" />
  <circle cx="7" cy="14.5" r="2" />
</svg>`;
const caretIcon = html`<svg class="icon caret" viewBox="0 0 20 20" aria-hidden="true"><path d="M6 8l4 4 4-4" /></svg>`;
const removeIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M6 6l8 8M14 6l-8 8" /></svg>`;

/**
 * Search box, filters, sort, and the active filters as removable chips. On a narrow catalog the
 * filters and sort fold behind a "Filters (2)" disclosure button; the search stays in view.
 */
export function toolbar(o: ToolbarOptions): TemplateResult {
  const { i18n, query } = o;
  const active = activeFilters(i18n, query, o.categories, o.tags);
  // The search box binds `searchDraft` without live(): each keystroke sets it before the next
  // render, so the bound value never lags behind what was typed, and the first paint does not
  // load the directive.
  return html`<div part="toolbar" class="toolbar" role="search" aria-label=${i18n.t('filters')}>
    <div class="toolbar-top">
      <label part="search" class="control search">
        <span>${i18n.t('search')}</span>
        <input
          part="search-input"
          type="search"
          placeholder=${i18n.t('searchPlaceholder')}
          .value=${o.searchDraft}
          @input=${(event: Event) => o.onSearchInput((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && o.onSearchCommit()}
        />
      </label>
      <button
        type="button"
        part="filters-button"
        class="btn btn-secondary filters-button"
        aria-expanded=${o.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${o.onToggleFilters}
      >
        ${filtersIcon}<span>${active.length ? i18n.t('filtersCount', { count: i18n.number(active.length) }) : i18n.t('filters')}</span>${caretIcon}
      </button>
    </div>
    <div part="filters" id="filters" class="filters ${o.filtersOpen ? 'open' : ''}">
      ${o.filterSelects?.(o) ?? reservedSelects(o.i18n)}
    </div>
    ${o.filtered
      ? html`<div part="active-filters" class="active-filters">
          ${active.length
            ? html`<ul class="chips" aria-label=${i18n.t('activeFilters')}>
                ${active.map(
                  (filter, index) => html`<li>
                    <button type="button" part="filter-chip" class="chip" aria-label=${i18n.t('removeFilter', { filter: filter.label })} @click=${() => o.onRemove(filter.key, index)}>
                      <span>${filter.label}</span>${removeIcon}
                    </button>
                  </li>`,
                )}
              </ul>`
            : nothing}
          <button type="button" part="clear-button" class="btn-link clear" @click=${o.onClear}>${i18n.t('clearFilters')}</button>
        </div>`
      : nothing}
  </div>`;
}

/**
 * Until the selects load (after the cards' first paint), unseen stand-ins of the ones every
 * catalog has hold their room, so the cards below do not move when they arrive.
 */
function reservedSelects(i18n: Localizer): TemplateResult {
  const stand = (label: string) => html`<label class="control reserved" aria-hidden="true"><span>${label}</span><select disabled tabindex="-1"></select></label>`;
  return html`${stand(i18n.t('sort'))}${stand(i18n.t('level'))}${stand(i18n.t('price'))}${stand(i18n.t('minRating'))}`;
}
