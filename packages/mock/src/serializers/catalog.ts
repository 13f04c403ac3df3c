/**
 * Catalog resources: categories, tags, media and courses with their optional relations.
 *
 * @module
 */
import type { CourseRow, Row } from '../store/schema.js';
import { MORPH_TYPES } from '../domain/morphs.js';
import { instructorProfile, publicUser } from './users.js';
import type { View } from './view.js';

/** Relations `GET /courses` can embed. */
export type CourseInclude = 'category' | 'tags' | 'instructors' | 'media';
export const COURSE_INCLUDES: readonly CourseInclude[] = ['category', 'tags', 'instructors', 'media'];

/** Relations of a category. */
export type CategoryInclude = 'children' | 'parent';
export const CATEGORY_INCLUDES: readonly CategoryInclude[] = ['children', 'parent'];

/** A category; `children` nests the subtree, `parent` adds the parent category. */
export function category(row: Row<'categories'>, view: View, includes: ReadonlySet<CategoryInclude> = new Set()): Record<string, unknown> {
  const result: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    slug: row.slug,
    parent_id: row.parent_id,
    description: row.description,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  if (includes.has('children')) {
    const children = view.db.where('categories', (child) => child.parent_id === row.id).sort((a, b) => a.name.localeCompare(b.name));
    result['children'] = children.map((child) => category(child, view, new Set(['children'])));
  }
  if (includes.has('parent')) {
    const parent = row.parent_id === null ? undefined : view.db.find('categories', row.parent_id);
    result['parent'] = parent ? category(parent, view) : null;
  }
  return result;
}

/** A tag. */
export function tag(row: Row<'tags'>) {
  return { id: row.id, name: row.name, slug: row.slug, created_at: row.created_at, updated_at: row.updated_at };
}

/** A media file, with its public `url`. */
export function media(row: Row<'media'>, view: View) {
  return {
    id: row.id,
    disk: row.disk,
    path: row.path,
    file_name: row.file_name,
    mime_type: row.mime_type,
    size: row.size,
    model_type: row.model_type,
    model_id: row.model_id,
    meta: row.meta,
    url: view.fileUrl(row.path),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A row of `course_instructors`. */
export function courseInstructor(row: Row<'course_instructors'>) {
  return { id: row.id, course_id: row.course_id, user_id: row.user_id, is_primary: row.is_primary, created_at: row.created_at, updated_at: row.updated_at };
}

/**
 * `{ course }` for a record that points at a course, or `{}` when the row is gone. Soft-deleted
 * courses are included: enrollments, orders and certificates keep showing what was bought.
 */
export function courseRelation(courseId: number, view: View, includes?: ReadonlySet<CourseInclude>): { course?: Record<string, unknown> } {
  const row = view.db.find('courses', courseId, { withTrashed: true });
  return row ? { course: course(row, view, includes) } : {};
}

/** A course with the relations named in `includes`. */
export function course(row: CourseRow, view: View, includes: ReadonlySet<CourseInclude> = new Set()): Record<string, unknown> {
  const { db } = view;
  const result: Record<string, unknown> = {
    id: row.id,
    title: row.title,
    slug: row.slug,
    short_description: row.short_description,
    description: row.description,
    category_id: row.category_id,
    price: row.price,
    level: row.level,
    status: row.status,
    duration_minutes: row.duration_minutes,
    lecture_count: row.lecture_count,
    student_count: row.student_count,
    rating: row.rating,
    is_featured: row.is_featured,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  if (includes.has('category')) {
    const parent = row.category_id === null ? undefined : db.find('categories', row.category_id);
    result['category'] = parent ? category(parent, view) : null;
  }
  if (includes.has('tags')) {
    const tagIds = db.where('course_tag', (pivot) => pivot.course_id === row.id).map((pivot) => pivot.tag_id);
    result['tags'] = db.where('tags', (candidate) => tagIds.includes(candidate.id)).sort((a, b) => a.name.localeCompare(b.name)).map(tag);
  }
  if (includes.has('instructors')) {
    const pivots = db.where('course_instructors', (pivot) => pivot.course_id === row.id).sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || a.id - b.id);
    result['instructors'] = pivots.flatMap((pivot) => {
      const user = db.find('users', pivot.user_id);
      if (!user) return [];
      const profile = db.first('instructors', (candidate) => candidate.user_id === user.id);
      return [{ ...publicUser(user, view), is_primary: pivot.is_primary, pivot: { is_primary: pivot.is_primary }, instructor: profile ? instructorProfile(profile, view, false) : null }];
    });
  }
  if (includes.has('media')) {
    result['media'] = db.where('media', (file) => file.model_type === MORPH_TYPES.course && file.model_id === row.id).map((file) => media(file, view));
  }
  return result;
}
