/**
 * Sort keys as spatie/laravel-query-builder reads them: a field sorts ascending, the field with a
 * leading `-` descending.
 *
 * @module
 */

/** Each field as a sort key in both directions: `['title', 'rating']` → `['title', '-title', 'rating', '-rating']`. */
export function bothDirections<const F extends string>(fields: readonly F[]): (F | `-${F}`)[] {
  return fields.flatMap((field) => [field, `-${field}` as const]);
}
