/**
 * `@coursekit/sdk`: a typed client for CourseKit-compatible course-marketplace backends.
 *
 * @packageDocumentation
 */
export { CourseKit } from './client.js';
export { CourseKitBase, createClient, type ClientWith, type ResourceClass } from './core/client-base.js';
export type { CallOptions, ClientHooks, Output, ClientOptions, Method, RequestOptions, TokenProvider, Query, QueryValue } from './core/request.js';
export { APIClient } from './core/request.js';
export { Page, PagePromise, type PageMeta, type PageFetcher, type PageSource } from './core/pagination.js';
export type { APIResource } from './core/resource.js';
// The resource classes, for `createClient()`: a page imports the ones it uses.
export * from './resources/index.js';
export * from './core/errors.js';
// The contract's response types, each with its validator by the same name (`Course` is the type of
// a parsed course and the validator the client parses it with), generated from the zod schemas.
// The zod schemas themselves, request validators included, are at '@coursekit/sdk/schemas', for
// servers, tests and your own parsing: the client runs without zod.
export * from './generated/validators.js';
export { anyBody, checkOf, type Check, type EnumValidator, type Issue, type StandardSchemaV1, type Validator } from './core/validator.js';
export type * from './schemas/params.js';
