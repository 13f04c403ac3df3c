import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { CourseKit } from '@coursekit/sdk';
import { coursekitContext } from '../../context/coursekit-context.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { CoursekitStore } from '../../internal/store.js';

/**
 * @tag ckit-provider
 * @summary Connects every CourseKit element inside it to your API: one SDK client, one request
 * cache, one session and one wishlist for the whole subtree.
 * @documentation https://github.com/coursekit/coursekit/tree/main/packages/elements#provider
 * @status stable
 *
 * @slot - The page content holding CourseKit elements. The provider renders no box of its own.
 *
 * @example
 * ```html
 * <ckit-provider base-url="https://school.example/api/v1" locale="fr" currency="EUR">
 *   <ckit-course-catalog href-template="/courses/{slug}"></ckit-course-catalog>
 * </ckit-provider>
 * <script type="module">
 *   const provider = document.querySelector('ckit-provider');
 *   await provider.client.auth.login({ email, password });
 *   provider.refresh(); // elements reload as the signed-in user
 * </script>
 * ```
 */
export class CkitProvider extends CoursekitElement {
  /** The element's styles: theme tokens first, then shared and component rules. */
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

  readonly #context = new ContextProvider(this, { context: coursekitContext });
  #ownClient: CourseKit | undefined;

  /** The client the elements use: `client` when set, else the one built from `base-url`. */
  get activeClient(): CourseKit | undefined {
    return this.client ?? this.#ownClient;
  }

  /**
   * Drops every cached response and makes the elements load again: call it after signing a
   * user in or out through the client.
   *
   * @example
   * ```ts
   * await provider.activeClient.auth.login({ email: 'student@coursekit.test', password: 'password' });
   * provider.refresh();
   * ```
   */
  refresh(): void {
    const client = this.activeClient;
    this.#context.setValue(
      client &&
        new CoursekitStore({
          client,
          locale: this.locale,
          currency: this.currency,
          ambientSession: Boolean(this.client) || this.withCredentials,
        }),
    );
  }

  /** Sets the bearer token of the active client (`null` signs out) and reloads the elements. */
  setToken(token: string | null): void {
    this.activeClient?.setToken(token);
    this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new backend means a new session; a new locale does not, so it must not drop the token.
    if (changed.has('baseUrl') || changed.has('withCredentials')) this.#ownClient = this.#createClient();
    const keys = ['baseUrl', 'locale', 'withCredentials', 'client', 'currency'] as const;
    if (keys.some((key) => changed.has(key))) this.refresh();
  }

  #createClient(): CourseKit | undefined {
    if (!this.baseUrl) return undefined;
    return new CourseKit({
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
