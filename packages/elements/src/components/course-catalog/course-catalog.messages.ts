/**
 * The English messages of `<ckit-course-catalog>` (its toolbar, filters, result count and empty
 * state), registered by the element's `define()` (its `static messages`). `MessageKey` includes
 * their keys; `i18n/fr.ts` and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const courseCatalogMessages = {
  catalogLabel: 'Course catalog',
  search: 'Search courses',
  searchPlaceholder: 'Search…',
  filters: 'Filters',
  category: 'Category',
  allCategories: 'All categories',
  tag: 'Topic',
  allTags: 'All topics',
  level: 'Level',
  allLevels: 'All levels',
  price: 'Price',
  anyPrice: 'Any price',
  priceFree: 'Free',
  pricePaid: 'Paid',
  minRating: 'Rating',
  anyRating: 'Any rating',
  ratingAtLeast: '{rating} & up',
  sort: 'Sort by',
  sort_relevance: 'Most relevant',
  'sort_-rating': 'Highest rated',
  'sort_-student_count': 'Most popular',
  'sort_-created_at': 'Newest',
  sort_price: 'Price: low to high',
  'sort_-price': 'Price: high to low',
  sort_title: 'Title: A to Z',
  resultCount: { zero: 'No courses', one: '{count} course', other: '{count} courses' },
  emptyTitle: 'No courses match your filters',
  emptyBody: 'Try a different search or remove a filter.',
  clearFilters: 'Clear filters',
  loadMore: 'Load more courses',
  filtersCount: 'Filters ({count})',
  activeFilters: 'Active filters',
  filterChip: '{name}: {value}',
  removeFilter: 'Remove filter: {filter}',
} as const;
