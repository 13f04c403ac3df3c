import { APIResource } from '../core/resource.js';
import type { RequestOptions } from '../core/request.js';
import { AuthToken } from '../generated/validators.js';
import { anyBody, resource } from '../core/validator.js';
import type { LoginParams, RegisterParams } from '../schemas/params.js';

/**
 * Registration and sign-in with Sanctum tokens. A successful `register()` or `login()` signs this
 * client in: the token is kept in its memory (never in storage) and sent on every later call.
 */
export class Auth extends APIResource {
  /**
   * Creates an account and signs this client in as the new user. `POST /auth/register`
   *
   * @throws {ValidationError} 422 when a field is invalid, e.g. the email is already taken.
   *
   * @example
   * ```ts
   * const { user } = await ck.auth.register({ name: 'Ada', email: 'ada@example.com', password: 'correct horse', password_confirmation: 'correct horse' });
   * ```
   */
  async register(params: RegisterParams, options?: RequestOptions): Promise<AuthToken> {
    const result = await this._client.post('auth/register', { ...options, body: params, schema: resource(AuthToken) });
    this._client.setToken(result.token);
    return result;
  }

  /**
   * Signs this client in. `POST /auth/login`
   *
   * @throws {ValidationError} 422 when the credentials are wrong (Laravel reports them on `email`).
   *
   * @example
   * ```ts
   * const { user } = await ck.auth.login({ email: 'ada@example.com', password: 'correct horse', device_name: 'web' });
   * await ck.me.retrieve(); // sent with the new token
   * ```
   */
  async login(params: LoginParams, options?: RequestOptions): Promise<AuthToken> {
    const result = await this._client.post('auth/login', { ...options, body: params, schema: resource(AuthToken) });
    this._client.setToken(result.token);
    return result;
  }

  /**
   * Starts a Sanctum SPA session: fetches `/sanctum/csrf-cookie` on the API's origin so the
   * browser holds the `XSRF-TOKEN` cookie that cookie mode (`credentials: 'include'`) echoes as
   * `X-XSRF-TOKEN`. Call it once before `login()` in cookie mode. `GET /sanctum/csrf-cookie`
   *
   * @example
   * ```ts
   * const ck = new CourseKit({ baseUrl: 'https://school.example/api/v1', credentials: 'include' });
   * await ck.auth.csrfCookie();
   * await ck.auth.login({ email, password });
   * ```
   */
  async csrfCookie(options?: RequestOptions): Promise<void> {
    const url = new URL('/sanctum/csrf-cookie', new URL(this._client.baseUrl, globalThis.location?.href)).href;
    await this._client.get(url, { ...options, schema: anyBody });
  }

  /**
   * Revokes the current token on the server and signs this client out. `POST /auth/logout`
   *
   * The client forgets its token even when the request fails (offline, token already expired):
   * a user who pressed "sign out" must not stay signed in locally.
   *
   * @example
   * ```ts
   * await ck.auth.logout();
   * ```
   */
  async logout(options?: RequestOptions): Promise<void> {
    try {
      await this._client.post('auth/logout', { ...options, schema: anyBody });
    } finally {
      this._client.setToken(null);
    }
  }
}
