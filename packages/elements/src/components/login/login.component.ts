import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isRateLimitError, isValidationError, type AuthToken } from '@coursekit/sdk';
import { session } from '../../data/queries.js';
import { CkitSignInEvent } from '../../events/sign-in.js';
import { CkitSignOutEvent } from '../../events/sign-out.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorMessageKey } from '../../internal/templates.js';
import type { MessageKey } from '../../i18n/en.js';
import { loginFormStyles, loginStyles } from './login.styles.js';
import { loginMessages } from './login.messages.js';

type Mode = 'login' | 'register';

/** Each form's fields: name (as the API names it), input type, `autocomplete`, label, required. */
const FIELDS: Record<Mode, [string, string, string, MessageKey, boolean][]> = {
  login: [
    ['email', 'email', 'username', 'loginEmail', true],
    ['password', 'password', 'current-password', 'loginPassword', true],
  ],
  register: [
    ['name', 'text', 'name', 'loginName', true],
    ['email', 'email', 'email', 'loginEmail', true],
    // The public handle, not the sign-in name: `username` would make password managers save it as the login.
    ['username', 'text', 'nickname', 'loginUsername', false],
    ['password', 'password', 'new-password', 'loginPassword', true],
    ['password_confirmation', 'password', 'new-password', 'loginPasswordConfirm', true],
  ],
};

/** The roots (document or shadow roots) that adopted the form's rules. */
const styled = new WeakSet<Node>();
let instances = 0;

/**
 * @tag ckit-login
 * @summary Sign in, create an account and sign out. The form is a real `<form>` in the light DOM
 * with `autocomplete` attributes, so password managers fill and save it. Works with bearer
 * tokens and with Laravel Sanctum's cookie session.
 * @status experimental
 *
 * Tokens stay in the SDK client's memory, never in storage, and no event carries them: a learner
 * signed in with a token is signed in for this page load. To keep the learner signed in across
 * pages, use cookie mode (Sanctum's session cookie, `<ckit-provider with-credentials>`). Hosts with
 * their own sign-in skip this element and give the provider a token (`setToken()`) or a client
 * with `getToken`.
 *
 * @slot - Nothing to place: the element renders its form here (light DOM, for password managers).
 *
 * @event {CkitSignInEvent} ckit-sign-in - A user signed in or registered. `detail: { user, method }`.
 * @event {CkitSignOutEvent} ckit-sign-out - The user signed out; every cached learner query was dropped.
 * @event {CkitErrorEvent} ckit-error - Signing in, registering, signing out or finishing a sign-in intent failed. `detail: { error, operation }`.
 *
 * @csspart base - The frame around the heading, the form and the account line.
 * @csspart title - The heading ("Sign in", "Create an account").
 * @csspart account - The signed-in line with the user's name.
 * @csspart sign-out - The sign-out button.
 * @csspart status - The live region announcing sign-in and sign-out.
 *
 * The light-DOM form is styled with zero-specificity rules; restyle it with `ckit-login form`,
 * `ckit-login input`, `ckit-login button`, `ckit-login .ckit-error`.
 *
 * @example
 * ```html
 * <ckit-provider base-url="/api/v1"><ckit-login></ckit-login></ckit-provider>
 * <ckit-provider base-url="/api/v1" with-credentials><ckit-login mode="register"></ckit-login></ckit-provider>
 * ```
 */
export class CkitLogin extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = loginStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = loginMessages;

  /** Which form shows: `login` or `register`. The visitor can switch. */
  @property({ reflect: true }) mode: Mode = 'login';

  /**
   * How the session is kept: `token` (the bearer token the server returns), `cookie` (Sanctum's
   * SPA session: the CSRF cookie is fetched first), or `auto`: cookie when the provider has
   * `with-credentials` and no client of the host's.
   */
  @property() auth: 'auto' | 'token' | 'cookie' = 'auto';

  /** The name of the token the server issues, listed in the user's sessions. */
  @property({ attribute: 'device-name' }) deviceName = 'web';

  /** Hides the "Create an account" switch (sign-in only). */
  @property({ type: Boolean, attribute: 'no-register' }) noRegister = false;
  /** The level of the form's heading (1–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The server's messages per field (422), or for the whole form (`''`). */
  @state() private errors: Record<string, string> = {};
  @state() private pending = false;
  @state() private announcement = '';

  readonly #id = `ckit-login-${++instances}`;
  /** What to focus after the next render: a field name, or `sign-out`. */
  #focus: string | undefined;

  readonly #session = this.createTask('auth.session', () => [], (_, { read }) => read(session));

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = loginFormStyles.styleSheet;
    if (sheet && 'adoptedStyleSheets' in root && !styled.has(root)) {
      styled.add(root);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  #cookieMode(): boolean {
    if (this.auth !== 'auto') return this.auth === 'cookie';
    let node: Node | null = this;
    while (node && !(node instanceof Element && node.localName === 'ckit-provider')) node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    const provider = node as (Element & { withCredentials?: boolean; client?: unknown }) | null;
    return Boolean(provider?.withCredentials && !provider.client);
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.pending) return;
    // Read at submit time: values a password manager filled without firing any event count too.
    const data = Object.fromEntries(new FormData(event.target as HTMLFormElement)) as Record<string, string>;
    const mode = this.mode;
    this.pending = true;
    this.errors = {};
    try {
      const store = await this.requireStore();
      const { auth } = store.client;
      const cookie = this.#cookieMode();
      if (cookie) await auth.csrfCookie();
      const { user }: AuthToken =
        mode === 'login'
          ? await auth.login({ email: data['email']!, password: data['password']!, device_name: this.deviceName })
          : await auth.register({
              name: data['name']!,
              email: data['email']!,
              password: data['password']!,
              password_confirmation: data['password_confirmation']!,
              ...(data['username'] ? { username: data['username'] } : {}),
            });
      // Cookie mode: the session cookie is the credential, the token the answer carried is not kept.
      if (cookie) store.client.setToken(null);
      // The client holds the token now (or the cookie session): the user's data reloads once.
      store.sessionChanged();
      this.#focus = 'sign-out';
      this.announcement = this.i18n.t('loginSignedIn', { name: user.name });
      this.emit(new CkitSignInEvent({ user, method: mode }));
      store.completeIntent().catch((error: unknown) => this.reportError(error, 'intent.complete'));
    } catch (error) {
      this.reportError(error, `auth.${mode}`);
      const errors: Record<string, string> = {};
      if (isValidationError(error)) {
        for (const [field, messages] of Object.entries(error.errors)) {
          const known = FIELDS[mode].some(([name]) => name === field);
          errors[known ? field : ''] = messages[0] ?? '';
        }
      } else if (isRateLimitError(error) && error.retryAfter !== undefined) {
        errors[''] = this.i18n.t('loginThrottled', { count: Math.max(1, Math.ceil(error.retryAfter)) });
      } else errors[''] = this.i18n.t(errorMessageKey(error));
      this.errors = errors;
      this.#focus = FIELDS[mode].find(([name]) => errors[name])?.[0];
    } finally {
      this.pending = false;
    }
  };

  async #signOut(): Promise<void> {
    const store = this.store;
    if (!store || this.pending) return;
    this.pending = true;
    try {
      // Forgets the token even when the request fails: the user asked to be signed out.
      await store.client.auth.logout();
    } catch (error) {
      this.reportError(error, 'auth.logout');
    }
    store.sessionChanged();
    this.pending = false;
    this.mode = 'login';
    this.#focus = 'email';
    this.announcement = this.i18n.t('loginSignedOut');
    this.emit(new CkitSignOutEvent());
  }

  /** Focuses the form's first field: now, or as soon as the form has rendered (the session may still be loading). */
  override focus(options?: FocusOptions): void {
    const first = this.querySelector<HTMLElement>('input');
    if (first) return first.focus(options);
    this.#focus = FIELDS[this.mode][0]![0];
    this.requestUpdate();
  }

  #switch(): void {
    this.mode = this.mode === 'login' ? 'register' : 'login';
    this.errors = {};
    this.#focus = FIELDS[this.mode][0]![0];
  }

  #form() {
    const i18n = this.i18n;
    const { errors, mode } = this;
    const id = this.#id;
    return html`<form class="ckit-login-form" aria-label=${i18n.t(mode === 'login' ? 'loginTitle' : 'loginRegisterTitle')} @submit=${this.#onSubmit}>
      ${errors[''] ? html`<p class="ckit-error" role="alert">${errors['']}</p>` : nothing}
      ${FIELDS[mode].map(([name, type, autocomplete, label, required]) => {
        const error = errors[name];
        return html`<label
          >${i18n.t(label)}${required ? nothing : html` <span class="ckit-hint">${i18n.t('loginOptional')}</span>`}
          <input
            name=${name}
            type=${type}
            autocomplete=${autocomplete}
            ?required=${required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-${name}-error` : nothing}
          />
          ${error ? html`<span class="ckit-error" id="${id}-${name}-error">${error}</span>` : nothing}</label
        >`;
      })}
      <button type="submit" aria-disabled=${this.pending ? 'true' : 'false'}>${i18n.t(mode === 'login' ? 'loginSubmit' : 'loginRegisterSubmit')}</button>
      ${this.noRegister
        ? nothing
        : html`<button type="button" class="ckit-link" @click=${this.#switch}>${i18n.t(mode === 'login' ? 'loginToRegister' : 'loginToLogin')}</button>`}
    </form>`;
  }

  protected override render() {
    const i18n = this.i18n;
    const task = this.#session;
    // While the session reloads (after signing in or out), the last answer stays on screen.
    const known = task.status === TaskStatus.COMPLETE || (task.status === TaskStatus.PENDING && task.value !== undefined);
    const user = known ? task.value : undefined;
    // The form is rendered into the light DOM; the shadow root shows it through its slot.
    render(known && !user ? this.#form() : nothing, this, { host: this });
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${i18n.locale} aria-busy=${this.pending ? 'true' : 'false'}>
      ${user
        ? html`<p part="account" class="account">
            <span>${i18n.t('loginAccount', { name: user.name })}</span>
            <button part="sign-out" class="btn btn-secondary" type="button" @click=${this.#signOut}>${i18n.t('loginSignOut')}</button>
          </p>`
        : task.status === TaskStatus.ERROR
          ? html`<p role="alert">${i18n.t(errorMessageKey(task.error))}</p>`
          : known
            ? html`<div part="title" class="title" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))}>${i18n.t(this.mode === 'login' ? 'loginTitle' : 'loginRegisterTitle')}</div>
                <slot></slot>`
            : html`<p>${i18n.t('loading')}</p>`}
      <p part="status" class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.#focus;
    if (!focus) return;
    const target = focus === 'sign-out' ? this.shadowRoot!.querySelector<HTMLElement>('[part="sign-out"]') : this.querySelector<HTMLElement>(`[name="${focus}"]`);
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }
}
