/**
 * Derived facts about a course shared by the card, the wishlist and the catalog: its link, its
 * cover image and its instructors in display order.
 *
 * @module
 */
import type { Course } from '@coursekit/sdk';

/**
 * Expands an `href-template` such as `/courses/{slug}` or `/course.html?id={id}` for `course`.
 * Values are URL-encoded, so a slug can never change the link's structure.
 */
export function courseHref(template: string | undefined, course: Course): string | undefined {
  if (!template) return undefined;
  return template.replace(/\{(id|slug)\}/g, (_, key: 'id' | 'slug') => encodeURIComponent(String(course[key])));
}

/** The URL of the course's first image, when it has one the browser can load. */
export function courseImage(course: Course): string | undefined {
  const image = course.media?.find((media) => media.mime_type?.startsWith('image/') ?? true);
  const source = image?.url ?? image?.path;
  // A bare storage path ("courses/42/cover.jpg") is relative to the backend's disk, not to this page.
  return source && /^(https?:|data:|blob:|\/)/.test(source) ? source : undefined;
}

/** Instructor names, primary instructor first. */
export function instructorNames(course: Course): string[] {
  const primary = (user: NonNullable<Course['instructors']>[number]) => Boolean(user.is_primary ?? user.pivot?.is_primary);
  return [...(course.instructors ?? [])].sort((a, b) => Number(primary(b)) - Number(primary(a))).map((user) => user.name);
}

/** Whether the course costs nothing. */
export function isFree(price: string): boolean {
  return Number(price) === 0;
}
