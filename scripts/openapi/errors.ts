/**
 * Error answers shared by every route: the bodies Laravel sends and one reusable response per
 * status. The SDK maps each status to its error class (`AuthenticationError`, ...).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { ErrorStatus } from './routes.js';

/** Laravel's error body: `{"message": "Unauthenticated."}`; `code` names the case where one exists (`payment_required`). */
export const ErrorBody = z.object({ message: z.string(), code: z.optional(z.string()) });

/** Laravel's 422 body: a summary `message` and every failing field with its messages. */
export const ValidationErrorBody = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.array(z.string())),
});

/** Statuses every route may answer, on top of the ones its row names. */
export const UNIVERSAL_ERRORS = [429] as const;

/** Statuses every route with a request body may answer. */
export const BODY_ERRORS = [413] as const;

type AnyErrorStatus = ErrorStatus | (typeof UNIVERSAL_ERRORS)[number] | (typeof BODY_ERRORS)[number];

/** The reusable response of each error status: component name, description, body schema name. */
export const ERROR_RESPONSES: Record<AnyErrorStatus, { name: string; description: string; body: 'ErrorBody' | 'ValidationErrorBody' }> = {
  401: { name: 'Unauthenticated', description: 'No valid token or session. SDK: `AuthenticationError`.', body: 'ErrorBody' },
  402: { name: 'PaymentRequired', description: 'The course must be bought first (`code: payment_required`). SDK: `PaymentRequiredError`.', body: 'ErrorBody' },
  403: { name: 'Forbidden', description: 'Signed in but not allowed: wrong role, not enrolled, locked lecture. SDK: `PermissionDeniedError`.', body: 'ErrorBody' },
  404: { name: 'NotFound', description: 'No such record, or not visible to this user. SDK: `NotFoundError`.', body: 'ErrorBody' },
  409: { name: 'Conflict', description: 'The request conflicts with the current state. SDK: `ConflictError`.', body: 'ErrorBody' },
  413: {
    name: 'ContentTooLarge',
    description: 'The request body is over the size limit: 1 MB, or 11 MB for `POST /media` (a 10 MB file plus the form). SDK: `APIError` with `status` 413.',
    body: 'ErrorBody',
  },
  422: { name: 'ValidationFailed', description: 'The input failed validation; `errors` lists the messages per field. SDK: `ValidationError`.', body: 'ValidationErrorBody' },
  429: { name: 'TooManyRequests', description: 'Throttled. Wait for `Retry-After` seconds. SDK: `RateLimitError` (after its own retries).', body: 'ErrorBody' },
};
