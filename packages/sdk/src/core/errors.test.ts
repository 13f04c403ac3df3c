import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import {
  APIError,
  RateLimitError,
  ValidationError,
  errorFromResponse,
  isAPIError,
  isCourseKitError,
  isRateLimitError,
  isValidationError,
  isNotFoundError,
  parseRetryAfter,
} from './errors.js';

describe('errors', () => {
  it('errorFromResponse picks the subclass and keeps the server message, status, code and request id', () => {
    const error = errorFromResponse({ status: 422, body: { message: 'The email field is required.', errors: { email: ['The email field is required.'] } }, requestId: 'r1', method: 'POST', url: 'https://x/api/v1/auth/register' });
    assert.ok(error instanceof ValidationError);
    assert.equal(error.message, '422 The email field is required. (POST https://x/api/v1/auth/register)');
    assert.equal(error.firstError('email'), 'The email field is required.');
    assert.equal(error.requestId, 'r1');
    assert.equal(error.code, 'validation_failed');
    assert.equal(errorFromResponse({ status: 402, body: { message: 'Payment required.', code: 'payment_required' } }).code, 'payment_required');
    assert.equal(errorFromResponse({ status: 418, body: 'teapot' }).constructor, APIError);
  });

  it('Retry-After parses seconds and HTTP dates, never negative', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now), 60);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
    const limited = errorFromResponse({ status: 429, body: {}, headers: new Headers({ 'Retry-After': '7' }) });
    assert.ok(limited instanceof RateLimitError && limited.retryAfter === 7);
  });

  it('guards work across realms, where instanceof does not', () => {
    const error = errorFromResponse({ status: 404, body: { message: 'Missing' } });
    // A structured clone into another realm keeps own properties (the brand is copied by hand as
    // a second copy of the SDK would set it), but not the prototype chain.
    const foreign = vm.runInNewContext(`(() => { const e = new Error('x'); e.name = 'NotFoundError'; e[Symbol.for('coursekit.error')] = true; return e; })()`);
    assert.equal(foreign instanceof APIError, false);
    assert.equal(isNotFoundError(foreign), true);
    assert.equal(isAPIError(foreign), true);
    assert.equal(isCourseKitError(error), true);
    assert.equal(isValidationError(error), false);
    assert.equal(isRateLimitError(new Error('x')), false);
    assert.equal(isCourseKitError({ name: 'NotFoundError' }), false, 'a look-alike without the brand is not ours');
  });

  it('RateLimitError.retryAfter is finite and non-negative whatever the headers say, and reads the RateLimit headers', () => {
    const retryAfter = (headers: Record<string, string>) => {
      const error = errorFromResponse({ status: 429, body: {}, headers: new Headers(headers) });
      assert.ok(error instanceof RateLimitError);
      return error.retryAfter;
    };
    assert.equal(retryAfter({ 'Retry-After': 'NaN' }), undefined);
    assert.equal(retryAfter({ 'Retry-After': '-30' }), 0);
    assert.equal(retryAfter({ 'Retry-After': 'Infinity' }), 86_400);
    assert.equal(retryAfter({ 'Retry-After': '1e400' }), 86_400);
    assert.equal(retryAfter({ 'Retry-After': '99999999999999999999' }), 86_400);
    assert.equal(retryAfter({ 'Retry-After': 'Wed, 31 Dec 2025 00:00:00 GMT' }), 0);
    assert.equal(retryAfter({ 'RateLimit-Reset': '120' }), 120);
    const inTwoMinutes = String(Math.floor(Date.now() / 1000) + 120);
    const fromTimestamp = retryAfter({ 'X-RateLimit-Reset': inTwoMinutes });
    assert.ok(fromTimestamp !== undefined && fromTimestamp >= 119 && fromTimestamp <= 120, String(fromTimestamp));
    assert.equal(retryAfter({ 'Retry-After': '5', 'RateLimit-Reset': '120' }), 5, 'Retry-After wins');
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter(String(now / 1000 + 30), now), 30, 'a Unix timestamp, as X-RateLimit-Reset sends');
    assert.equal(parseRetryAfter('-1e400', now), 0);
  });

  it('a 422 with an absurd errors map (100,000 levels deep, huge) parses to a bounded ValidationError', () => {
    let deep: unknown = 'deep';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const long = 'x'.repeat(100_000);
    const manyMessages = Array.from({ length: 500 }, () => long);
    const manyFields = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field_${i}`, manyMessages]));
    const error = errorFromResponse({ status: 422, body: { message: 'm'.repeat(1_000_000), errors: { title: deep, nested: { a: { b: 'c' } }, count: 3, ...manyFields } }, requestId: 'r-422' });
    assert.ok(error instanceof ValidationError);
    assert.equal(error.requestId, 'r-422');
    assert.ok(Array.isArray(error.errors['title']));
    assert.ok(Object.keys(error.errors).length <= 100, `${Object.keys(error.errors).length} fields`);
    for (const messages of Object.values(error.errors)) {
      assert.ok(messages.length <= 10);
      assert.ok(messages.every((message) => typeof message === 'string' && message.length <= 1000));
    }
    assert.deepEqual(error.errors['count'], ['3']);
    assert.ok(error.message.length < 2000, 'the message quotes the server, not all of it');
  });
});
