/**
 * Turns the mock's route handlers into msw handlers, with what a Laravel app's middleware stack
 * would do around each of them: fault injection, body parsing with a size limit (413), Sanctum
 * authentication (session cookie or bearer token) with CSRF verification, role gates, idempotency
 * keys, one database transaction per request and Laravel-shaped errors.
 *
 * Everything from authentication to the stored response runs synchronously, with no `await`
 * in between. JavaScript runs one such block at a time, so every request is atomic with
 * respect to every other: two concurrent orders can never both take a coupon's last use. This
 * is the guarantee row locks inside a database transaction give the real backend.
 *
 * @module
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Database } from '../store/database.js';
import { ConstraintError } from '../store/constraint-error.js';
import { schema, type UserRow } from '../store/schema.js';
import type { ColumnSpec } from '../store/columns.js';
import { authenticate, type TokenRow } from '../domain/tokens.js';
import { isSignedPath, signPath } from '../domain/signed-urls.js';
import { resolveFileUrl, type View } from '../serializers/view.js';
import { attributeName, columnLimitMessage } from './validation.js';
import { deliverCookies, type Cookie } from './cookies.js';
import { HttpError, conflict, contentTooLarge, csrfTokenMismatch, errorForStatus, fieldError, forbidden, unauthenticated, validationError } from './errors.js';
import type { Faults } from './faults.js';
import type { IdempotencyStore, StoredResponse } from './idempotency.js';
import type { PaginatorStyle } from './pagination.js';
import type { RateLimiter } from './rate-limiter.js';
import { RequestSession, SESSION_COOKIE } from './sanctum.js';
import type { SessionStore } from './sessions.js';

/** Who may call a route: `learner` is any signed-in user, `instructor` admits admins too. */
export type Audience = 'public' | 'learner' | 'instructor' | 'admin';

/** A file uploaded through `POST /media`, kept in memory. */
export interface StoredFile {
  bytes: ArrayBuffer;
  type: string;
  /** The file name as stored in the path, for `Content-Disposition`. */
  name: string;
}

/**
 * The request header through which the HTTP server (`createMockListener`) tells the handlers the
 * client's address (it overwrites whatever a client sent under this name). In a page or a Node
 * test the mock has one client, and requests without the header come from `127.0.0.1`.
 */
export const CLIENT_ADDRESS_HEADER = 'x-coursekit-client-address';

/** The largest request body most routes read (Laravel behind a 1 MiB `client_max_body_size`); bigger ones answer 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The state shared by every route of one mock API. */
export interface MockContext {
  db: Database;
  /** The API base URL or path as configured, without a trailing slash. */
  baseUrl: string;
  faults: Faults;
  idempotency: IdempotencyStore;
  limiter: RateLimiter;
  /** Sanctum SPA sessions. */
  sessions: SessionStore;
  /** Uploaded files by storage path. */
  files: Map<string, StoredFile>;
  /** The key storage URLs of lecture files are signed with (see `domain/signed-urls.ts`), drawn per instance. */
  urlKey: string;
  /** The paginator shape lists use when the request does not ask for one. */
  paginator: PaginatorStyle;
}

/** Everything a route handler gets about its request. */
export interface RequestContext {
  app: MockContext;
  db: Database;
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The JSON body (`{}` when there is none), or the form data of a multipart request. */
  body: unknown;
  /** The bytes of each file of a multipart body, read before the handler runs. */
  uploads: ReadonlyMap<Blob, ArrayBuffer>;
  /** The signed-in user, `null` for guests. */
  user: UserRow | null;
  /** The Sanctum token the request was made with (`null` when it signed in through the session cookie). */
  token: TokenRow | null;
  /** The Sanctum SPA session of a stateful request (one that carries the session cookie). */
  session: RequestSession;
  /** The client's network address (Laravel's `$request->ip()`), for throttling. */
  clientAddress: string;
  /** The absolute URL of the API for this request, e.g. `http://localhost:8787/api/v1`. */
  apiUrl: string;
  /** How resources are serialized for this viewer. */
  view: View;
}

/** A route's successful answer: a JSON body (or none, for 204) with a status and headers. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route handler: synchronous, so the request runs atomically (see the module comment). */
export type RouteHandler = (ctx: RequestContext) => Reply | Response;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** How a route sits in the app. */
export interface RouteOptions {
  /**
   * Subject to fault injection; `false` for the mock's own control routes.
   * @default true
   */
  faults?: boolean;
  /**
   * Part of the Laravel app, so stateful: reads the session cookie, verifies CSRF tokens and
   * sets the cookies. `false` for routes that stand for something else (the mock's control
   * routes, the payment gateway's own server), which a browser would never send the app's cookies.
   * @default true
   */
  session?: boolean;
  /**
   * What `path` is relative to: the API base URL, or its origin (Sanctum's `/sanctum/csrf-cookie`
   * lives outside the versioned API).
   * @default 'api'
   */
  at?: 'api' | 'origin';
  /**
   * The largest request body this route reads, in bytes; a bigger one answers 413 before it is
   * parsed (Laravel's `ValidatePostSize`).
   * @default MAX_BODY_BYTES (1 MiB)
   */
  maxBodyBytes?: number;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Collects routes and hands them out as msw handlers. */
export class Router {
  readonly #app: MockContext;
  readonly #handlers: HttpHandler[] = [];

  constructor(app: MockContext) {
    this.#app = app;
  }

  /** Adds a route; `path` is relative to the API base URL (or its origin, see `options.at`), in msw syntax (`/courses/:course`). */
  add(method: Method, path: string, audience: Audience, handler: RouteHandler, options: RouteOptions = {}): void {
    const route = { faults: options.faults ?? true, session: options.session ?? true, maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES };
    const root = options.at === 'origin' ? originOf(this.#app.baseUrl) : this.#app.baseUrl;
    this.#handlers.push(http[method](`${root}${path}`, ({ request, params, cookies }) => this.#handle(request, params as Record<string, string>, cookies, audience, handler, route)));
  }

  /** Answers every other request under the base URL with Laravel's "route not found" 404. Add it last. */
  fallback(handler: RouteHandler): void {
    this.#handlers.push(http.all(`${this.#app.baseUrl}/*`, ({ request, params, cookies }) => this.#handle(request, params as Record<string, string>, cookies, 'public', handler, { faults: true, session: true, maxBodyBytes: MAX_BODY_BYTES })));
  }

  /** The msw handlers, in the order the routes were added. */
  handlers(): HttpHandler[] {
    return [...this.#handlers];
  }

  /**
   * `cookies` are msw's view of the request's cookies: the `Cookie` header in Node, and in a page
   * `document.cookie` as well (a request relayed by the Service Worker has no `Cookie` header).
   */
  async #handle(
    request: Request,
    params: Record<string, string>,
    cookies: Record<string, string>,
    audience: Audience,
    handler: RouteHandler,
    route: Required<Pick<RouteOptions, 'faults' | 'session' | 'maxBodyBytes'>>,
  ): Promise<Response> {
    const app = this.#app;
    const url = new URL(request.url);
    if (route.faults) {
      const plan = app.faults.plan(url);
      if (plan.delayMs > 0) await delay(plan.delayMs);
      if (plan.offline) return HttpResponse.error();
      if (plan.failStatus !== null) return toResponse(errorReply(errorForStatus(plan.failStatus)), request);
    }

    const parsed = await readBody(request, route.maxBodyBytes);
    if (parsed === 'too_large') return toResponse(errorReply(contentTooLarge()), request);
    const { body, fingerprint, uploads } = parsed;
    // ── From here on: synchronous, hence atomic. ──
    const now = app.db.now().getTime();
    const session = route.session ? RequestSession.resume(app.sessions, cookies[SESSION_COOKIE], now) : RequestSession.none(app.sessions, now);
    // Laravel verifies the CSRF token before anything else runs, so a 419 is never stored as an
    // idempotent answer: the same key works once the page has fetched a fresh token.
    if (MUTATING.has(request.method) && !session.verifyCsrf(request.headers.get('x-xsrf-token'))) {
      return toResponse(errorReply(csrfTokenMismatch()), request, session.cookies({ csrf: false }));
    }
    const { user, token } = authenticateRequest(app.db, session, request.headers.get('authorization'));
    const apiUrl = `${url.origin}${new URL(app.baseUrl, request.url).pathname.replace(/\/+$/, '')}`;
    const clientAddress = request.headers.get(CLIENT_ADDRESS_HEADER) || '127.0.0.1';
    const ctx: RequestContext = {
      app,
      db: app.db,
      request,
      url,
      params,
      body,
      uploads,
      user,
      token,
      session,
      clientAddress,
      apiUrl,
      view: { db: app.db, viewer: user, fileUrl: (path) => storageUrl(app, apiUrl, path) },
    };
    const key = MUTATING.has(request.method) ? request.headers.get('idempotency-key') : null;
    // Keys belong to the user, not to one token: a retry after signing in again replays.
    const scope = user ? `user:${user.id}` : `guest:${clientAddress}`;
    let stored: StoredResponse;
    try {
      gate(audience, user);
      if (key) {
        const previous = app.idempotency.find(scope, key, now);
        if (previous && previous.fingerprint !== `${request.method} ${url.pathname} ${fingerprint}`) {
          throw new HttpError(422, { message: 'This Idempotency-Key was already used with a different request.', code: 'idempotency_key_reused' });
        }
        if (previous) return toResponse({ ...previous.response, headers: [...previous.response.headers, ['Idempotent-Replayed', 'true']] }, request, session.cookies());
      }
      const reply = app.db.transaction(() => handler(ctx));
      if (reply instanceof Response) {
        deliverCookies(reply, session.cookies());
        return reply;
      }
      stored = replyToStored(reply);
    } catch (error) {
      stored = errorReply(error);
    }
    if (key && stored.status < 500 && stored.status !== 429) app.idempotency.save(scope, key, `${request.method} ${url.pathname} ${fingerprint}`, stored, now);
    // Cookies are added to the response, never stored: a replay must not hand out an old session.
    return toResponse(stored, request, session.cookies());
  }
}

/**
 * Sanctum's guard: the user signed in through the session first, else the bearer token's. The
 * token counts as the request's own only when it belongs to that same user.
 */
function authenticateRequest(db: Database, session: RequestSession, authorization: string | null): { user: UserRow | null; token: TokenRow | null } {
  const sessionUser = session.userId === null ? undefined : db.find('users', session.userId);
  const bearer = authenticate(db, authorization);
  const user = sessionUser ?? bearer?.user ?? null;
  return { user, token: bearer && bearer.user.id === user?.id ? bearer.token : null };
}

/** The public URL of a stored file; a lecture's files carry their signature. */
function storageUrl(app: MockContext, apiUrl: string, path: string): string {
  const url = resolveFileUrl(`${apiUrl}/storage`, path);
  return isSignedPath(path) ? `${url}?signature=${signPath(app.urlKey, path)}` : url;
}

/** The origin part of a base URL: `http://localhost:8787` for an absolute one, `''` for a path on the page's origin. */
function originOf(baseUrl: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(baseUrl) ? new URL(baseUrl).origin : '';
}

function gate(audience: Audience, user: UserRow | null): void {
  if (audience === 'public') return;
  if (!user) throw unauthenticated();
  if (audience === 'instructor' && user.role === 'student') throw forbidden('Only instructors and admins can do this.');
  if (audience === 'admin' && user.role !== 'admin') throw forbidden('Only admins can do this.');
}

interface ParsedBody {
  body: unknown;
  fingerprint: string;
  uploads: Map<Blob, ArrayBuffer>;
}

/**
 * Reads the whole body up front (files included), so the handler itself never has to wait.
 * Answers `'too_large'` for a body over `maxBytes`, refusing it by its `Content-Length` before
 * reading when it declares one.
 */
async function readBody(request: Request, maxBytes: number): Promise<ParsedBody | 'too_large'> {
  const uploads = new Map<Blob, ArrayBuffer>();
  if (request.method === 'GET' || request.method === 'HEAD') return { body: {}, fingerprint: '', uploads };
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return 'too_large';
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) return 'too_large';
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('multipart/form-data')) {
    const form = await new Response(bytes, { headers: { 'Content-Type': type } }).formData();
    const parts: string[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') parts.push(`${name}=${value}`);
      else {
        uploads.set(value, await value.arrayBuffer());
        parts.push(`${name}=${value.name}:${value.size}`);
      }
    }
    return { body: form, fingerprint: parts.join('&'), uploads };
  }
  const text = new TextDecoder().decode(bytes);
  if (!text.trim()) return { body: {}, fingerprint: '', uploads };
  try {
    return { body: JSON.parse(text) as unknown, fingerprint: text, uploads };
  } catch {
    // Laravel reads a malformed JSON body as empty input; validation then reports the fields.
    return { body: {}, fingerprint: text, uploads };
  }
}

function replyToStored(reply: Reply): StoredResponse {
  const status = reply.status ?? (reply.body === undefined ? 204 : 200);
  const headers = Object.entries(reply.headers ?? {});
  return { status, headers, body: reply.body === undefined ? '' : JSON.stringify(reply.body) };
}

function errorReply(error: unknown): StoredResponse {
  const http = toHttpError(error);
  return { status: http.status, headers: Object.entries(http.headers), body: JSON.stringify(http.body) };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ConstraintError) {
    // Handlers validate first; reaching the store's own checks means a rule a handler missed.
    if (error.kind === 'unique' || error.kind === 'primary_key') return conflict('This record conflicts with an existing one.');
    if (error.kind === 'too_long' || error.kind === 'out_of_range') {
      // The schema's own limits (string 255, text 65,535, decimal precision), as the `max` rules
      // derived from them would word it; every column of the row that broke one is listed.
      const columns = schema[error.table as keyof typeof schema]?.columns as Record<string, { spec: ColumnSpec }> | undefined;
      return validationError(Object.fromEntries(error.columns.map((column) => [column, [columnLimitMessage(column, columns?.[column]?.spec)]])));
    }
    const field = error.columns[0] ?? 'body';
    return fieldError(field, `The selected ${attributeName(field)} is invalid.`);
  }
  console.error('[@coursekit/mock] Unexpected error while handling a request:', error);
  return errorForStatus(500);
}

function toResponse(stored: StoredResponse, request: Request, cookies: readonly Cookie[] = []): Response {
  const headers = new Headers(stored.headers);
  headers.set('Cache-Control', 'no-cache, private');
  const requestId = request.headers.get('x-request-id');
  if (requestId) headers.set('X-Request-Id', requestId);
  const empty = stored.status === 204 || stored.body === '';
  if (!empty) headers.set('Content-Type', 'application/json');
  const response = new HttpResponse(empty ? null : stored.body, { status: stored.status, headers });
  deliverCookies(response, cookies);
  return response;
}
