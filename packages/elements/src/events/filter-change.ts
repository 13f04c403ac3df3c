import type { CourseLevel, CourseSort } from '@coursekit/sdk';

/** What `<ckit-course-catalog>` shows. Empty strings mean "no filter". */
export interface CatalogQuery {
  /** Free text searched in titles and descriptions. */
  search: string;
  /** Category slug; includes its subcategories. */
  category: string;
  /** Tag slug. */
  tag: string;
  /** `Beginner`, `Intermediate` or `Advanced`; `''` for every level. */
  level: CourseLevel | '';
  /** `free` or `paid`; `''` for both. */
  price: 'free' | 'paid' | '';
  /** Minimum average rating, `''` for any. */
  minRating: string;
  /** Sort key; `''` is the server's default order (relevance). */
  sort: CourseSort | '';
  /** 1-based page. */
  page: number;
}

/** The catalog's new query. */
export interface CkitFilterChangeEventDetail {
  /** Filters, sort and page after the change. */
  readonly query: Readonly<CatalogQuery>;
}

/**
 * Fired when the user changes a filter, the search, the sort or the page of
 * `<ckit-course-catalog>` (not when the page sets its attributes).
 *
 * @example
 * ```ts
 * catalog.addEventListener('ckit-filter-change', (event) => analytics.track('catalog-filter', event.detail.query));
 * ```
 */
export class CkitFilterChangeEvent extends Event {
  /** The catalog's new query. */
  readonly detail: CkitFilterChangeEventDetail;

  constructor(detail: CkitFilterChangeEventDetail) {
    super('ckit-filter-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-filter-change': CkitFilterChangeEvent;
  }
}
