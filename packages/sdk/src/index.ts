/**
 * `@coursekit/sdk`: a typed client for CourseKit-compatible course-marketplace backends.
 *
 * @packageDocumentation
 */
export { CourseKit } from './client.js';
export type { ClientOptions, RequestOptions, TokenProvider, Query, QueryValue } from './core/request.js';
export { APIClient } from './core/request.js';
export { Page, PagePromise, type PageMeta } from './core/pagination.js';
export * from './core/errors.js';
export * from './schemas/index.js';
