/**
 * The CourseKit error tree. Every failure the SDK reports is a `CourseKitError`:
 *
 * ```
 * CourseKitError
 * ├── APIError                  the server answered with an error status
 * │   ├── BadRequestError           400
 * │   ├── AuthenticationError       401
 * │   ├── PaymentRequiredError      402
 * │   ├── PermissionDeniedError     403
 * │   ├── NotFoundError             404
 * │   ├── ConflictError             409
 * │   ├── ValidationError           422 (field map in `errors`)
 * │   ├── RateLimitError            429 (`retryAfter`)
 * │   └── InternalServerError       5xx
 * ├── ConnectionError           no complete response (offline, DNS, CORS, reset, a body cut off)
 * │   └── TimeoutError              no complete response within `timeout`
 * ├── AbortError                the caller aborted the request through its `signal`
 * ├── ResponseTooLargeError     a body over `maxResponseBytes`
 * ├── ResponseParseError        a 2xx body that is not JSON (HTML error page, truncated body)
 * ├── ResponseValidationError   JSON that does not match the contract's schema
 * └── PaginationError           a list whose next page does not advance (a repeated cursor or page)
 * ```
 *
 * Use the `is*` guards rather than `instanceof` when an error may come from another copy of the
 * SDK (two bundles on one page, an iframe): they check a brand, not the prototype chain.
 *
 * @module
 */

import { retryAfterFromHeaders } from './retry-after.js';

export { parseRetryAfter } from './retry-after.js';

const BRAND = Symbol.for('coursekit.error');

/** Fields every CourseKit error carries, whatever went wrong. */
export interface CourseKitErrorOptions {
  /**
   * The request id: the server's `X-Request-Id` when it sent one, otherwise the id the SDK generated
   * (sent as `X-Request-Id` on every request but anonymous GETs, which skip it to avoid a CORS preflight).
   */
  requestId?: string | undefined;
  /** HTTP method of the failed request. */
  method?: string | undefined;
  /** Full URL of the failed request. */
  url?: string | undefined;
  /** The underlying error, when there is one. */
  cause?: unknown;
}

/** Base class of every error the SDK throws. Thrown as such only for misuse (bad arguments). */
export class CourseKitError extends Error {
  /** Always `'CourseKitError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'CourseKitError';
  /** Correlates the failure with server logs; send it with a support request. */
  readonly requestId: string | undefined;
  /** HTTP method of the failed request. */
  readonly method: string | undefined;
  /** Full URL of the failed request. */
  readonly url: string | undefined;

  constructor(message: string, options: CourseKitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.requestId = options.requestId;
    this.method = options.method;
    this.url = options.url;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Options of an error built from an HTTP error response. */
export interface APIErrorOptions extends CourseKitErrorOptions {
  /** The response's HTTP status code. */
  status: number;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** The response headers (`Retry-After` and friends are read from them). */
  headers?: Headers | undefined;
}

/** Thrown when the server answers with a non-2xx status. Subclasses narrow it by status. */
export class APIError extends CourseKitError {
  /** Always `'APIError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'APIError';
  /** The HTTP status code. */
  readonly status: number;
  /** A machine-readable code: the body's `code`/`error` when present, else derived from the status (`not_found`). */
  readonly code: string;
  /** The parsed JSON body, or the raw text when the body was not JSON. */
  readonly body: unknown;
  /** The response headers. */
  readonly headers: Headers | undefined;

  constructor(message: string, options: APIErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.body = options.body;
    this.headers = options.headers;
    this.code = bodyCode(options.body) ?? STATUS_CODES[options.status] ?? (options.status >= 500 ? 'server_error' : 'http_error');
  }
}

/** Thrown on 400: the request was malformed. */
export class BadRequestError extends APIError {
  /** Always `'BadRequestError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'BadRequestError';
}
/** Thrown on 401 when there is no token, or the token was refused even after `getToken()` was asked for a fresh one. */
export class AuthenticationError extends APIError {
  /** Always `'AuthenticationError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'AuthenticationError';
}
/** Thrown on 402, e.g. enrolling in a paid course without an order: buy it through `orders.create()` instead. */
export class PaymentRequiredError extends APIError {
  /** Always `'PaymentRequiredError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'PaymentRequiredError';
}
/** Thrown on 403: signed in, but not allowed (wrong role, not enrolled, locked lecture). */
export class PermissionDeniedError extends APIError {
  /** Always `'PermissionDeniedError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'PermissionDeniedError';
}
/** Thrown on 404: the resource does not exist, or is not visible to this user. */
export class NotFoundError extends APIError {
  /** Always `'NotFoundError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'NotFoundError';
}
/** Thrown on 409: the request conflicts with current state (a second review, an already paid order). */
export class ConflictError extends APIError {
  /** Always `'ConflictError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ConflictError';
}

/** Thrown on 422: the input failed server validation. `errors` maps each field to its messages. */
export class ValidationError extends APIError {
  /** Always `'ValidationError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ValidationError';
  /** Laravel's field map: `{ email: ['The email has already been taken.'] }`. */
  readonly errors: Record<string, string[]>;

  constructor(message: string, options: APIErrorOptions) {
    super(message, options);
    this.errors = fieldErrors(options.body);
  }

  /** The first message for `field`, handy for rendering next to an input. */
  firstError(field: string): string | undefined {
    return this.errors[field]?.[0];
  }
}

/** Thrown on 429 once retries are used up, or at once when the server asks to wait more than 60 s. `retryAfter` says how long it asked to wait. */
export class RateLimitError extends APIError {
  /** Always `'RateLimitError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'RateLimitError';
  /**
   * Seconds to wait before trying again, from `Retry-After` (seconds or HTTP date), else
   * `RateLimit-Reset` or `X-RateLimit-Reset` (seconds or Unix time): always between 0 and 86400
   * (a day); `undefined` when no such header was sent or it was unreadable.
   */
  readonly retryAfter: number | undefined;

  constructor(message: string, options: APIErrorOptions) {
    super(message, options);
    this.retryAfter = retryAfterFromHeaders(options.headers);
  }
}

/** Thrown on any 5xx once retries are used up. */
export class InternalServerError extends APIError {
  /** Always `'InternalServerError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'InternalServerError';
}

/** Options of an error raised while a response may have been under way (`ConnectionError`, `AbortError`). */
export interface ConnectionErrorOptions extends CourseKitErrorOptions {
  /** The status of a response whose body was still being read; absent when no response had arrived. */
  status?: number | undefined;
}

/** Thrown when no complete response arrived: offline, DNS failure, refused connection, a CORS rejection, or a connection lost while the body was read. */
export class ConnectionError extends CourseKitError {
  /** Always `'ConnectionError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ConnectionError';
  /** The HTTP status when the headers arrived but the body did not; `undefined` when no response arrived. */
  readonly status: number | undefined;

  constructor(message: string, options: ConnectionErrorOptions = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** Thrown when an attempt, from sending the request to reading the last byte of the body, takes longer than the client's `timeout`. */
export class TimeoutError extends ConnectionError {
  /** Always `'TimeoutError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'TimeoutError';
}

/** Thrown when the caller aborts a request through the `signal` it passed, before or while its body is read. Named `AbortError`, like the DOM's. */
export class AbortError extends CourseKitError {
  /** Always `'AbortError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'AbortError';
  /** The HTTP status when the headers had arrived before the abort; `undefined` otherwise. */
  readonly status: number | undefined;

  constructor(message: string, options: ConnectionErrorOptions = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** Thrown when a response's body is larger than the client's `maxResponseBytes`, announced by `Content-Length` or counted while reading. */
export class ResponseTooLargeError extends CourseKitError {
  /** Always `'ResponseTooLargeError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ResponseTooLargeError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** The `maxResponseBytes` in force. */
  readonly limit: number;
  /** The size announced by `Content-Length`, or the bytes read when the SDK stopped reading. */
  readonly size: number;

  constructor(message: string, options: CourseKitErrorOptions & { status: number; limit: number; size: number }) {
    super(message, options);
    this.status = options.status;
    this.limit = options.limit;
    this.size = options.size;
  }
}

/** Thrown when a successful response's body is not JSON, such as an HTML page served with 200 by a proxy or a login wall. */
export class ResponseParseError extends CourseKitError {
  /** Always `'ResponseParseError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ResponseParseError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response's `Content-Type`. */
  readonly contentType: string | null;
  /** The first 200 characters of the body, to see what came back instead of JSON. */
  readonly bodySnippet: string;

  constructor(message: string, options: CourseKitErrorOptions & { status: number; contentType: string | null; body: string }) {
    super(message, options);
    this.status = options.status;
    this.contentType = options.contentType;
    this.bodySnippet = options.body.slice(0, 200);
  }
}

/** One problem found by response validation. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `['data', 3, 'price']`. */
  path: PropertyKey[];
  /** What was wrong. */
  message: string;
  /** The zod issue code. */
  code: string;
}

/** Thrown when a response does not match the contract's schema: the backend and the SDK disagree. */
export class ResponseValidationError extends CourseKitError {
  /** Always `'ResponseValidationError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'ResponseValidationError';
  /** The HTTP status of the response. */
  readonly status: number;
  /** Every issue found, with its JSON path. */
  readonly issues: ValidationIssue[];
  /** The raw, unparsed body. */
  readonly body: unknown;

  constructor(message: string, options: CourseKitErrorOptions & { status: number; issues: ValidationIssue[]; body: unknown }) {
    super(message, options);
    this.status = options.status;
    this.issues = options.issues;
    this.body = options.body;
  }
}

/** Thrown while walking a list when the server's next page is one already visited (a repeated `next_cursor`, or a `current_page` that does not grow), instead of looping forever. */
export class PaginationError extends CourseKitError {
  /** Always `'PaginationError'`, also in minified code, where `constructor.name` is mangled. */
  override name = 'PaginationError';
  /** The HTTP status of the page that failed to advance. */
  readonly status: number | undefined;

  constructor(message: string, options: CourseKitErrorOptions & { status?: number | undefined }) {
    super(message, options);
    this.status = options.status;
  }
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  402: 'payment_required',
  403: 'forbidden',
  404: 'not_found',
  408: 'request_timeout',
  409: 'conflict',
  419: 'csrf_token_mismatch',
  422: 'validation_failed',
  429: 'rate_limited',
};

const STATUS_CLASSES: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/** Builds the `APIError` subclass that matches `status`, with a message a developer can act on. */
export function errorFromResponse(options: APIErrorOptions): APIError {
  const ErrorClass = STATUS_CLASSES[options.status] ?? (options.status >= 500 ? InternalServerError : APIError);
  const serverMessage = bodyMessage(options.body);
  const where = options.method && options.url ? ` (${options.method} ${options.url})` : '';
  const message = `${options.status} ${serverMessage ?? defaultMessage(options.status)}${where}`;
  return new ErrorClass(message, options);
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Unauthenticated: pass a token or getToken() to new CourseKit().';
  if (status >= 500) return 'The server failed to handle the request.';
  return 'The request failed.';
}

// What is read from an error body is bounded: a hostile or broken server cannot make an error
// message megabytes long, or a field map deep enough to overflow the stack.
const MAX_MESSAGE_LENGTH = 1000;
const MAX_FIELDS = 100;
const MAX_MESSAGES_PER_FIELD = 10;
const MAX_MESSAGE_DEPTH = 3;

function truncate(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

function bodyMessage(body: unknown): string | undefined {
  if (isRecord(body) && typeof body['message'] === 'string' && body['message']) return truncate(body['message']);
  return undefined;
}

function bodyCode(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const code = body['code'] ?? body['error'];
  return typeof code === 'string' ? code : undefined;
}

/** Laravel's `errors` map, bounded: at most 100 fields of 10 messages of 1000 characters, read 3 arrays deep. */
function fieldErrors(body: unknown): Record<string, string[]> {
  const errors = isRecord(body) ? body['errors'] : undefined;
  if (!isRecord(errors)) return {};
  const result: Record<string, string[]> = {};
  let fields = 0;
  for (const field in errors) {
    if (!Object.hasOwn(errors, field)) continue;
    if (fields++ >= MAX_FIELDS) break;
    result[field] = fieldMessages(errors[field]);
  }
  return result;
}

/** The scalar messages of one field, arrays flattened a few levels (iteratively), anything deeper dropped. */
function fieldMessages(value: unknown): string[] {
  const messages: string[] = [];
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length && messages.length < MAX_MESSAGES_PER_FIELD) {
    const [item, depth] = pending.shift()!;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') messages.push(truncate(String(item)));
    else if (Array.isArray(item) && depth < MAX_MESSAGE_DEPTH) {
      for (let i = 0; i < item.length && pending.length < MAX_MESSAGES_PER_FIELD; i++) pending.push([item[i], depth + 1]);
    }
  }
  return messages;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasBrand(error: unknown): error is CourseKitError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

function isNamed(error: unknown, ...names: string[]): boolean {
  return hasBrand(error) && names.includes(error.name);
}

const API_ERROR_NAMES = [
  'APIError',
  'BadRequestError',
  'AuthenticationError',
  'PaymentRequiredError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'ValidationError',
  'RateLimitError',
  'InternalServerError',
];

/** True for any error thrown by any copy of the SDK, in any realm. */
export const isCourseKitError = (error: unknown): error is CourseKitError => hasBrand(error);
/** True when the server answered with an error status. */
export const isAPIError = (error: unknown): error is APIError => isNamed(error, ...API_ERROR_NAMES);
/** True for a 401 that survived the token refresh. */
export const isAuthenticationError = (error: unknown): error is AuthenticationError => isNamed(error, 'AuthenticationError');
/** True for a 402. */
export const isPaymentRequiredError = (error: unknown): error is PaymentRequiredError => isNamed(error, 'PaymentRequiredError');
/** True for a 403. */
export const isPermissionDeniedError = (error: unknown): error is PermissionDeniedError => isNamed(error, 'PermissionDeniedError');
/** True for a 404. */
export const isNotFoundError = (error: unknown): error is NotFoundError => isNamed(error, 'NotFoundError');
/** True for a 409. */
export const isConflictError = (error: unknown): error is ConflictError => isNamed(error, 'ConflictError');
/** True for a 422 with its field map. */
export const isValidationError = (error: unknown): error is ValidationError => isNamed(error, 'ValidationError');
/** True for a 429. */
export const isRateLimitError = (error: unknown): error is RateLimitError => isNamed(error, 'RateLimitError');
/** True for a 5xx. */
export const isInternalServerError = (error: unknown): error is InternalServerError => isNamed(error, 'InternalServerError');
/** True when no response arrived (timeouts included). */
export const isConnectionError = (error: unknown): error is ConnectionError => isNamed(error, 'ConnectionError', 'TimeoutError');
/** True when no response arrived within `timeout`. */
export const isTimeoutError = (error: unknown): error is TimeoutError => isNamed(error, 'TimeoutError');
/** True when the caller aborted the request. */
export const isAbortError = (error: unknown): error is AbortError => isNamed(error, 'AbortError');
/** True when a body exceeded `maxResponseBytes`. */
export const isResponseTooLargeError = (error: unknown): error is ResponseTooLargeError => isNamed(error, 'ResponseTooLargeError');
/** True when a 2xx body was not JSON. */
export const isResponseParseError = (error: unknown): error is ResponseParseError => isNamed(error, 'ResponseParseError');
/** True when a response did not match the contract's schema. */
export const isResponseValidationError = (error: unknown): error is ResponseValidationError => isNamed(error, 'ResponseValidationError');
/** True when a list's next page did not advance. */
export const isPaginationError = (error: unknown): error is PaginationError => isNamed(error, 'PaginationError');
