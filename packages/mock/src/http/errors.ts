/**
 * Error responses as a stock Laravel app sends them. Handlers `throw` these; the router turns
 * them into responses, and the surrounding transaction is rolled back.
 *
 * @module
 */

/** An error response: status, JSON body and extra headers. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(typeof body['message'] === 'string' ? body['message'] : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** 400, as spatie/laravel-query-builder answers an unknown filter, sort or include. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, { message });
}

/** 401 `{"message": "Unauthenticated."}`: no token, or a revoked or unknown one. */
export function unauthenticated(): HttpError {
  return new HttpError(401, { message: 'Unauthenticated.' });
}

/** 402 with a machine-readable `code`: e.g. enrolling in a paid course without buying it. */
export function paymentRequired(message: string, code = 'payment_required'): HttpError {
  return new HttpError(402, { message, code });
}

/** 403: signed in, but the policy says no. */
export function forbidden(message = 'This action is unauthorized.'): HttpError {
  return new HttpError(403, { message });
}

/** 404 as route-model binding reports a missing row: `No query results for model [App\Models\Course] 42`. */
export function notFound(model: string, id: string | number): HttpError {
  return new HttpError(404, { message: `No query results for model [App\\Models\\${model}] ${id}` });
}

/** 404 for a path no route matches. */
export function routeNotFound(path: string): HttpError {
  return new HttpError(404, { message: `The route ${path.replace(/^\//, '')} could not be found.` });
}

/** 409: the request conflicts with the current state. `code` says which rule. */
export function conflict(message: string, code = 'conflict'): HttpError {
  return new HttpError(409, { message, code });
}

/** 413, as Laravel's `ValidatePostSize` middleware answers a request body over the size limit. */
export function contentTooLarge(): HttpError {
  return new HttpError(413, { message: 'The POST data is too large.' });
}

/** 419, Laravel's answer to a stateful mutation without the session's CSRF token in `X-XSRF-TOKEN`. */
export function csrfTokenMismatch(): HttpError {
  return new HttpError(419, { message: 'CSRF token mismatch.' });
}

/**
 * 422 in Laravel's shape: `{message, errors: {field: [messages]}}`, where `message` is the first
 * error plus "(and N more errors)" like Laravel 10+.
 */
export function validationError(errors: Record<string, string[]>): HttpError {
  const messages = Object.values(errors).flat();
  const more = messages.length - 1;
  const message = `${messages[0] ?? 'The given data was invalid.'}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'})` : ''}`;
  return new HttpError(422, { message, errors });
}

/** 422 for one field. */
export function fieldError(field: string, message: string): HttpError {
  return validationError({ [field]: [message] });
}

/** 429 with `Retry-After` (seconds), as the `throttle` middleware answers. */
export function tooManyRequests(retryAfter: number, message = 'Too Many Attempts.'): HttpError {
  return new HttpError(429, { message }, { 'Retry-After': String(retryAfter), 'X-RateLimit-Remaining': '0' });
}

const SERVER_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The error a status stands for when it is injected as a fault, worded as Laravel's production handler does. */
export function errorForStatus(status: number): HttpError {
  if (status === 401) return unauthenticated();
  if (status === 403) return forbidden();
  if (status === 413) return contentTooLarge();
  if (status === 419) return csrfTokenMismatch();
  if (status === 429) return tooManyRequests(1);
  if (status === 422) return validationError({});
  return new HttpError(status, { message: SERVER_MESSAGES[status] ?? (status >= 500 ? 'Server Error' : 'Error') });
}
