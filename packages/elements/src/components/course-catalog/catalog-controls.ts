/**
 * The template of the catalog's toolbar (search, filters, sort, the chips of the active
 * filters), kept apart from the element's data flow.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CourseLevel, type Category, type Tag } from '@coursekit/sdk';
import type { CatalogQuery } from '../../events/filter-change.js';
import type { MessageKey } from '../../i18n/en.js';
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
}

/** The filters behind the "Filters" button (the search stays in view; the sort is no filter). */
export type FilterKey = 'category' | 'tag' | 'level' | 'price' | 'minRating';

/** One active filter as its chip shows it: "Level: Beginner". */
export interface ActiveFilter {
  key: FilterKey;
  /** "Level: Beginner". */
  label: string;
}

const SORTS = ['', '-rating', '-student_count', '-created_at', 'price', '-price', 'title'] as const;
const RATINGS = ['4.5', '4', '3.5', '3'];

/** Categories in tree order (each parent followed by its children), with their depth. */
export function categoryTree(categories: Category[]): { category: Category; depth: number }[] {
  const all = new Map<number, Category>();
  // A server may send a flat list, or roots with `children` (`include=children`): read both.
  const collect = (list: Category[]) => list.forEach((category) => (all.set(category.id, category), collect(category.children ?? [])));
  collect(categories);
  // Children grouped by parent in one pass; a category whose parent is unknown is a root (key null).
  const children = new Map<number | null, Category[]>();
  for (const category of all.values()) {
    const parent = category.parent_id !== null && all.has(category.parent_id) ? category.parent_id : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(category);
    else children.set(parent, [category]);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.name.localeCompare(b.name));
  // The depth cap also stops a parent_id cycle in bad data from recursing forever.
  const walk = (list: Category[], depth: number): { category: Category; depth: number }[] =>
    list.flatMap((category) => [{ category, depth }, ...(depth < 4 ? walk(children.get(category.id) ?? [], depth + 1) : [])]);
  return walk(children.get(null) ?? [], 0);
}

function select(part: string, label: string, value: string, options: TemplateResult[], onChange: (value: string) => void): TemplateResult {
  return html`<label part="filter ${part}" class="control">
    <span>${label}</span>
    <select .value=${live(value)} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>${options}</select>
  </label>`;
}

const option = (value: string, label: string, current: string) => html`<option value=${value} ?selected=${value === current}>${label}</option>`;

/** The active filters in toolbar order, each labelled with its filter's name and its value's name. */
export function activeFilters(i18n: Localizer, query: CatalogQuery, categories: Category[] | undefined, tags: Tag[] | undefined): ActiveFilter[] {
  const names: Record<FilterKey, () => [string, string]> = {
    category: () => [i18n.t('category'), findName(categories, query.category)],
    tag: () => [i18n.t('tag'), findName(tags, query.tag)],
    level: () => [i18n.t('level'), query.level ? i18n.t(`level_${query.level}`) : ''],
    price: () => [i18n.t('price'), i18n.t(query.price === 'free' ? 'priceFree' : 'pricePaid')],
    minRating: () => [i18n.t('minRating'), i18n.t('ratingAtLeast', { rating: i18n.rating(query.minRating) })],
  };
  return (Object.keys(names) as FilterKey[])
    .filter((key) => query[key] !== '')
    .map((key) => {
      const [name, value] = names[key]();
      return { key, label: i18n.t('filterChip', { name, value }) };
    });
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

const filtersIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M3 5.5h8M15 5.5h2M3 14.5h2M9 14.5h8" />
  <circle cx="13" cy="5.5" r="2" />
  <circle cx="7" cy="14.5" r="2" />
</svg>`;
const caretIcon = html`<svg class="icon caret" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M6 8l4 4 4-4" /></svg>`;
const removeIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M6 6l8 8M14 6l-8 8" /></svg>`;

/**
 * Search box, filters, sort, and the active filters as removable chips. On a narrow catalog the
 * filters and sort fold behind a "Filters (2)" disclosure button; the search stays in view.
 */
export function toolbar(o: ToolbarOptions): TemplateResult {
  const { i18n, query } = o;
  const active = activeFilters(i18n, query, o.categories, o.tags);
  return html`<div part="toolbar" class="toolbar" role="search" aria-label=${i18n.t('filters')}>
    <div class="toolbar-top">
      <label part="search" class="control search">
        <span>${i18n.t('search')}</span>
        <input
          part="search-input"
          type="search"
          placeholder=${i18n.t('searchPlaceholder')}
          .value=${live(o.searchDraft)}
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
      ${select('sort', i18n.t('sort'), query.sort, SORTS.map((sort) => option(sort, i18n.t(`sort_${sort || 'relevance'}` as MessageKey), query.sort)), (value) => o.onChange('sort', value))}
      ${o.categories?.length
        ? select('category', i18n.t('category'), query.category, [
            option('', i18n.t('allCategories'), query.category),
            ...categoryTree(o.categories).map(({ category, depth }) => option(category.slug, `${'\u2003'.repeat(depth)}${category.name}`, query.category)),
          ], (value) => o.onChange('category', value))
        : nothing}
      ${o.tags?.length
        ? select('tag', i18n.t('tag'), query.tag, [option('', i18n.t('allTags'), query.tag), ...o.tags.map((tag) => option(tag.slug, tag.name, query.tag))], (value) => o.onChange('tag', value))
        : nothing}
      ${select('level', i18n.t('level'), query.level, [
        option('', i18n.t('allLevels'), query.level),
        ...CourseLevel.options.map((level) => option(level, i18n.t(`level_${level}`), query.level)),
      ], (value) => o.onChange('level', value))}
      ${select('price', i18n.t('price'), query.price, [option('', i18n.t('anyPrice'), query.price), option('free', i18n.t('priceFree'), query.price), option('paid', i18n.t('pricePaid'), query.price)], (value) => o.onChange('price', value))}
      ${select('rating', i18n.t('minRating'), query.minRating, [
        option('', i18n.t('anyRating'), query.minRating),
        ...RATINGS.map((rating) => option(rating, i18n.t('ratingAtLeast', { rating: i18n.rating(rating) }), query.minRating)),
      ], (value) => o.onChange('minRating', value))}
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
