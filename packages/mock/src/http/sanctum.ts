/**
 * Sanctum's SPA mode around one request: what `EnsureFrontendRequestsAreStateful` adds to the
 * API's middleware (start the session, verify the CSRF token, send both cookies back).
 *
 * A request that carries the `coursekit_session` cookie is stateful. Its session is resumed, or,
 * when the cookie names no live session, replaced by a new empty one (as `StartSession` does).
 * Mutations of a stateful request must echo the session's CSRF token as `X-XSRF-TOKEN`; every
 * answer to it sets `coursekit_session` and `XSRF-TOKEN` again, which keeps the session alive.
 * A request without the cookie is stateless and authenticates with its bearer token only.
 *
 * @module
 */
import type { Cookie } from './cookies.js';
import { SESSION_LIFETIME_SECONDS, type Session, type SessionStore } from './sessions.js';

/** The session cookie (Laravel names it after the app: `{app}_session`). */
export const SESSION_COOKIE = 'coursekit_session';
/** The cookie that hands the CSRF token to the page's script. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** Sanctum's route that starts a session, on the API's origin (outside the versioned API). */
export const CSRF_COOKIE_PATH = '/sanctum/csrf-cookie';

/** The session side of one request. */
export class RequestSession {
  readonly #store: SessionStore;
  readonly #now: number;
  #session: Session | null;

  private constructor(store: SessionStore, now: number, session: Session | null) {
    this.#store = store;
    this.#now = now;
    this.#session = session;
  }

  /** The session named by the request's session cookie `id`; stateless without one. */
  static resume(store: SessionStore, id: string | undefined, now: number): RequestSession {
    if (id === undefined) return new RequestSession(store, now, null);
    const session = store.find(id, now);
    if (!session) return new RequestSession(store, now, store.start(now));
    store.touch(session, now);
    return new RequestSession(store, now, session);
  }

  /** A request outside the app (the mock's control routes, the test gateway): no session, no cookies. */
  static none(store: SessionStore, now: number): RequestSession {
    return new RequestSession(store, now, null);
  }

  /** Whether the request carried a session cookie, or a session was started for it. */
  get stateful(): boolean {
    return this.#session !== null;
  }

  /** The user signed in through the session. */
  get userId(): number | null {
    return this.#session?.userId ?? null;
  }

  /** An opaque id of the session, for scoping per-session state (idempotency keys). */
  get id(): string | null {
    return this.#session?.id ?? null;
  }

  /** Whether `header` (`X-XSRF-TOKEN`) is the session's CSRF token, as `VerifyCsrfToken` checks it. Stateless requests pass. */
  verifyCsrf(header: string | null): boolean {
    return this.#session === null || header === this.#session.token;
  }

  /** Starts a session for a request that came without one (`GET /sanctum/csrf-cookie`). */
  start(): void {
    this.#session ??= this.#store.start(this.#now);
  }

  /**
   * Signs `userId` in through the session, on a stateful request only. The session gets a new id
   * and CSRF token, as `session()->regenerate()` does after login: a session id planted in the
   * browser before the login (session fixation) is worthless after it.
   */
  login(userId: number): void {
    if (!this.#session) return;
    this.#store.delete(this.#session.id);
    this.#session = this.#store.start(this.#now, userId);
  }

  /** Signs out of the session: it ends, and an empty one with a new CSRF token replaces it (`invalidate()`, `regenerateToken()`). */
  logout(): void {
    if (!this.#session) return;
    this.#store.delete(this.#session.id);
    this.#session = this.#store.start(this.#now);
  }

  /**
   * The cookies the response sets: the session cookie (HttpOnly) and the CSRF token for the
   * page's script. A CSRF failure sends the session cookie only: Laravel's `VerifyCsrfToken`
   * adds `XSRF-TOKEN` on success, and a page must fetch `/sanctum/csrf-cookie` again.
   */
  cookies({ csrf = true } = {}): Cookie[] {
    if (!this.#session) return [];
    const session: Cookie = { name: SESSION_COOKIE, value: this.#session.id, maxAge: SESSION_LIFETIME_SECONDS, httpOnly: true };
    return csrf ? [session, { name: XSRF_COOKIE, value: this.#session.token, maxAge: SESSION_LIFETIME_SECONDS, httpOnly: false }] : [session];
  }
}
