import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CourseKit, User } from '@coursekit/sdk';
import { createElementsClient, type ElementsClient } from '../../data/client.js';
import { CoursekitStore } from '../../data/store.js';
import type { Cart, CartAddResult } from '../../data/cart.js';
import type { CkitIntent } from '../../events/sign-in-request.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { StoreProvider } from '../../internal/store-context.js';

/**
 * @tag ckit-provider
 * @summary Connects every CourseKit element inside it to your API: one SDK client, one query
 * cache, one session and one wishlist for the whole subtree.
 * @documentation https://github.com/coursekit/coursekit/tree/main/packages/elements#provider
 * @status stable
 *
 * @slot - The page content holding CourseKit elements. The provider renders no box of its own.
 *
 * @event ckit-error - A sign-in intent could not be completed. `detail: { error, operation }`.
 *
 * @example
 * ```html
 * <ckit-provider base-url="https://school.example/api/v1" locale="fr" currency="EUR">
 *   <ckit-course-catalog href-template="/courses/{slug}"></ckit-course-catalog>
 * </ckit-provider>
 * <script type="module">
 *   const provider = document.querySelector('ckit-provider');
 *   await provider.activeClient.auth.login({ email, password });
 *   provider.refresh(); // the learner's data loads; the catalog stays as it is
 * </script>
 * ```
 */
export class CkitProvider extends CoursekitElement {
  /** The provider lays nothing out: its children are part of the page. */
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the API, including its version prefix; relative URLs resolve against the page. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Default language of the elements when no `lang` attribute applies, also sent as the API's `Accept-Language` (default: `<html lang>`). */
  @property() locale?: string;

  /** ISO 4217 currency that prices are shown in. */
  @property() currency = 'USD';

  /** Sends cookies with every request (Laravel Sanctum SPA authentication) instead of relying on a bearer token only. */
  @property({ attribute: 'with-credentials', type: Boolean }) withCredentials = false;

  /** Your own SDK client (`new CourseKit({...})`); when set, `base-url` and `with-credentials` are ignored. */
  @property({ attribute: false }) client?: CourseKit;

  readonly #context = new StoreProvider(this);
  #ownClient: ElementsClient | undefined;
  /** The `base-url` and `with-credentials` the own client was built for. */
  #ownClientFor = '';

  /**
   * The client the elements use: `client` when set, else the one built from `base-url`. Built on
   * first use, so a host script may call `setToken()` before the provider first rendered.
   */
  get activeClient(): ElementsClient | undefined {
    if (this.client) return this.client;
    const wanted = `${this.baseUrl}|${this.withCredentials}`;
    if (wanted !== this.#ownClientFor) {
      // A new backend means a new session: the old client and its token are dropped.
      this.#ownClientFor = wanted;
      this.#ownClient = this.#createClient();
    }
    return this.#ownClient;
  }

  /**
   * Tells the elements that the session changed: call it after signing a user in or out through
   * the client. Everything that depends on the user (enrollments, progress, the wishlist, their
   * own reviews) loads again, once; public data (courses, categories) stays cached. A course
   * the visitor tried to save before signing in is saved now.
   *
   * @example
   * ```ts
   * await provider.activeClient.auth.login({ email: 'student@coursekit.test', password: 'password' });
   * provider.refresh();
   * ```
   */
  refresh(): void {
    const store = this.#context.value;
    if (!store) return;
    store.sessionChanged();
    void this.completeIntent();
  }

  /**
   * The learner's cart (course ids, per site and per user), the one every cart element under this
   * provider shows. Its code loads on first use, so a page without a cart never downloads it.
   *
   * @example
   * ```ts
   * const result = await provider.cart.add(42); // { added: false, reason: 'owned' } for a course the learner has
   * const cart = await provider.cart.open(); // the whole Cart: items, has(), remove(), clear(), 'change' events
   * ```
   */
  readonly cart = {
    /** Adds a course; refused with the reason when it is owned, already in the cart, free or unknown. */
    add: async (courseId: number): Promise<CartAddResult> => (await this.cart.open()).add(courseId),
    /** Removes a course from the cart. */
    remove: async (courseId: number): Promise<void> => (await this.cart.open()).remove(courseId),
    /** The cart itself, once its code has loaded. */
    open: async (): Promise<Cart> => {
      await this.updateComplete;
      const store = this.#context.value;
      if (!store) throw new Error('<ckit-provider> has no client yet: set base-url or client first.');
      const { cartOf } = await import('../../data/cart.js');
      return cartOf(store);
    },
  };

  /** Sets the bearer token of the active client (`null` signs out) and reloads what depends on the user. */
  setToken(token: string | null): void {
    this.activeClient?.setToken(token);
    // Before the first render there is no store yet: it starts with this token.
    this.refresh();
  }

  /**
   * The signed-in user, or `null` for a visitor, read through the elements' cache: no second
   * `GET /me` when the elements asked already.
   */
  async session(): Promise<User | null> {
    await this.updateComplete;
    return this.#context.value?.session() ?? null;
  }

  /**
   * Finishes what a visitor started before signing in (`ckit-sign-in-request`'s
   * `detail.intent`), once somebody is signed in: e.g. saves the course they tried to save.
   * Without an argument, finishes the intent remembered on this page. Resolves `true` when it
   * was done; a failure fires `ckit-error`.
   *
   * @example
   * ```ts
   * const intent = JSON.parse(sessionStorage.getItem('ckit-intent') ?? 'null');
   * if (intent) await provider.completeIntent(intent);
   * ```
   */
  async completeIntent(intent?: CkitIntent): Promise<boolean> {
    await this.updateComplete;
    try {
      return (await this.#context.value?.completeIntent(intent)) ?? false;
    } catch (error) {
      this.reportError(error, 'intent.complete');
      return false;
    }
  }

  override connectedCallback(): void {
    // The store exists as soon as the provider connects (before it announces itself): elements
    // below it get it at once and send their first requests without waiting for its first update.
    this.#provide();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provide();
  }

  /** A new client means a new session and a new cache; a new locale or currency does not. */
  #provide(): void {
    const client = this.activeClient;
    const current = this.#context.value;
    if (current?.client !== client) {
      this.#context.setValue(
        client &&
          new CoursekitStore({ client, locale: this.locale, currency: this.currency, ambientSession: Boolean(this.client) || this.withCredentials }),
      );
    } else {
      current?.setDisplay({ locale: this.locale, currency: this.currency });
    }
  }

  #createClient(): ElementsClient | undefined {
    if (!this.baseUrl) return undefined;
    return createElementsClient({
      baseUrl: new URL(this.baseUrl, document.baseURI).href,
      ...(this.withCredentials ? { credentials: 'include' as const } : {}),
      hooks: {
        beforeRequest: [
          ({ request }) => {
            // Read per request, so changing `locale` (or `<html lang>`) later needs no new client.
            const language = this.locale || document.documentElement.lang;
            if (language) request.headers.set('Accept-Language', language);
          },
        ],
      },
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
