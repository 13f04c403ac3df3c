import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT_ADDRESS_HEADER } from './router.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed-data/reference.js';
import { raw, useMockApi } from '../test-support/harness.js';

const { api } = useMockApi();
const courseId = (slug: string) => api.db.first('courses', (row) => row.slug === slug)!.id;

describe('idempotency keys', () => {
  it('belong to the user, not the token: a retry after signing in again replays instead of ordering twice', async () => {
    const login = async () => (await raw('POST', '/auth/login', { body: { email: DEMO_ACCOUNTS.student, password: DEMO_PASSWORD } })).body.token as string;
    const headers = { 'Idempotency-Key': 'checkout-after-relogin' };
    const body = { items: [{ course_id: courseId('rust-for-systems-programmers') }] };
    const firstToken = await login();
    const first = await raw('POST', '/orders', { token: firstToken, headers, body });
    assert.equal(first.status, 201);
    // The app lost the answer, signed out, and the learner signed in again before retrying.
    assert.equal((await raw('POST', '/auth/logout', { token: firstToken })).status, 204);
    const ordersBefore = api.db.count('orders');
    const retry = await raw('POST', '/orders', { token: await login(), headers, body });
    assert.deepEqual([retry.status, retry.body], [201, first.body]);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(api.db.count('orders'), ordersBefore, 'no second order');
  });

  it('are not shared between users', async () => {
    const headers = { 'Idempotency-Key': 'shared-key' };
    const body = { items: [{ course_id: courseId('rust-for-systems-programmers') }] };
    const student = await raw('POST', '/orders', { token: api.issueToken(DEMO_ACCOUNTS.student), headers, body });
    const admin = await raw('POST', '/orders', { token: api.issueToken(DEMO_ACCOUNTS.admin), headers, body });
    assert.deepEqual([student.status, admin.status], [201, 201]);
    assert.notEqual(admin.body.data.id, student.body.data.id);
    assert.equal(admin.headers.get('idempotent-replayed'), null);
  });

  it('of guests are kept per client address', async () => {
    const register = (address: string, email: string) =>
      raw('POST', '/auth/register', {
        headers: { 'Idempotency-Key': 'signup', [CLIENT_ADDRESS_HEADER]: address },
        body: { name: 'Guest', email, password: 'password1', password_confirmation: 'password1' },
      });
    assert.equal((await register('198.51.100.1', 'one@example.org')).status, 201);
    const other = await register('198.51.100.2', 'two@example.org');
    assert.equal(other.status, 201, 'another client’s key is not a reuse');
    assert.equal(other.headers.get('idempotent-replayed'), null);
  });
});
