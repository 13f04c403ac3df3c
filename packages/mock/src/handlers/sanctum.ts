/**
 * Sanctum's SPA entry point, `GET {origin}/sanctum/csrf-cookie`: answers 204 and sets the
 * session cookie and `XSRF-TOKEN`. It lives on the API's origin, outside the versioned API (and
 * outside `docs/openapi.json`), where Sanctum registers it.
 *
 * @module
 */
import { CSRF_COOKIE_PATH } from '../http/sanctum.js';
import type { Router } from '../http/router.js';
import { noContent } from './support.js';

export function sanctumRoutes(router: Router): void {
  router.add('get', CSRF_COOKIE_PATH, 'public', (ctx) => {
    // A live session keeps its id and token; the router sends both cookies back either way.
    ctx.session.start();
    return noContent();
  }, { at: 'origin' });
}
