/**
 * The contract as zod (`zod/mini`) schemas. Each schema and its inferred type share one name:
 * `Course` is both the parser and the type of a parsed course.
 *
 * @module
 */
export * from './wire.js';
export * from './pagination.js';
export * from './users.js';
export * from './catalog.js';
export * from './curriculum.js';
export * from './learning.js';
export * from './certificates.js';
export * from './notifications.js';
export * from './quizzes.js';
export * from './commerce.js';
export * from './params.js';
