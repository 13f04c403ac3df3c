/**
 * Remote control of the mock itself, for demos, end-to-end tests and other apps that only
 * speak HTTP (not part of the CourseKit contract):
 *
 * - `POST {baseUrl}/__mock/reset`: back to the seed (204).
 * - `GET {baseUrl}/__mock/faults`: the current fault settings.
 * - `PUT {baseUrl}/__mock/faults {latencyMs?, errorRate?, errorStatus?, offline?}`: changes them;
 *   `DELETE {baseUrl}/__mock/faults` resets them.
 *
 * These routes are exempt from fault injection and from sessions (no CSRF token needed).
 *
 * @module
 */
import type { FaultSettings } from '../http/faults.js';
import { fieldError } from '../http/errors.js';
import type { Router } from '../http/router.js';
import { noContent, ok } from './support.js';

const FAULT_KEYS: readonly (keyof FaultSettings)[] = ['latencyMs', 'errorRate', 'errorStatus', 'offline'];

export function controlRoutes(router: Router, reset: () => void): void {
  // Exempt from faults: a mock told to fail everything must still be switchable back. Not part
  // of the app either, so a signed-in page's cookies do not make them stateful (no CSRF token).
  const exempt = { faults: false, session: false };

  router.add('post', '/__mock/reset', 'public', () => {
    reset();
    return noContent();
  }, exempt);

  router.add('get', '/__mock/faults', 'public', (ctx) => ok(ctx.app.faults.get()), exempt);

  router.add('put', '/__mock/faults', 'public', (ctx) => {
    const body = (typeof ctx.body === 'object' && ctx.body !== null ? ctx.body : {}) as Record<string, unknown>;
    const changes: Partial<FaultSettings> = {};
    for (const key of FAULT_KEYS) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== (key === 'offline' ? 'boolean' : 'number')) throw fieldError(key, `The ${key} field must be ${key === 'offline' ? 'true or false' : 'a number'}.`);
      Object.assign(changes, { [key]: value });
    }
    try {
      ctx.app.faults.set(changes);
    } catch (error) {
      throw fieldError('faults', (error as Error).message);
    }
    return ok(ctx.app.faults.get());
  }, exempt);

  router.add('delete', '/__mock/faults', 'public', (ctx) => {
    ctx.app.faults.reset();
    return ok(ctx.app.faults.get());
  }, exempt);
}
