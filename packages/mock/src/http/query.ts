/**
 * Query strings as spatie/laravel-query-builder reads them: `filter[name]=value`,
 * `sort=-rating,title`, `include=category,tags`. Like the package, unknown filters, sorts and
 * includes are refused with 400 and a message that lists the allowed ones.
 *
 * @module
 */
import { badRequest } from './errors.js';

/** The `filter[...]` values of `url`, refusing names not in `allowed`. */
export function readFilters<K extends string>(url: URL, allowed: readonly K[]): Partial<Record<K, string>> {
  const filters: Partial<Record<K, string>> = {};
  const refused: string[] = [];
  for (const [key, value] of url.searchParams) {
    const match = /^filter\[([^\]]+)\]$/.exec(key);
    if (!match) continue;
    const name = match[1]!;
    if ((allowed as readonly string[]).includes(name)) filters[name as K] = value;
    else refused.push(name);
  }
  if (refused.length) {
    throw badRequest(`Requested filter(s) \`${refused.join(', ')}\` are not allowed. Allowed filter(s) are \`${allowed.join(', ')}\`.`);
  }
  return filters;
}

/** One sort key. */
export interface SortKey<F extends string = string> {
  field: F;
  desc: boolean;
}

/** The `sort` keys of `url` (or `fallback`), refusing fields not in `allowed`. */
export function readSort<F extends string>(url: URL, allowed: readonly F[], fallback: string): SortKey<F>[] {
  const text = url.searchParams.get('sort') || fallback;
  const keys = text.split(',').filter(Boolean).map((part) => ({ field: part.replace(/^-/, ''), desc: part.startsWith('-') }));
  const refused = keys.filter((key) => !(allowed as readonly string[]).includes(key.field));
  if (refused.length) {
    throw badRequest(`Requested sort(s) \`${refused.map((key) => key.field).join(', ')}\` is not allowed. Allowed sort(s) are \`${allowed.join(', ')}\`.`);
  }
  return keys as SortKey<F>[];
}

/** The `include` relations of `url`, refusing names not in `allowed`. */
export function readIncludes<I extends string>(url: URL, allowed: readonly I[]): Set<I> {
  const names = (url.searchParams.get('include') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const refused = names.filter((name) => !(allowed as readonly string[]).includes(name));
  if (refused.length) {
    throw badRequest(`Requested include(s) \`${refused.join(', ')}\` are not allowed. Allowed include(s) are \`${allowed.join(', ')}\`.`);
  }
  return new Set(names as I[]);
}

/** A boolean filter value as Laravel's `boolean()` reads it: `1/true/on/yes` or `0/false/off/no`. */
export function parseBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(text)) return true;
  if (['0', 'false', 'off', 'no'].includes(text)) return false;
  return undefined;
}
