/**
 * `@coursekit/mock`: a stateful reference backend of the CourseKit contract on msw handlers.
 * It validates requests with the SDK's own schemas, enforces the contract's rules on an
 * in-memory copy of the seed's 24 tables, and answers the way a Laravel backend does.
 *
 * - `createMockApi()` here: the handlers, the database, `reset()` and fault injection.
 * - `@coursekit/mock/browser`: `startMockWorker()` for pages and element tests.
 * - `@coursekit/mock/node`: `createMockServer()` for Node tests.
 * - `npm run mock:serve`: real HTTP on `http://localhost:8787/api/v1`.
 *
 * @packageDocumentation
 */
export { createMockApi, defaultBaseUrl, type MockApi, type MockApiOptions, type MockMode } from './api.js';
export { Database, type AnyRow, type Change, type DatabaseSnapshot, type Key, type ReadOptions } from './store/database.js';
export { ConstraintError, isUniqueViolation, type ConstraintKind } from './store/constraint-error.js';
export type { Row, Insert, TableName, Schema, IdTable, SoftDeleteTable, TableSpec, CouponMeta, JsonObject, QuizAnswer } from './store/schema.js';
export type { Column, RowOf, InsertOf } from './store/columns.js';
export { Faults, type FaultPlan, type FaultSettings } from './http/faults.js';
export type { PaginatorStyle } from './http/pagination.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, REFERENCE_DATE } from './seed-data/reference.js';
export { COUPONS, type CouponBlueprint } from './seed-data/coupons.js';
export { TEST_CARDS, TEST_GATEWAY } from './domain/gateway.js';
