/**
 * The HTTP layer: one ky instance per client, turning every outcome into a typed result or a
 * `CourseKitError`. Resources never touch ky; they call `get/post/put/patch/delete/getPage`.
 *
 * @module
 */
import ky, { HTTPError, type Hooks as KyHooks, type KyInstance, type NormalizedOptions, type Options as KyOptions } from 'ky';
import type { StandardSchemaV1 } from './validator.js';
import {
  AbortError,
  ConnectionError,
  CourseKitError,
  ResponseParseError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  errorFromResponse,
  isAuthenticationError,
  type ValidationIssue,
} from './errors.js';
import { MUTATING_METHODS, randomId } from './idempotency.js';
import { Page, PagePromise, paginated } from './pagination.js';
import { retryAfterFromHeaders } from './retry-after.js';
import type { PageParams } from '../schemas/params.js';

/** Returns the bearer token to send, or nothing for an anonymous request. */
export type TokenProvider = (context: {
  /** `true` after the server refused the last token with 401: return a fresh one, not a cached one. */
  forceRefresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

/** Options of `new CourseKit()`. */
export interface ClientOptions {
  /**
   * Where the API lives, including its version prefix.
   * @example 'https://school.example/api/v1'
   */
  baseUrl: string;
  /** A Sanctum personal access token, sent as `Authorization: Bearer`. Kept in memory only. */
  token?: string | null | undefined;
  /**
   * Called before each request for the token to send, and once more (shared by every request
   * in flight) after a 401 with `forceRefresh: true`. Use it to plug in your own session.
   */
  getToken?: TokenProvider | undefined;
  /**
   * Fetch credentials mode (the DOM's `RequestCredentials`, spelled out so that Node projects
   * without the DOM lib compile). Set `'include'` for Sanctum SPA cookie auth: the `XSRF-TOKEN`
   * cookie is then echoed as `X-XSRF-TOKEN` on every mutation.
   * @default 'same-origin'
   */
  credentials?: 'omit' | 'same-origin' | 'include' | undefined;
  /** Sent as `Accept-Language`, e.g. `'fr'`. */
  locale?: string | undefined;
  /** A `fetch` implementation to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /**
   * How many times a failed request is retried: GETs on 408/429/5xx and network errors (a
   * connection lost mid-body included), mutations the same but only with their `Idempotency-Key`.
   * Waits back off exponentially (capped at 8 s, with jitter) and honour `Retry-After`
   * (or `RateLimit-Reset`, `X-RateLimit-Reset`) up to 60 s; a longer wait is not waited for but
   * thrown as `RateLimitError` with its `retryAfter`.
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * Milliseconds each attempt may take, from sending the request to reading the last byte of
   * the body, before a `TimeoutError`. A body that trickles in counts against it too.
   * @default 30000
   */
  timeout?: number | undefined;
  /**
   * The largest response body read, in bytes. A larger one, announced by `Content-Length` or
   * counted while reading, is not buffered: the read stops and the call throws `ResponseTooLargeError`.
   * @default 10485760 (10 MB = 10 * 1024 * 1024)
   */
  maxResponseBytes?: number | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Hooks around each attempt (`beforeRequest`, `beforeRetry`, `afterResponse`), for logging or tracing. */
  hooks?: ClientHooks | undefined;
}

/**
 * Hooks run by the transport, each called with one state object.
 *
 * @example
 * ```ts
 * new CourseKit({ baseUrl, hooks: { beforeRequest: [({ request }) => request.headers.set('X-Trace', traceId())] } });
 * ```
 */
export interface ClientHooks {
  /** Before each attempt is sent: edit `request.headers`, or return a `Request` to send instead or a `Response` to skip the network. */
  beforeRequest?: ((state: { request: Request; options: NormalizedOptions; retryCount: number }) => Request | Response | void | Promise<Request | Response | void>)[] | undefined;
  /** Before each retry, with the error that caused it; return `ky.stop` to give up (the call then rejects with a `CourseKitError`). */
  beforeRetry?: ((state: { request: Request; options: NormalizedOptions; error: Error; retryCount: number }) => Request | Response | typeof ky.stop | void | Promise<Request | Response | typeof ky.stop | void>)[] | undefined;
  /** After each response has arrived and its body was read, before its status is checked: return a `Response` to replace it. */
  afterResponse?: ((state: { request: Request; options: NormalizedOptions; response: Response; retryCount: number }) => Response | void | Promise<Response | void>)[] | undefined;
}

/** Per-call options, the last argument of every resource method. */
export interface RequestOptions {
  /** Aborts the request; the promise then rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /**
   * The `Idempotency-Key` of a mutation. Generated when omitted; pass your own to make a retry
   * across page reloads safe (e.g. one key per checkout). `false` sends none and disables retries.
   */
  idempotencyKey?: string | false | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Overrides the client's `timeout` for this call. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /**
   * Sends the request with fetch's `keepalive`, so it completes even if the page unloads: use it
   * for a write sent while the page goes away (e.g. progress saved on `pagehide`). Browsers cap
   * the bodies of all keepalive requests in flight at 64 KB together.
   */
  keepalive?: boolean | undefined;
}

/** A value accepted in a query string. Arrays are sent comma-separated, as spatie/laravel-query-builder reads them. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
/** A query object; nested one level for `filter[...]`. */
export type Query = Record<string, QueryValue | Record<string, QueryValue>>;

/** HTTP methods the contract uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a schema yields: a validator's parsed type, or a zod schema's output. */
export type Output<S extends StandardSchemaV1> = StandardSchemaV1.InferOutput<S>;

/** Options of one transport call: the per-call options plus query, body and the response schema. */
export interface CallOptions<S extends StandardSchemaV1> extends RequestOptions {
  /** Query parameters; see `toSearchParams()`. */
  query?: Query | undefined;
  /** JSON body, or `FormData` for multipart. */
  body?: unknown;
  /** Parses and normalizes the response body. */
  schema: S;
}

const MAX_RETRY_AFTER_SECONDS = 60;
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];
const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** What the SDK saw of an attempt's response before its body was read: cited by errors raised afterwards. */
interface Exchange {
  status?: number | undefined;
  /** The server's `X-Request-Id`, when it sent one. */
  requestId?: string | undefined;
  /** Headers arrived, the body is being read. */
  reading?: boolean | undefined;
}

/** Serializes `{filter: {level: 'Beginner'}, sort: ['-rating'], page: 2}` as `filter[level]=Beginner&sort=-rating&page=2`. */
export function toSearchParams(query: Query | undefined): URLSearchParams {
  const params = new URLSearchParams();
  const append = (key: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      if (value.length) params.append(key, value.join(','));
      return;
    }
    params.append(key, String(value));
  };
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, QueryValue>)) append(`${key}[${inner}]`, innerValue);
    } else {
      append(key, value as QueryValue);
    }
  }
  return params;
}

// Marks an invalid segment inside a path string, so the error surfaces as a rejected promise
// from request() instead of a synchronous throw out of a promise-returning resource method.
const INVALID_SEGMENT = '\u0000';

/**
 * Encodes one path segment: ids and slugs from user input must not change the route. An empty,
 * `.`/`..`, `undefined`, `null` or non-finite value makes the request reject with a `CourseKitError`.
 */
export function segment(value: string | number | null | undefined): string {
  const invalid = value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value));
  const text = String(value);
  if (invalid || text === '' || text === '.' || text === '..') return `${INVALID_SEGMENT}${JSON.stringify(text)}${INVALID_SEGMENT}`;
  return encodeURIComponent(text);
}

/** The transport shared by every resource of one `CourseKit` client. */
export class APIClient {
  readonly #options: ClientOptions;
  readonly #ky: KyInstance;
  #token: string | null;
  #refreshing: Promise<string | null> | null = null;

  constructor(options: ClientOptions) {
    if (!options?.baseUrl) throw new CourseKitError('new CourseKit({ baseUrl }) needs the API base URL, e.g. "https://school.example/api/v1".');
    this.#options = options;
    this.#token = options.token ?? null;
    const maxRetries = options.maxRetries ?? 2;
    this.#ky = ky.create({
      prefixUrl: options.baseUrl,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      credentials: options.credentials,
      hooks: toKyHooks(options.hooks),
      retry: {
        limit: maxRetries,
        methods: ['get', 'head', 'post', 'put', 'patch', 'delete'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_AFTER_STATUSES,
        backoffLimit: 8_000,
        jitter: true,
        maxRetryAfter: MAX_RETRY_AFTER_SECONDS * 1000,
      },
    });
  }

  /** Replaces the in-memory bearer token (`null` signs out). Never persisted anywhere. */
  setToken(token: string | null): void {
    this.#token = token;
  }

  /** Whether a static token is set (a `getToken` provider is not consulted). */
  hasToken(): boolean {
    return this.#token !== null;
  }

  /** The base URL requests are sent to. */
  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  /**
   * Sends `GET path` (relative to `baseUrl`) and parses the response with `options.schema`.
   * For endpoints the resources do not cover; retries, hooks and errors work as for any resource call.
   *
   * @throws {@link APIError} (a subclass per status) when the server answers with an error status;
   *   {@link ConnectionError}, {@link TimeoutError} or {@link AbortError} when no complete response
   *   arrived; {@link ResponseValidationError} when the body does not match the schema.
   */
  get<S extends StandardSchemaV1>(path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.request('GET', path, options);
  }
  /**
   * Sends `POST path` (relative to `baseUrl`) with `options.body` (JSON, or `FormData` for
   * multipart) and parses the response with `options.schema`.
   * For endpoints the resources do not cover; retries, hooks and errors work as for any resource call.
   *
   * @throws {@link APIError} (a subclass per status) when the server answers with an error status;
   *   {@link ConnectionError}, {@link TimeoutError} or {@link AbortError} when no complete response
   *   arrived; {@link ResponseValidationError} when the body does not match the schema.
   */
  post<S extends StandardSchemaV1>(path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.request('POST', path, options);
  }
  /**
   * Sends `PUT path` (relative to `baseUrl`) with `options.body` (JSON, or `FormData` for
   * multipart) and parses the response with `options.schema`.
   * For endpoints the resources do not cover; retries, hooks and errors work as for any resource call.
   *
   * @throws {@link APIError} (a subclass per status) when the server answers with an error status;
   *   {@link ConnectionError}, {@link TimeoutError} or {@link AbortError} when no complete response
   *   arrived; {@link ResponseValidationError} when the body does not match the schema.
   */
  put<S extends StandardSchemaV1>(path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.request('PUT', path, options);
  }
  /**
   * Sends `PATCH path` (relative to `baseUrl`) with `options.body` (JSON, or `FormData` for
   * multipart) and parses the response with `options.schema`.
   * For endpoints the resources do not cover; retries, hooks and errors work as for any resource call.
   *
   * @throws {@link APIError} (a subclass per status) when the server answers with an error status;
   *   {@link ConnectionError}, {@link TimeoutError} or {@link AbortError} when no complete response
   *   arrived; {@link ResponseValidationError} when the body does not match the schema.
   */
  patch<S extends StandardSchemaV1>(path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.request('PATCH', path, options);
  }
  /**
   * Sends `DELETE path` (relative to `baseUrl`) and parses the response with `options.schema`.
   * For endpoints the resources do not cover; retries, hooks and errors work as for any resource call.
   *
   * @throws {@link APIError} (a subclass per status) when the server answers with an error status;
   *   {@link ConnectionError}, {@link TimeoutError} or {@link AbortError} when no complete response
   *   arrived; {@link ResponseValidationError} when the body does not match the schema.
   */
  delete<S extends StandardSchemaV1>(path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.request('DELETE', path, options);
  }

  /** GETs a list endpoint as a `PagePromise` over `item`, following any Laravel paginator shape. */
  getPage<S extends StandardSchemaV1>(
    path: string,
    item: S,
    query: Query & PageParams,
    options: RequestOptions = {},
  ): PagePromise<Output<S>> {
    const schema = paginated(item);
    const { page, per_page, cursor, ...filters } = query;
    const fetchPage = async (params: PageParams): Promise<Page<Output<S>>> => {
      const exchange: Exchange = {};
      const { data, meta } = await this.#call('GET', path, { ...options, query: { ...filters, ...params }, schema }, exchange);
      return new Page(data, meta, params, fetchPage, { ...exchange, method: 'GET', url: this.#url(path) });
    };
    // Undefined page keys are fine: toSearchParams() leaves them out of the query string.
    return PagePromise.from(() => fetchPage({ page, per_page, cursor }));
  }

  /** Sends one logical request (with its retries) and returns the parsed, validated body. */
  request<S extends StandardSchemaV1>(method: Method, path: string, options: CallOptions<S>): Promise<Output<S>> {
    return this.#call(method, path, options, {});
  }

  /** `request()`, reporting the status and server request id of the response it used in `exchange`. */
  async #call<S extends StandardSchemaV1>(method: Method, path: string, options: CallOptions<S>, exchange: Exchange): Promise<Output<S>> {
    if (path.includes(INVALID_SEGMENT)) {
      const value = path.split(INVALID_SEGMENT)[1];
      throw new CourseKitError(`Invalid path segment ${value} in ${method} ${path.split(INVALID_SEGMENT)[0]}…: pass a non-empty id or slug.`);
    }
    const requestId = randomId('req_');
    const headers = this.#baseHeaders(method, requestId, options);
    try {
      return await this.#send(method, path, options, headers, requestId, await this.#currentToken(false), exchange);
    } catch (error) {
      if (!isAuthenticationError(error) || !this.#options.getToken) throw error;
      // The token may have expired: ask for a fresh one once, shared by every request in flight.
      const token = await this.#refreshToken();
      if (!token) throw error;
      return this.#send(method, path, options, headers, requestId, token, exchange);
    }
  }

  async #send<S extends StandardSchemaV1>(
    method: Method,
    path: string,
    options: CallOptions<S>,
    baseHeaders: Headers,
    requestId: string,
    token: string | null,
    exchange: Exchange,
  ): Promise<Output<S>> {
    const headers = new Headers(baseHeaders);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
    const replayable = !MUTATING_METHODS.has(method) || headers.has('Idempotency-Key');
    const url = this.#url(path);
    const timeout = options.timeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT;
    const limit = this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const customFetch = this.#options.fetch;
    const kyOptions: KyOptions = {
      method,
      headers,
      searchParams: toSearchParams(options.query),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      // A fetch option that ky sets on the Request it sends (and on every retry's copy of it).
      ...(options.keepalive !== undefined ? { keepalive: options.keepalive } : {}),
      // Each attempt reads its whole body inside ky's fetch: ky's timeout then covers the body,
      // and a connection lost mid-body is a network error that ky retries like any other.
      fetch: async (input, init) => {
        exchange.status = exchange.requestId = exchange.reading = undefined;
        const response = await (customFetch ? customFetch(input, init) : globalThis.fetch(input, init));
        exchange.status = response.status;
        exchange.requestId = response.headers.get('x-request-id') ?? undefined;
        exchange.reading = true;
        const whole = await readBody(response, limit, { requestId: exchange.requestId ?? requestId, method, url });
        exchange.reading = false;
        return whole;
      },
      retry: {
        ...(options.maxRetries !== undefined ? { limit: options.maxRetries } : {}),
        // Decided per call: ky's network errors do not say which request failed.
        shouldRetry: ({ error }) => shouldRetry(error, replayable),
      },
      ...(options.body === undefined ? {} : isForm ? { body: options.body as FormData } : { json: options.body }),
    };
    let response: Response;
    try {
      // Absolute URLs (Sanctum's /sanctum/csrf-cookie lives outside the API prefix) skip the prefix.
      response = isAbsolute(path) ? await this.#ky(path, { ...kyOptions, prefixUrl: '' }) : await this.#ky(path.replace(/^\//, ''), kyOptions);
    } catch (error) {
      throw await this.#toError(error, { requestId, method, url, signal: options.signal, timeout, exchange });
    }
    // A beforeRetry hook that returns ky.stop leaves no response.
    if (!response) throw new CourseKitError(`A beforeRetry hook stopped the retries of ${method} ${url}.`, { requestId, method, url });
    const responseId = response.headers.get('x-request-id') ?? requestId;
    exchange.status = response.status;
    exchange.requestId = responseId;
    const context = { requestId: responseId, method, url };
    const text = await response.text();
    let body: unknown;
    if (text.trim() === '') {
      body = undefined;
    } else {
      try {
        body = JSON.parse(text);
      } catch (cause) {
        const contentType = response.headers.get('content-type');
        const what = contentType?.includes('html') ? 'an HTML page' : 'malformed JSON';
        throw new ResponseParseError(
          `${response.status} response was ${what}, not JSON (${method} ${url}). Is baseUrl pointing at the API, and is a proxy or login page in the way?`,
          { ...context, cause, status: response.status, contentType, body: text },
        );
      }
    }
    const result = validate(options.schema, body);
    if (!result.success) {
      const issues = result.issues;
      const first = issues[0]!;
      throw new ResponseValidationError(
        `The response of ${method} ${url} does not match the CourseKit contract: ${first.message} at ${formatPath(first.path)}${issues.length > 1 ? ` (+${issues.length - 1} more issues)` : ''}.`,
        { ...context, status: response.status, issues, body },
      );
    }
    return result.data as Output<S>;
  }

  #baseHeaders(method: Method, requestId: string, options: RequestOptions): Headers {
    const headers = new Headers(this.#options.headers);
    // `Accept: application/json` is all Laravel needs to answer errors as JSON, and it is a
    // CORS-safelisted header, like Accept-Language: an anonymous catalog GET from an embedding
    // site then needs no preflight. Requests that preflight anyway also carry the request id.
    headers.set('Accept', 'application/json');
    if (this.#options.locale) headers.set('Accept-Language', this.#options.locale);
    if (method !== 'GET' || this.#token || this.#options.getToken) headers.set('X-Request-Id', requestId);
    if (MUTATING_METHODS.has(method)) {
      // One key per logical request: ky's retries resend this same header, so a replay is safe.
      if (options.idempotencyKey !== false) headers.set('Idempotency-Key', options.idempotencyKey ?? randomId());
      if (this.#options.credentials === 'include') {
        const xsrf = readCookie('XSRF-TOKEN');
        if (xsrf) headers.set('X-XSRF-TOKEN', xsrf);
      }
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    return headers;
  }

  async #currentToken(forceRefresh: boolean): Promise<string | null> {
    if (this.#options.getToken) return (await this.#options.getToken({ forceRefresh })) ?? null;
    return this.#token;
  }

  #refreshToken(): Promise<string | null> {
    this.#refreshing ??= this.#currentToken(true).finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  #url(path: string): string {
    if (isAbsolute(path)) return path;
    return `${this.#options.baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  }

  async #toError(
    error: unknown,
    { requestId, method, url, signal, timeout, exchange }: { requestId: string; method: Method; url: string; signal: AbortSignal | undefined; timeout: number; exchange: Exchange },
  ): Promise<CourseKitError> {
    if (error instanceof CourseKitError) return error;
    if (error instanceof HTTPError) {
      const headers = error.response.headers;
      return errorFromResponse({
        status: error.response.status,
        body: await errorBody(error.response),
        headers,
        requestId: headers.get('x-request-id') ?? requestId,
        method,
        url,
        cause: error,
      });
    }
    // Headers that arrived before the failure name the server's request id and the status.
    const context = { requestId: exchange.requestId ?? requestId, method, url, cause: error, status: exchange.reading ? exchange.status : undefined };
    const name = (error as { name?: string } | null)?.name;
    if (signal?.aborted || name === 'AbortError') {
      return new AbortError(`Request aborted by the caller (${method} ${url}).`, context);
    }
    if (name === 'TimeoutError') {
      const what = context.status === undefined ? 'No response' : `The ${context.status} response's body did not finish`;
      return new TimeoutError(`${what} within ${timeout} ms (${method} ${url}). Raise timeout for slow networks, or ask for less (a smaller per_page).`, context);
    }
    const reason = (error as Error)?.message ?? String(error);
    if (context.status !== undefined) {
      return new ConnectionError(`The connection broke while reading the ${context.status} response's body (${method} ${url}): ${reason}. Check the network, and any proxy that cuts responses short.`, context);
    }
    return new ConnectionError(`Could not reach the API (${method} ${url}): ${reason}. Check the network, baseUrl and the server's CORS settings.`, context);
  }
}

/**
 * Reads the whole body of `response`, at most `limit` bytes, and returns an equivalent response
 * over the buffered bytes. Stops (and cancels the download) as soon as the body is known to be
 * larger: from `Content-Length`, or from the bytes counted so far.
 */
async function readBody(response: Response, limit: number, context: { requestId: string; method: Method; url: string }): Promise<Response> {
  const tooLarge = (size: number, announced: boolean) =>
    new ResponseTooLargeError(
      `The ${response.status} response of ${context.method} ${context.url} ${announced ? `announces ${size} bytes` : `passed ${limit} bytes`}, over maxResponseBytes (${limit}). Ask for less (a smaller per_page, fewer includes) or raise maxResponseBytes.`,
      { ...context, status: response.status, limit, size },
    );
  const announced = Number(response.headers.get('content-length'));
  if (announced > limit) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(announced, true);
  }
  if (!response.body) return response;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(size, false);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const whole = new Response(size ? bytes : null, { status: response.status, statusText: response.statusText, headers: response.headers });
  // A constructed response has no URL of its own; hooks may read it.
  Object.defineProperty(whole, 'url', { value: response.url });
  return whole;
}

/** The body of an error response: parsed JSON, else the raw text (`undefined` when empty). */
async function errorBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Adapts the SDK's one-state-object hooks to ky's positional signatures. */
function toKyHooks(hooks: ClientHooks = {}): KyHooks {
  return {
    beforeRequest: (hooks.beforeRequest ?? []).map((hook) => (request, options, { retryCount }) => hook({ request, options, retryCount })),
    beforeRetry: hooks.beforeRetry ?? [],
    afterResponse: (hooks.afterResponse ?? []).map((hook) => (request, options, response, { retryCount }) => hook({ request, options, response, retryCount })),
  };
}

/** Refines ky's retry decision: `false` stops, `true` retries after the usual backoff, `undefined` leaves it to ky. */
function shouldRetry(error: Error, replayable: boolean): boolean | undefined {
  if (!replayable) return false;
  if (error instanceof HTTPError) {
    if (!RETRY_AFTER_STATUSES.includes(error.response.status)) return undefined;
    // ky waits what Retry-After, RateLimit-Reset or X-RateLimit-Reset asks, and the whole
    // maxRetryAfter for a value it cannot read. Read them the same way here: an unreadable one
    // gets the usual backoff, and waiting minutes inside a call helps nobody, so a longer wait
    // surfaces as RateLimitError with retryAfter instead.
    const retryAfter = retryAfterFromHeaders(error.response.headers);
    if (retryAfter === undefined) return true;
    return retryAfter > MAX_RETRY_AFTER_SECONDS ? false : undefined;
  }
  // fetch rejects with a TypeError when the network fails, before or during the body. Timeouts,
  // aborts and the SDK's own errors (a body over maxResponseBytes) are final.
  return error.name === 'TypeError' ? undefined : false;
}

/**
 * Validates a parsed body with a Standard Schema: the client's generated validators, or a zod
 * schema a caller passed for an endpoint of their own. A body nested deeper than the stack (through
 * a recursive schema) is an issue too, not a crash.
 */
function validate(schema: StandardSchemaV1, body: unknown): { success: true; data: unknown } | { success: false; issues: ValidationIssue[] } {
  try {
    const result = schema['~standard'].validate(body);
    if (result instanceof Promise) return { success: false, issues: [{ path: [], message: 'The schema validates asynchronously; give the client a synchronous one', code: 'custom' }] };
    if (!result.issues) return { success: true, data: result.value };
    return { success: false, issues: result.issues.flatMap((issue) => flattenIssue(issue as RawIssue, [])) };
  } catch (cause) {
    const message = cause instanceof RangeError ? 'Nested too deeply to validate' : `Could not be validated (${(cause as Error)?.message ?? String(cause)})`;
    return { success: false, issues: [{ path: [], message, code: 'custom' }] };
  }
}

type RawIssue = { code?: string; path?: readonly (PropertyKey | StandardSchemaV1.PathSegment)[]; message: string; errors?: RawIssue[][] };

/**
 * Turns zod issues into flat `ValidationIssue`s. A union (envelope or bare, the three paginator
 * shapes) fails as one root-level `invalid_union`; report the branch that got furthest instead,
 * so the developer sees `data[1].price`, not "Invalid input" at the top level.
 */
function flattenIssue(issue: RawIssue, prefix: PropertyKey[]): ValidationIssue[] {
  const path = [...prefix, ...(issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment))];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const depth = (branch: RawIssue[]) => Math.max(...branch.map((inner) => inner.path?.length ?? 0));
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
    return best.flatMap((inner) => flattenIssue(inner, path));
  }
  return [{ path, message: issue.message, code: issue.code ?? 'invalid' }];
}

function isAbsolute(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

function formatPath(path: PropertyKey[]): string {
  if (!path.length) return 'the top level';
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}
