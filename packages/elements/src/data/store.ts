/**
 * What every element below one `<ckit-provider>` shares: the SDK client, one query cache, the
 * signed-in session and the wishlist. The provider keeps one store per client; signing in or out
 * drops only the user's data, so the catalog and the course stay cached.
 *
 * @module
 */
import type { User } from '@coursekit/sdk';
import type { ElementsClient } from './client.js';
import type { CkitIntent } from '../events/sign-in-request.js';
import { QueryCache, type InvalidationListener } from './query-cache.js';
import { exactly, type KeyMatch } from './query-key.js';
import type { Mutation, Query } from './query.js';
import { session } from './queries.js';
import { WishlistState } from './wishlist-state.js';

/** Options of a `CoursekitStore`. */
export interface CoursekitStoreOptions {
  /** The SDK client every request goes through. */
  client: ElementsClient;
  /** Default language of the elements when no `lang` attribute applies. */
  locale?: string | undefined;
  /** ISO 4217 currency prices are shown in. */
  currency: string;
  /**
   * Whether a signed-in session may exist that the client holds no bearer token for (cookie
   * auth, or a client built by the host). When `false` and the client has no token, the store
   * knows the visitor is anonymous without asking the server.
   */
  ambientSession: boolean;
}

/**
 * Shared data access for the elements below one provider. Dispatches `change` when its locale or
 * currency changes (elements render again, nothing is fetched).
 */
export class CoursekitStore extends EventTarget {
  /** The SDK client. */
  readonly client: ElementsClient;
  /** The signed-in user's wishlist, shared by every wishlist button and list. */
  readonly wishlist: WishlistState;
  #locale: string | undefined;
  #currency: string;
  #intent: CkitIntent | undefined;
  readonly #cache: QueryCache;
  readonly #ambientSession: boolean;

  constructor(options: CoursekitStoreOptions) {
    super();
    this.client = options.client;
    this.#locale = options.locale;
    this.#currency = options.currency;
    this.#ambientSession = options.ambientSession;
    this.#cache = new QueryCache({ client: options.client, ambientSession: options.ambientSession });
    this.wishlist = new WishlistState({ client: options.client, signedIn: async () => Boolean(await this.session()) });
  }

  /** Default language of the elements when no `lang` attribute applies. */
  get locale(): string | undefined {
    return this.#locale;
  }

  /** ISO 4217 currency prices are shown in. */
  get currency(): string {
    return this.#currency;
  }

  /** Changes how elements format text and prices; they render again without fetching anything. */
  setDisplay(display: { locale: string | undefined; currency: string }): void {
    if (display.locale === this.#locale && display.currency === this.#currency) return;
    this.#locale = display.locale;
    this.#currency = display.currency;
    this.dispatchEvent(new Event('change'));
  }

  /**
   * The answer of `query`: one request for every element asking while it is in flight or fresh
   * (a minute). Failures are not kept, so asking again retries.
   *
   * @example
   * ```ts
   * import { course } from '@coursekit/elements/data/queries.js';
   * const typescript = await store.read(course('typescript-from-zero'));
   * ```
   */
  read<T>(query: Query<T>): Promise<T> {
    return this.#cache.read(query);
  }

  /** Sends a change, then drops the queries it makes stale (elements showing them reload). */
  async mutate<A extends readonly unknown[], R>(mutation: Mutation<A, R>, ...args: A): Promise<R> {
    const result = await mutation.run(this.client, ...args);
    this.invalidate(...mutation.invalidates(result, ...args));
    return result;
  }

  /** Drops the queries `matches` names, and those that were loaded from them. */
  invalidate(...matches: KeyMatch[]): void {
    this.#cache.invalidate(...matches);
  }

  /** Calls `listener` with the hashes of the keys each invalidation dropped; returns the function that stops it. */
  onInvalidate(listener: InvalidationListener): () => void {
    return this.#cache.onInvalidate(listener);
  }

  /** The signed-in user (`GET /me`), or `null` for an anonymous visitor. */
  session(): Promise<User | null> {
    return this.read(session);
  }

  /**
   * The session changed (signed in, signed out, a new token): drops the user's data once, so
   * every element showing some reloads it, and keeps everything public.
   */
  sessionChanged(): void {
    this.wishlist.reset();
    this.#cache.invalidateScope('user');
    // Elements that skipped the learner's data while nobody could be signed in look again.
    this.dispatchEvent(new Event('change'));
  }

  /**
   * Whether somebody may be signed in: the client holds a token, or a session may exist that it
   * holds none for (cookies, a host-built client). When not, the learner's data is known to be
   * empty without asking, and elements skip loading it.
   */
  get maySignIn(): boolean {
    return this.#ambientSession || this.client.http.hasToken();
  }

  /** Keeps what a visitor was doing when asked to sign in, to finish it with `completeIntent()`. */
  rememberIntent(intent: CkitIntent): void {
    this.#intent = intent;
  }

  /**
   * Finishes `intent` (or the remembered one) when somebody is signed in: a course a visitor
   * tried to save is saved, a free course they chose to enroll in is enrolled. Resolves `true`
   * when it was done, `false` when nobody is signed in yet (the intent is then kept); rejects
   * when the server refused.
   */
  async completeIntent(intent: CkitIntent | undefined = this.#intent): Promise<boolean> {
    if (!intent) return false;
    this.#intent = intent;
    if (!(await this.session())) return false;
    if (this.#intent === intent) this.#intent = undefined;
    if (intent.action === 'wishlist-add') {
      await this.wishlist.load();
      if (!this.wishlist.has(intent.courseId)) await this.wishlist.toggle(intent.courseId);
    }
    if (intent.action === 'enroll') {
      await this.client.enrollments.enroll(intent.courseId);
      this.invalidate(exactly('me', 'enrollments'), exactly('me', 'progress', intent.courseId), exactly('curriculum', intent.courseId));
    }
    return true;
  }
}
