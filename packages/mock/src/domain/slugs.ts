/**
 * Slugs as Laravel's `Str::slug()` makes them: lowercase ASCII words joined by dashes.
 *
 * @module
 */

/** `Str::slug('Café & Crème')` → `cafe-creme`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` says is free. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  const root = base || 'item';
  if (!taken(root)) return root;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${root}-${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
