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
});
