/**
 * The catalog's filter and sort selects, loaded on demand: the first paint of the cards does not
 * need them, and on a narrow catalog they sit behind the "Filters" button anyway.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CourseLevel, type Category } from '@coursekit/sdk';
import type { MessageKey } from '../../i18n/en.js';
import type { ToolbarOptions } from './catalog-controls.js';

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

/** The sort, category, topic, level, price and rating selects. */
export function filterSelects(o: ToolbarOptions): TemplateResult {
  const { i18n, query } = o;
  return html`${select('sort', i18n.t('sort'), query.sort, SORTS.map((sort) => option(sort, i18n.t(`sort_${sort || 'relevance'}` as MessageKey), query.sort)), (value) => o.onChange('sort', value))}
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
      ], (value) => o.onChange('minRating', value))}`;
}
