/**
 * A minimal cookie jar for tests: Node's `fetch` keeps no cookies, so tests that play a browser
 * in Sanctum's SPA mode store `Set-Cookie` themselves and send `Cookie` back explicitly.
 */
export class CookieJar {
  readonly #cookies = new Map<string, { value: string; attributes: string[] }>();

  /** `fetch` with this jar's cookies, keeping whatever cookies the response sets. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) headers.set('Cookie', this.header());
    const response = await fetch(url, { ...init, headers });
    this.store(response);
    return response;
  }

  /** Takes the cookies a response sets; `Max-Age=0` deletes one. */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      if (attributes.some((attribute) => /^max-age=0$/i.test(attribute))) this.#cookies.delete(name);
      else this.#cookies.set(name, { value: pair.slice(separator + 1), attributes });
    }
  }

  /** The `Cookie` request header for everything in the jar. */
  header(): string {
    return [...this.#cookies].map(([name, cookie]) => `${name}=${cookie.value}`).join('; ');
  }

  /** A cookie's value as sent on the wire (still URL-encoded). */
  raw(name: string): string | undefined {
    return this.#cookies.get(name)?.value;
  }

  /** A cookie's value as a page's script reads it: URL-decoded, what the SDK echoes as `X-XSRF-TOKEN`. */
  value(name: string): string | undefined {
    const raw = this.raw(name);
    return raw === undefined ? undefined : decodeURIComponent(raw);
  }

  /** The attributes a cookie was set with (`Path=/`, `HttpOnly`, ...). */
  attributes(name: string): string[] {
    return this.#cookies.get(name)?.attributes ?? [];
  }
}
