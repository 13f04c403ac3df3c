import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Category, Course, CourseLevel, CourseSort, PageMeta, Tag } from '@coursekit/sdk';
import { UrlStateController } from '../../controllers/url-state.js';
import { categories as categoriesQuery, courseList, tags as tagsQuery } from '../../data/queries.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorState } from '../../internal/templates.js';
import { afterNextPaint, whenIdle } from '../../internal/after-paint.js';
import { CkitFilterChangeEvent, type CatalogQuery } from '../../events/filter-change.js';
import { paginationStyles } from '../../styles/pagination.js';
import { FILTER_KEYS, hasFilters, readQuery, sameQuery, toListParams, writeQuery } from './catalog-query.js';
import { CkitCourseCard } from '../course-card/course-card.component.js';
import { pagination } from '../../internal/pagination.js';
import { toolbar, type FilterKey, type ToolbarOptions } from './catalog-controls.js';
import { courseCatalogStyles } from './course-catalog.styles.js';
import { courseCatalogMessages } from './course-catalog.messages.js';

const SEARCH_DEBOUNCE_MS = 300;
/**
 * How long the first page may take before placeholders show: a page that comes sooner paints
 * its cards at once, with no placeholder frame to lay out and flash away first.
 */
const SKELETON_DELAY_MS = 150;
const CARD_PARTS = ['base', 'media', 'image', 'body', 'badges', 'badge', 'title', 'link', 'description', 'instructors', 'rating', 'meta', 'progress', 'footer', 'price', 'add-to-cart', 'wishlist']
  .map((name) => `${name}: card-${name}`)
  .join(', ');

/**
 * @tag ckit-course-catalog
 * @summary A searchable, filterable course catalog: a grid or list of course cards with
 * debounced search, category, topic, level, price and rating filters, sorting, pagination or
 * infinite scroll, a result count and an empty state. With `sync-url`, the filters live in
 * the page's query string, so links can be shared and back/forward work. In a narrow column
 * (under 40em wide, whatever the viewport) the filters fold behind a "Filters" button, active
 * filters show as removable chips, and the pagination reads "‹ Previous · Page 3 of 11 · Next ›".
 * @status stable
 *
 * @dependency ckit-course-card
 *
 * @event ckit-filter-change - The user changed the search, a filter, the sort or the page. `detail: { query }`.
 * @event ckit-navigate-request - From a card: the user follows a course link. Cancelable.
 * @event ckit-error - Courses, categories or topics could not be loaded. `detail: { error, operation }`.
 * @event ckit-wishlist-change - From a card's wishlist toggle.
 * @event ckit-sign-in-request - From a card's wishlist toggle, for a signed-out visitor. Cancelable.
 *
 * @csspart base - The catalog wrapper.
 * @csspart toolbar - Search, filters and sort.
 * @csspart search - The search field with its label.
 * @csspart search-input - The search input.
 * @csspart filters-button - On a narrow catalog, the "Filters (2)" button that shows and hides the filters and sort.
 * @csspart filters - The filters and the sort control (folded behind `filters-button` on a narrow catalog).
 * @csspart filter - Each filter and the sort control, with its label.
 * @csspart category - The category filter.
 * @csspart tag - The topic filter.
 * @csspart level - The level filter.
 * @csspart price - The free/paid filter.
 * @csspart rating - The minimum rating filter.
 * @csspart sort - The sort control.
 * @csspart active-filters - The chips of the active filters and the clear button.
 * @csspart filter-chip - Each active filter ("Level: Beginner"); removes it when clicked.
 * @csspart clear-button - Removes every filter.
 * @csspart result-count - "42 courses".
 * @csspart list - The list of cards.
 * @csspart card - Each `<ckit-course-card>`; its own parts are exported as `card-base`, `card-title`, `card-price`, etc.
 * @csspart skeleton - Placeholders shown during the first load.
 * @csspart empty - The "no courses match" state.
 * @csspart pagination - The page navigation.
 * @csspart page-button - Previous, next and each page number.
 * @csspart page-status - "Page 3 of 11", between previous and next when the catalog is too narrow for page numbers.
 * @csspart load-more - The "load more" button of infinite mode.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-catalog-card-min-width - Narrowest a card may get before the grid drops a column. Defaults to `16em`.
 * @cssproperty --ckit-catalog-gap - Space between cards.
 * @cssproperty --ckit-catalog-scroll-margin - Space kept above the result count when paging scrolls to it, e.g. the height of a sticky page header. Defaults to `1em`.
 *
 * @example
 * ```html
 * <ckit-provider base-url="/api/v1">
 *   <ckit-course-catalog per-page="12" sort="-rating" sync-url href-template="/courses/{slug}"></ckit-course-catalog>
 * </ckit-provider>
 * ```
 */
export class CkitCourseCatalog extends CoursekitElement {
  static override dependencies = {
    /** The cards this element renders its courses with. */
    'ckit-course-card': CkitCourseCard,
  };
  /** The catalog's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [paginationStyles, courseCatalogStyles];
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = courseCatalogMessages;

  /** Search text. */
  @property() search = '';
  /** Category slug; subcategories are included. */
  @property() category = '';
  /** Topic (tag) slug. */
  @property() tag = '';
  /** `Beginner`, `Intermediate` or `Advanced`; empty for every level. */
  @property() level: CourseLevel | '' = '';
  /** `free` or `paid`; empty for both. */
  @property() price: 'free' | 'paid' | '' = '';
  /** Minimum average rating, e.g. `4.5`; empty for any. */
  @property({ attribute: 'min-rating' }) minRating = '';
  /** Sort key, e.g. `-rating`, `price`, `-created_at`; empty for the server's relevance order. */
  @property() sort: CourseSort | '' = '';
  /** Current page (1-based). */
  @property({ type: Number }) page = 1;
  /** Courses per page. */
  @property({ attribute: 'per-page', type: Number }) perPage = 12;
  /** `grid` of cards or a `list` of wide cards. */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** `pagination` with page numbers, or `infinite`: more courses load as the visitor scrolls. */
  @property() mode: 'pagination' | 'infinite' = 'pagination';
  /** Keeps search, filters, sort and page in the page's query string; back and forward restore them. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /** Link of each card, e.g. `/courses/{slug}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Heading level of the card titles. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** Hides search, filters and sort: the attributes alone choose what is shown. */
  @property({ attribute: 'no-toolbar', type: Boolean }) noToolbar = false;
  /** Gives each paid course's card an "Add to cart" button (the cards' `add-to-cart`). */
  @property({ attribute: 'card-add-to-cart', type: Boolean }) cardAddToCart = false;

  @state() private searchDraft = '';
  /** Whether the filters are unfolded on a narrow catalog (wide ones always show them). */
  @state() private filtersOpen = false;
  #items: Course[] = [];
  #appendKey = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #focusSummary = false;
  /** After removing a chip: the position of the chip to focus next (the search field when none is left). */
  #focusChip: number | undefined;
  #observer: IntersectionObserver | undefined;
  /** The first page took long enough to show placeholders. */
  #skeletonDue = false;
  #skeletonTimer: ReturnType<typeof setTimeout> | undefined;
  /** The filter and sort selects, loaded after the first paint (`catalog-filters.ts`). */
  #filterSelects: ToolbarOptions['filterSelects'];

  /** The current search, filters, sort and page. */
  get query(): CatalogQuery {
    const { search, category, tag, level, price, minRating, sort, page } = this;
    return { search, category, tag, level, price, minRating, sort, page };
  }

  /**
   * The first page of courses (or its error) has painted and the page has had an idle moment: the
   * facets and the filter selects may load now. Before, their requests, parsing and render (15 ms
   * here) competed with the frame that shows the cards, then held up the frames after it.
   */
  @state() private firstShown = false;
  /** Waiting for the frame that shows the first page of courses. */
  #awaitingFirstPaint = false;

  // Declared first so the course request leaves first; the facets wait until its cards have
  // painted, so the cards show first and the filters fill in after.
  readonly #results = this.createTask(
    'courses.list',
    () => [this.query, this.perPage, this.mode] as const,
    async ([query, perPage, mode], { read, signal }): Promise<PageMeta> => {
      const request = read(courseList(toListParams(query, perPage)));
      // The main thread waits for the network now: build the cards' formatters (the page's first
      // Intl formatter costs ~15 ms) in a task after this one, which has sent the request.
      const i18n = this.i18n;
      setTimeout(() => i18n.prepare());
      const page = await request;
      if (signal.aborted) throw signal.reason;
      const appendKey = JSON.stringify({ ...query, page: 0 });
      const append = mode === 'infinite' && query.page > 1 && appendKey === this.#appendKey;
      this.#items = append ? [...this.#items, ...page.data] : page.data;
      this.#appendKey = appendKey;
      return page.meta;
    },
    { argsEqual: ([queryA, perPageA, modeA], [queryB, perPageB, modeB]) => sameQuery(queryA, queryB) && perPageA === perPageB && modeA === modeB },
  );

  readonly #facets = this.createTask('catalog.facets', () => (this.firstShown ? ([this.noToolbar] as const) : undefined), async ([noToolbar], { read }) => {
    if (noToolbar) return {};
    // Without categories or topics the catalog still works: those filters are simply left out.
    const [categories, tags] = await Promise.all([
      read(categoriesQuery).catch((error: unknown): Category[] | undefined => void this.reportError(error, 'categories.list')),
      read(tagsQuery).catch((error: unknown): Tag[] | undefined => void this.reportError(error, 'tags.list')),
    ]);
    return { categories, tags };
  });

  readonly #url = new UrlStateController<CatalogQuery>(this, {
    enabled: () => this.syncUrl,
    read: readQuery,
    write: (url, query) => writeQuery(url, query, { page: this.mode === 'pagination' }),
    apply: (query) => Object.assign(this, query),
    current: () => this.query,
  });

  #loadFilterSelects(): void {
    if (this.#filterSelects || this.noToolbar) return;
    import('./catalog-filters.js').then(
      ({ filterSelects }) => {
        this.#filterSelects = filterSelects;
        this.requestUpdate();
      },
      (error: unknown) => this.reportError(error, 'catalog.filters'),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#skeletonTimer ??= setTimeout(() => {
      this.#skeletonDue = true;
      if (!this.#results.value && this.#results.status !== TaskStatus.ERROR) this.requestUpdate();
    }, SKELETON_DELAY_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#skeletonTimer);
    this.#skeletonTimer = undefined;
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search')) this.searchDraft = this.search;
    if ((changed.has('noToolbar') || (changed as PropertyValues).has('firstShown')) && this.firstShown) this.#loadFilterSelects();
  }

  protected override updated(): void {
    this.#awaitFirstPaint();
    if (this.#focusSummary) {
      this.#focusSummary = false;
      // The new page starts at the result count, not at the filters above it.
      const summary = this.shadowRoot?.querySelector<HTMLElement>('[part="result-count"]');
      summary?.focus({ preventScroll: true });
      if (summary && summary.getBoundingClientRect().top < 0) summary.scrollIntoView({ block: 'start' });
    }
    if (this.#focusChip !== undefined) {
      const chips = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part="filter-chip"]') ?? [])];
      (chips[Math.min(this.#focusChip, chips.length - 1)] ?? this.#searchInput())?.focus();
      this.#focusChip = undefined;
    }
    this.#observeSentinel();
  }

  /** Once this update rendered the first page of courses (or its error), marks it shown after the next paint and an idle moment (300 ms at most). */
  #awaitFirstPaint(): void {
    const settled = this.#results.status === TaskStatus.COMPLETE || this.#results.status === TaskStatus.ERROR;
    if (this.firstShown || this.#awaitingFirstPaint || !settled) return;
    this.#awaitingFirstPaint = true;
    void afterNextPaint()
      .then(() => whenIdle())
      .then(() => (this.firstShown = true));
  }

  #searchInput(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLInputElement>('[part="search-input"]');
  }

  /** Applies a change made by the user: back to page 1 unless the page itself changed, then event and URL. */
  #change(changes: Partial<CatalogQuery>): void {
    Object.assign(this, { page: 1 }, changes);
    const query = this.query;
    this.emit(new CkitFilterChangeEvent({ query }));
    this.#url.push(query);
  }

  /** "Clear filters" disappears once clicked: focus goes on to the search field (the result count without a toolbar). */
  #clearFiltersFromButton(): void {
    this.#change(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])));
    (this.#searchInput() ?? this.shadowRoot?.querySelector<HTMLElement>('[part="result-count"]'))?.focus();
  }

  /** A chip's remove button disappears with its filter: focus moves to the chip that takes its place. */
  #removeFilter(key: FilterKey, index: number): void {
    this.#focusChip = index;
    this.#change({ [key]: '' });
  }

  #onSearchInput(value: string): void {
    this.searchDraft = value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#commitSearch(), SEARCH_DEBOUNCE_MS);
  }

  #commitSearch(): void {
    clearTimeout(this.#searchTimer);
    if (this.searchDraft !== this.search) this.#change({ search: this.searchDraft });
  }

  #goToPage(page: number): void {
    this.#focusSummary = true;
    this.#change({ page });
  }

  #loadMore(): void {
    if (!this.#results.value?.has_more || this.#results.status === TaskStatus.PENDING) return;
    this.#change({ page: this.page + 1 });
  }

  /** In infinite mode, loads the next page when the end of the list scrolls into view. */
  #observeSentinel(): void {
    const sentinel = this.shadowRoot?.querySelector('.sentinel');
    this.#observer?.disconnect();
    if (!sentinel) return;
    this.#observer ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.#loadMore(), { rootMargin: '400px' });
    this.#observer.observe(sentinel);
  }

  protected override render() {
    const i18n = this.i18n;
    const query = this.query;
    const facets = this.#facets.value;
    return html`<div part="base" class="${this.rootClass} catalog" dir=${this.direction} lang=${i18n.locale} role="region" aria-label=${i18n.t('catalogLabel')}>
      ${this.noToolbar
        ? nothing
        : toolbar({
            i18n,
            query,
            searchDraft: this.searchDraft,
            categories: facets?.categories,
            tags: facets?.tags,
            filtered: hasFilters(query),
            filtersOpen: this.filtersOpen,
            onSearchInput: (value) => this.#onSearchInput(value),
            onSearchCommit: () => this.#commitSearch(),
            onChange: (key, value) => this.#change({ [key]: value }),
            onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
            onRemove: (key, index) => this.#removeFilter(key, index),
            onClear: () => this.#clearFiltersFromButton(),
            filterSelects: this.#filterSelects,
          })}
      ${this.#renderResults()}
    </div>`;
  }

  #renderResults(): TemplateResult {
    const i18n = this.i18n;
    const meta = this.#results.value;
    const pending = this.#results.status === TaskStatus.PENDING;
    const error = this.#results.status === TaskStatus.ERROR ? this.#results.error : undefined;
    const summary = html`<p part="result-count" class="summary" role="status" tabindex="-1">${meta?.total != null && !pending ? i18n.t('resultCount', { count: meta.total }) : ''}</p>`;
    if (!meta && !error) return html`${summary}${this.#renderSkeleton(this.#skeletonDue)}`;
    if (error !== undefined && (this.mode === 'pagination' || !this.#items.length)) return html`${summary}${errorState(i18n, error, () => this.#results.run())}`;
    if (!this.#items.length) {
      return html`${summary}<div part="empty" class="state panel">
          <strong>${i18n.t('emptyTitle')}</strong>
          <p>${i18n.t('emptyBody')}</p>
          ${hasFilters(this.query) ? html`<button type="button" part="clear-button" class="btn btn-secondary" @click=${() => this.#clearFiltersFromButton()}>${i18n.t('clearFilters')}</button>` : nothing}
        </div>`;
    }
    return html`${summary}
      <ul part="list" class="results" aria-busy=${pending ? 'true' : 'false'}>
        ${this.#items.map(
          (course) => html`<li>
            <ckit-course-card
              part="card"
              exportparts=${CARD_PARTS}
              .course=${course}
              href-template=${this.hrefTemplate ?? nothing}
              layout=${this.layout === 'list' ? 'horizontal' : 'vertical'}
              heading-level=${this.headingLevel}
              ?add-to-cart=${this.cardAddToCart}
            ></ckit-course-card>
          </li>`,
        )}
      </ul>
      ${error !== undefined ? errorState(i18n, error, () => this.#results.run()) : nothing}
      ${meta ? this.#renderPaging(meta, pending) : nothing}`;
  }

  #renderPaging(meta: PageMeta, pending: boolean): TemplateResult | typeof nothing {
    if (this.mode === 'infinite') {
      if (!meta.has_more) return nothing;
      return html`<button type="button" part="load-more" class="btn btn-secondary more" ?disabled=${pending} @click=${() => this.#loadMore()}>${this.i18n.t('loadMore')}</button>
        <div class="sentinel"></div>`;
    }
    return pagination(this.i18n, this.page, meta, (page) => this.#goToPage(page));
  }

  /**
   * Card-sized placeholders, one per course of the first page: they hold the room the cards will
   * take from the first render, so nothing below the catalog moves when they arrive. Visible (and
   * announced) only once the load is slow enough to notice.
   */
  #renderSkeleton(shown: boolean): TemplateResult {
    return html`<ul part="list skeleton" class="results ${shown ? '' : 'reserved'}" aria-busy="true" aria-hidden=${shown ? nothing : 'true'}>
        ${Array.from({ length: this.perPage }, () => html`<li><div class="placeholder panel" aria-hidden="true"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></div></li>`)}
      </ul>
      ${shown ? html`<span class="sr-only" role="status">${this.i18n.t('loading')}</span>` : nothing}`;
  }
}
