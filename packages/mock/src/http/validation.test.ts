import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { raw, useMockApi } from '../test-support/harness.js';

const { api } = useMockApi();
const courseId = (slug: string) => api.db.first('courses', (row) => row.slug === slug)!.id;

describe('validation: the seed schema’s column sizes', () => {
  it('refuses strings over their column (string 255, text 65,535) with Laravel’s max messages, every field at once', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.instructor);
    const created = await raw('POST', '/courses', { token, body: { title: 'Sizes', short_description: 'x'.repeat(65_536) } });
    assert.deepEqual([created.status, created.body.errors], [422, { short_description: ['The short description field must not be greater than 65535 characters.'] }]);
    const profile = await raw('PUT', '/me/instructor-profile', { token, body: { company: 'c'.repeat(256), bio: 'b'.repeat(65_536) } });
    assert.equal(profile.status, 422);
    assert.deepEqual(profile.body.errors, {
      company: ['The company field must not be greater than 255 characters.'],
      bio: ['The bio field must not be greater than 65535 characters.'],
    });
    assert.equal(profile.body.message, 'The company field must not be greater than 255 characters. (and 1 more error)');
  });

  it('counts characters, not UTF-16 units, and accepts a value at the limit', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const emoji = await raw('PATCH', '/me', { token, body: { bio: '😀'.repeat(65_535) } });
    assert.equal(emoji.status, 200, '65,535 characters fit a TEXT column');
  });

  it('refuses decimals beyond their precision: decimal(10,2) holds 99999999.99 at most', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.instructor);
    const lit = courseId('building-web-components-with-lit');
    const before = api.db.find('courses', lit)!.price;
    for (const price of ['99999999999999999999.99', 99999999999999999999.99, '100000000']) {
      const response = await raw('PATCH', `/courses/${lit}`, { token, body: { price } });
      assert.deepEqual([response.status, response.body.errors], [422, { price: ['The price field must not be greater than 99999999.99.'] }], String(price));
    }
    assert.equal(api.db.find('courses', lit)!.price, before, 'nothing changed');
    const max = await raw('PATCH', `/courses/${lit}`, { token, body: { price: '99999999.99' } });
    assert.deepEqual([max.status, max.body.data.price], [200, '99999999.99']);
    const admin = api.issueToken(DEMO_ACCOUNTS.admin);
    const coupon = await raw('POST', '/coupons', { token: admin, body: { code: 'HUGE', type: 'fixed', value: '12345678901.00' } });
    assert.deepEqual(coupon.body.errors, { value: ['The value field must not be greater than 99999999.99.'] });
  });
});

describe('validation: names and titles', () => {
  const UNSAFE = ['Mallory\u202Egnp.exe', 'Eve\u2066 admin\u2069', 'Trudy\u202A', 'bell\u0007', 'two\nlines', 'nul\u0000', 'c1\u0085'];

  it('refuses control characters and bidi overrides in a user’s name (register and PATCH /me)', async () => {
    for (const name of UNSAFE) {
      const registered = await raw('POST', '/auth/register', { body: { name, email: 'mallory@example.org', password: 'password1', password_confirmation: 'password1' } });
      assert.deepEqual([registered.status, registered.body.errors], [422, { name: ['The name field format is invalid.'] }], JSON.stringify(name));
    }
    assert.equal(api.db.count('users', (user) => user.email === 'mallory@example.org'), 0);
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const patched = await raw('PATCH', '/me', { token, body: { name: 'Sam\u202Enavir', headline: 'ok\u2067' } });
    assert.deepEqual(patched.body.errors, { name: ['The name field format is invalid.'], headline: ['The headline field format is invalid.'] });
  });

  it('refuses them in category and tag names and in course titles too', async () => {
    const admin = api.issueToken(DEMO_ACCOUNTS.admin);
    assert.deepEqual((await raw('POST', '/categories', { token: admin, body: { name: 'Web\u202Ebad', slug: 'web-bad' } })).body.errors, { name: ['The name field format is invalid.'] });
    assert.deepEqual((await raw('POST', '/tags', { token: admin, body: { name: 'tag\u2068', slug: 'tag-x' } })).body.errors, { name: ['The name field format is invalid.'] });
    const instructor = api.issueToken(DEMO_ACCOUNTS.instructor);
    assert.deepEqual((await raw('POST', '/courses', { token: instructor, body: { title: 'Lit\u202E' } })).body.errors, { title: ['The title field format is invalid.'] });
  });

  it('accepts names in any script, right-to-left ones included', async () => {
    for (const [name, email] of [['سامر الخطيب', 'samer@example.org'], ['Zoë Ñúñez-O’Brien', 'zoe@example.org'], ['李小龍', 'li@example.org']] as const) {
      const registered = await raw('POST', '/auth/register', { body: { name, email, password: 'password1', password_confirmation: 'password1' } });
      assert.equal(registered.status, 201, name);
    }
  });
});
