/**
 * Authentication: `POST /auth/register`, `POST /auth/login`, `POST /auth/logout`, answered as a
 * Laravel app with Sanctum does. Both modes at once: the answer carries a token (`{token, user}`),
 * and a stateful request (one with the session cookie, see `http/sanctum.ts`) also signs the
 * user in to its session. Login is throttled like Laravel's `LoginRequest`: five failed attempts
 * per email per minute, then 429 with `Retry-After`; and ten failed attempts per client address
 * per minute whatever the emails, so one password cannot be tried across many accounts. A
 * successful login clears its email's count, not its address's.
 *
 * @module
 */
import { LoginParams, RegisterParams } from '@coursekit/sdk/schemas';
import { hashPassword, verifyPassword } from '../domain/passwords.js';
import { issueToken } from '../domain/tokens.js';
import { tooManyRequests, validationError } from '../http/errors.js';
import type { Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { fullUser } from '../serializers/users.js';
import { currentUser, noContent } from './support.js';

const MAX_LOGIN_ATTEMPTS = 5;
/** Failed logins one client address may make per window, over all emails. */
const MAX_ADDRESS_ATTEMPTS = 10;
const LOCKOUT_SECONDS = 60;

export function authRoutes(router: Router): void {
  router.add('post', '/auth/register', 'public', (ctx) => {
    const input = validate(RegisterParams, ctx.body);
    const errors: Record<string, string[]> = {};
    if (input.password !== input.password_confirmation) errors['password'] = ['The password field confirmation does not match.'];
    const email = input.email.toLowerCase();
    if (ctx.db.first('users', (user) => user.email.toLowerCase() === email, { withTrashed: true })) errors['email'] = ['The email has already been taken.'];
    if (input.username && ctx.db.first('users', (user) => user.username?.toLowerCase() === input.username!.toLowerCase(), { withTrashed: true })) {
      errors['username'] = ['The username has already been taken.'];
    }
    if (Object.keys(errors).length) throw validationError(errors);
    const user = ctx.db.insert('users', { name: input.name, email, password: hashPassword(input.password), username: input.username ?? null, role: 'student' });
    const token = issueToken(ctx.db, user, 'api');
    ctx.session.login(user.id);
    return { status: 201, body: { token, user: fullUser(user, ctx.view) } };
  });

  router.add('post', '/auth/login', 'public', (ctx) => {
    const input = validate(LoginParams, ctx.body);
    const throttleKey = `login|${input.email.toLowerCase()}`;
    const addressKey = `login-address|${ctx.clientAddress}`;
    const now = ctx.db.now().getTime();
    for (const [key, max] of [[throttleKey, MAX_LOGIN_ATTEMPTS], [addressKey, MAX_ADDRESS_ATTEMPTS]] as const) {
      if (ctx.app.limiter.tooManyAttempts(key, max, now)) {
        const seconds = ctx.app.limiter.availableIn(key, now);
        throw tooManyRequests(seconds, `Too many login attempts. Please try again in ${seconds} seconds.`);
      }
    }
    const email = input.email.toLowerCase();
    const user = ctx.db.first('users', (candidate) => candidate.email.toLowerCase() === email);
    if (!user || !verifyPassword(input.password, user.password)) {
      ctx.app.limiter.hit(throttleKey, LOCKOUT_SECONDS, now);
      ctx.app.limiter.hit(addressKey, LOCKOUT_SECONDS, now);
      throw validationError({ email: ['These credentials do not match our records.'] });
    }
    ctx.app.limiter.clear(throttleKey);
    const token = issueToken(ctx.db, user, input.device_name ?? 'api');
    ctx.session.login(user.id);
    return { status: 200, body: { token, user: fullUser(user, ctx.view) } };
  });

  // Ends the session (a stateful request) and revokes the bearer token (when one was sent).
  router.add('post', '/auth/logout', 'learner', (ctx) => {
    currentUser(ctx);
    if (ctx.token) ctx.db.delete('personal_access_tokens', ctx.token.id);
    ctx.session.logout();
    return noContent();
  });
}
