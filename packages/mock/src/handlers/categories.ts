/**
 * Categories (addressed by slug) and tags (by id): public reads, admin writes. Deleting a
 * category sets its subcategories' `parent_id` and its courses' `category_id` to NULL, as the
 * seed's `nullOnDelete()` foreign keys do; deleting a tag removes it from every course.
 *
 * @module
 */
import { CATEGORY_FILTER_KEYS, CategoryCreateParams, CategoryUpdateParams, TagCreateParams, TagUpdateParams } from '@coursekit/sdk/schemas';
import { slugify } from '../domain/slugs.js';
import { fieldError, notFound, validationError } from '../http/errors.js';
import { readFilters, readIncludes } from '../http/query.js';
import type { RequestContext, Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { CATEGORY_INCLUDES, category, tag } from '../serializers/catalog.js';
import { created, findOrFail, noContent, ok } from './support.js';

function categoryBySlug(ctx: RequestContext) {
  const slug = ctx.params['slug'] ?? '';
  const row = ctx.db.first('categories', (candidate) => candidate.slug === slug);
  if (!row) throw notFound('Category', slug);
  return row;
}

function checkParent(ctx: RequestContext, parentId: number | null | undefined, ownId: number | undefined): void {
  if (parentId === undefined || parentId === null) return;
  if (!ctx.db.find('categories', parentId)) throw fieldError('parent_id', 'The selected parent id is invalid.');
  // Walk up from the new parent: meeting ourselves would close a cycle.
  for (let id: number | null = parentId; id !== null; id = ctx.db.find('categories', id)?.parent_id ?? null) {
    if (id === ownId) throw fieldError('parent_id', 'A category cannot be moved below itself.');
  }
}

export function categoryRoutes(router: Router): void {
  router.add('get', '/categories', 'public', (ctx) => {
    const filters = readFilters(ctx.url, CATEGORY_FILTER_KEYS);
    const includes = readIncludes(ctx.url, CATEGORY_INCLUDES);
    const parent = filters.parent_id;
    // An empty value (or `null`) asks for the roots, as a nullable spatie filter reads it.
    const parentId = parent === undefined ? undefined : parent === '' || parent === 'null' ? null : Number(parent);
    const rows = ctx.db
      .where('categories', (row) => parentId === undefined || row.parent_id === parentId)
      .sort((a, b) => a.name.localeCompare(b.name));
    return ok(rows.map((row) => category(row, ctx.view, includes)));
  });

  router.add('get', '/categories/:slug', 'public', (ctx) => ok(category(categoryBySlug(ctx), ctx.view, readIncludes(ctx.url, CATEGORY_INCLUDES))));

  router.add('post', '/categories', 'admin', (ctx) => {
    const input = validate(CategoryCreateParams, ctx.body);
    const slug = input.slug ?? slugify(input.name);
    if (ctx.db.first('categories', (row) => row.slug === slug)) throw fieldError('slug', 'The slug has already been taken.');
    checkParent(ctx, input.parent_id, undefined);
    return created(category(ctx.db.insert('categories', { ...input, slug }), ctx.view));
  });

  router.add('patch', '/categories/:slug', 'admin', (ctx) => {
    const row = categoryBySlug(ctx);
    const input = validate(CategoryUpdateParams, ctx.body);
    if (input.slug && ctx.db.first('categories', (other) => other.slug === input.slug && other.id !== row.id)) throw fieldError('slug', 'The slug has already been taken.');
    checkParent(ctx, input.parent_id, row.id);
    return ok(category(ctx.db.update('categories', row.id, input), ctx.view));
  });

  router.add('delete', '/categories/:slug', 'admin', (ctx) => {
    ctx.db.delete('categories', categoryBySlug(ctx).id);
    return noContent();
  });

  router.add('get', '/tags', 'public', (ctx) => ok(ctx.db.all('tags').sort((a, b) => a.name.localeCompare(b.name)).map(tag)));

  router.add('get', '/tags/:tag', 'public', (ctx) => ok(tag(findOrFail(ctx, 'tags', 'tag', 'Tag'))));

  router.add('post', '/tags', 'admin', (ctx) => {
    const input = validate(TagCreateParams, ctx.body);
    const slug = input.slug ?? slugify(input.name);
    checkTag(ctx, input.name, slug, undefined);
    return created(tag(ctx.db.insert('tags', { name: input.name, slug })));
  });

  router.add('patch', '/tags/:tag', 'admin', (ctx) => {
    const row = findOrFail(ctx, 'tags', 'tag', 'Tag');
    const input = validate(TagUpdateParams, ctx.body);
    checkTag(ctx, input.name, input.slug, row.id);
    return ok(tag(ctx.db.update('tags', row.id, input)));
  });

  router.add('delete', '/tags/:tag', 'admin', (ctx) => {
    ctx.db.delete('tags', findOrFail(ctx, 'tags', 'tag', 'Tag').id);
    return noContent();
  });
}

function checkTag(ctx: RequestContext, name: string | undefined, slug: string | undefined, ownId: number | undefined): void {
  const errors: Record<string, string[]> = {};
  if (name !== undefined && ctx.db.first('tags', (row) => row.name.toLowerCase() === name.toLowerCase() && row.id !== ownId)) errors['name'] = ['The name has already been taken.'];
  if (slug !== undefined && ctx.db.first('tags', (row) => row.slug === slug && row.id !== ownId)) errors['slug'] = ['The slug has already been taken.'];
  if (Object.keys(errors).length) throw validationError(errors);
}
