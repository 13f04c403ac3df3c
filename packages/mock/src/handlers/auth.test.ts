import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT_ADDRESS_HEADER } from '../http/router.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed-data/reference.js';
import { raw, useMockApi } from '../test-support/harness.js';

const { api } = useMockApi();

/** A login from the client address `address`. */
function login(email: string, password: string, address = '198.51.100.7') {
  return raw('POST', '/auth/login', { body: { email, password }, headers: { [CLIENT_ADDRESS_HEADER]: address } });
}

describe('login throttling', () => {
  it('limits one address spraying one password across many accounts: 429 with Retry-After', async () => {
    const emails = api.db.all('users').slice(0, 20).map((user) => user.email);
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof login>> | undefined;
    for (const email of emails) {
      const response = await login(email, 'Winter2026!');
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }
    assert.deepEqual(statuses, [...Array(10).fill(422), ...Array(10).fill(429)]);
    assert.ok(Number(limited!.headers.get('retry-after')) > 0 && Number(limited!.headers.get('retry-after')) <= 60);
    assert.match(limited!.body.message, /^Too many login attempts\. Please try again in \d+ seconds\.$/);
    // The right password does not get through from that address either, until the window ends.
    assert.equal((await login(DEMO_ACCOUNTS.student, DEMO_PASSWORD)).status, 429);
    assert.equal((await login(DEMO_ACCOUNTS.student, DEMO_PASSWORD, '192.0.2.1')).status, 200, 'another address is not affected');
  });

  it('does not let a successful login reset its address’s count', async () => {
    for (let index = 0; index < 9; index++) assert.equal((await login(`nobody${index}@example.org`, 'guess')).status, 422);
    assert.equal((await login(DEMO_ACCOUNTS.student, DEMO_PASSWORD)).status, 200);
    assert.equal((await login('nobody9@example.org', 'guess')).status, 422);
    assert.equal((await login('nobody10@example.org', 'guess')).status, 429);
  });

  it('still limits one email to five failures per minute, from any address', async () => {
    for (let index = 0; index < 5; index++) assert.equal((await login(DEMO_ACCOUNTS.admin, 'wrong', `203.0.113.${index}`)).status, 422);
    assert.equal((await login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD, '203.0.113.99')).status, 429);
  });
});
