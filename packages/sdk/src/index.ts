/**
 * `@coursekit/sdk`: a typed client for CourseKit-compatible course-marketplace backends.
 *
 * @packageDocumentation
 */
export { CourseKit } from './client.js';
export { CourseKitBase, createClient, type ClientWith, type ResourceClass } from './core/client-base.js';
export type { CallOptions, ClientHooks, ClientOptions, Method, RequestOptions, TokenProvider, Query, QueryValue } from './core/request.js';
export { APIClient } from './core/request.js';
export { Page, PagePromise, type PageMeta, type PageFetcher, type PageSource } from './core/pagination.js';
export type { APIResource } from './core/resource.js';
// The resource classes, for `createClient()`: a page imports the ones it uses.
export * from './resources/index.js';
export * from './core/errors.js';
// Response schemas ship with the client (it parses every response with them). Request schemas
// are exported as types only: their runtime validators are server-side tools (the reference
// backend, the OpenAPI generator) and live at '@coursekit/sdk/schemas', out of browser bundles.
export * from './schemas/wire.js';
export * from './schemas/users.js';
export * from './schemas/catalog.js';
export * from './schemas/curriculum.js';
export * from './schemas/learning.js';
export * from './schemas/certificates.js';
export * from './schemas/notifications.js';
export * from './schemas/quizzes.js';
export * from './schemas/commerce.js';
export type * from './schemas/params.js';
