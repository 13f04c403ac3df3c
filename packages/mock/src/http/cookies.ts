/**
 * Delivering `Set-Cookie` in every way the mock runs.
 *
 * Cookies are delivered past msw's own cookie handling on purpose: msw keeps only the first of
 * several `Set-Cookie` values a response was built with and adds it back, attributes and all,
 * to every later request to that host, in Node as in the browser (where it even persists them
 * in `localStorage`). The session cookie would then ride along with unrelated requests. So
 * responses are built without cookies and the cookies are added afterwards: as headers in
 * Node, and written to `document.cookie` in a page.
 *
 * @module
 */

/** A cookie to set. */
export interface Cookie {
  name: string;
  /** The value as the client reads it; it is URL-encoded on the wire. */
  value: string;
  /** Seconds until the client drops it; `0` deletes it. */
  maxAge: number;
  /** Hidden from `document.cookie` (where the client is a real browser talking to a server). */
  httpOnly: boolean;
}

/**
 * `Set-Cookie` as Laravel writes it: site-wide (`Path=/`), `SameSite=Lax`, never `Secure` (the
 * mock is served over plain HTTP on localhost, where a `Secure` cookie would be dropped).
 */
export function serializeCookie(cookie: Cookie, { httpOnly = cookie.httpOnly } = {}): string {
  return `${cookie.name}=${encodeURIComponent(cookie.value)}; Max-Age=${cookie.maxAge}; Path=/; SameSite=Lax${httpOnly ? '; HttpOnly' : ''}`;
}

/**
 * Sets `cookies` with `response`: as `Set-Cookie` headers (what a client in Node reads, and what
 * the HTTP server writes out), and in a page also through `document.cookie`.
 *
 * In a page the mock runs beside the app (the Service Worker only relays requests to it), so
 * there is no server for a browser to hide an `HttpOnly` cookie from: a Fetch `Response` built
 * in script cannot carry `Set-Cookie` at all, and `document.cookie` refuses `HttpOnly` cookies.
 * The session cookie is therefore written without `HttpOnly` there, and scripts on the page can
 * read it. This is a limitation of the browser mode only.
 */
export function deliverCookies(response: Response, cookies: readonly Cookie[]): void {
  for (const cookie of cookies) response.headers.append('Set-Cookie', serializeCookie(cookie));
  if (typeof document === 'undefined') return;
  for (const cookie of cookies) document.cookie = serializeCookie(cookie, { httpOnly: false });
}

/**
 * In a page, deletes the cookies `names` that `deliverCookies()` wrote to `document.cookie`. A
 * server cannot reach into a browser to do this, but in a page the mock stands in for the
 * browser's cookie jar too: after a reset, a leftover session cookie would only make every
 * mutation fail with 419 until the page fetched a new one.
 */
export function forgetPageCookies(names: readonly string[]): void {
  if (typeof document === 'undefined') return;
  for (const name of names) document.cookie = serializeCookie({ name, value: '', maxAge: 0, httpOnly: false });
}
