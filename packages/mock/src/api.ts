/**
 * `createMockApi()`: one stateful reference backend (database, seed, fault switches) and the
 * msw handlers that serve it. The same handlers run in the browser (`./browser`), in Node tests
 * (`./node`) and over real HTTP (`server.ts`).
 *
 * @module
 */
import type { HttpHandler } from 'msw';
import { Database } from './store/database.js';
import { persistDatabase, type Persistence, type StorageLike } from './store/persistence.js';
import { seedSnapshot, seedVersion } from './seed-data/seed.js';
import { issueToken } from './domain/tokens.js';
import { randomToken } from './domain/identifiers.js';
import { createHandlers } from './handlers/index.js';
import { Faults } from './http/faults.js';
import { IdempotencyStore } from './http/idempotency.js';
import type { PaginatorStyle } from './http/pagination.js';
import { RateLimiter } from './http/rate-limiter.js';
import type { MockContext, StoredFile } from './http/router.js';
import { forgetPageCookies } from './http/cookies.js';
import { SESSION_COOKIE, XSRF_COOKIE } from './http/sanctum.js';
import { SessionStore } from './http/sessions.js';

/**
 * What a mock backend runs for: a demo (`npm start`, the examples, a page's Service Worker), tests,
 * or as one instance `shared` by people who must not reset or break it for each other.
 */
export type MockMode = 'demo' | 'test' | 'shared';

/** Options of `createMockApi()`. */
export interface MockApiOptions {
  /**
   * `'demo'` and `'test'` serve the control routes, `POST {baseUrl}/__mock/reset` and
   * `GET/PUT/DELETE {baseUrl}/__mock/faults`, which change the backend for every client and need
   * no credentials. `'shared'` leaves them out (they answer Laravel's route 404): use it for an
   * instance other people reach over the network. `reset()` and `faults` work in every mode.
   * @default 'demo'
   */
  mode?: MockMode;
  /**
   * Where the API is mounted: an absolute URL, or a path on the page's origin in the browser.
   * @default '/api/v1' in a browser, 'http://localhost:8787/api/v1' elsewhere
   */
  baseUrl?: string;
  /**
   * Keep the data and the Sanctum SPA sessions across page reloads in `localStorage` (only what
   * changed since the seed is saved). `false` keeps them in memory only.
   * @default false
   */
  persist?: 'localStorage' | false;
  /**
   * Delay every response by this many milliseconds (change it later with `api.faults.set()`).
   * @default 0
   */
  latencyMs?: number;
  /**
   * The paginator shape of list responses when a request does not ask with `?paginator=`:
   * `resource` (resource collection), `plain` (`paginate()`), `simple` (`simplePaginate()`) or
   * `cursor` (`cursorPaginate()`).
   * @default 'resource'
   */
  paginator?: PaginatorStyle;
  /**
   * The `localStorage` key, when two mock APIs persist on one origin.
   * @default 'coursekit-mock:' + baseUrl
   */
  storageKey?: string;
}

/** A running reference backend. */
export interface MockApi {
  /** The msw handlers: pass them to `setupWorker()`, `setupServer()` or `server.use()`. */
  readonly handlers: HttpHandler[];
  /** The database: read it in tests, or change it directly to arrange a scenario. */
  readonly db: Database;
  /** Fault injection: latency, error rate, offline. */
  readonly faults: Faults;
  /** The base URL the handlers answer on. */
  readonly baseUrl: string;
  /** What the backend runs for; `'shared'` serves no control routes. */
  readonly mode: MockMode;
  /**
   * Restores the seed, forgets persisted state, sessions, idempotency keys, rate limits and
   * uploads. In a page it also deletes the session and `XSRF-TOKEN` cookies it set.
   */
  reset(): void;
  /**
   * Issues a Sanctum token for a seeded or registered user, skipping the login request.
   * @throws {Error} when no user has this email.
   */
  issueToken(email: string): string;
}

/** The base URL used when none is given. */
export function defaultBaseUrl(): string {
  return typeof location !== 'undefined' && typeof location.origin === 'string' ? '/api/v1' : 'http://localhost:8787/api/v1';
}

/**
 * Creates a reference backend seeded with the demo school.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMockApi } from '@coursekit/mock';
 *
 * const api = createMockApi({ baseUrl: 'http://localhost:8787/api/v1' });
 * const server = setupServer(...api.handlers);
 * server.listen();
 * // ... run the app against http://localhost:8787/api/v1, then:
 * api.reset();
 * ```
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl()).replace(/\/+$/, '');
  const db = new Database();
  db.import(seedSnapshot());
  const storage = options.persist === 'localStorage' ? pageStorage() : undefined;
  const key = options.storageKey ?? `coursekit-mock:${baseUrl}`;
  const persistence: Persistence | undefined = storage && persistDatabase(db, { storage, key, seedVersion: seedVersion() });
  const sessions = new SessionStore(storage && { storage, key: `${key}:sessions`, seedVersion: seedVersion() });
  const files = new Map<string, StoredFile>();
  const context: MockContext = {
    db,
    baseUrl,
    faults: new Faults({ latencyMs: options.latencyMs ?? 0 }),
    idempotency: new IdempotencyStore(),
    limiter: new RateLimiter(),
    sessions,
    files,
    urlKey: randomToken(32),
    paginator: options.paginator ?? 'resource',
  };
  const reset = () => {
    db.import(seedSnapshot());
    persistence?.clear();
    sessions.clear();
    forgetPageCookies([SESSION_COOKIE, XSRF_COOKIE]);
    context.idempotency.clear();
    context.limiter.clear();
    files.clear();
  };
  const mode = options.mode ?? 'demo';
  return {
    handlers: createHandlers(context, mode === 'shared' ? undefined : reset),
    db,
    faults: context.faults,
    baseUrl,
    mode,
    reset,
    issueToken(email) {
      const wanted = email.toLowerCase();
      const user = db.first('users', (row) => row.email.toLowerCase() === wanted);
      if (!user) throw new Error(`No user with email ${email}.`);
      return issueToken(db, user, 'mock');
    },
  };
}

function pageStorage(): StorageLike {
  const storage = (globalThis as { localStorage?: StorageLike }).localStorage;
  if (!storage) throw new Error("createMockApi({ persist: 'localStorage' }) needs localStorage; use persist: false outside a browser.");
  return storage;
}
