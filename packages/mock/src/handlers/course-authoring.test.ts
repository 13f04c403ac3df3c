import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { raw, useMockApi } from '../test-support/harness.js';

const { api } = useMockApi();
const course = (slug: string) => api.db.first('courses', (row) => row.slug === slug)!;

describe('course authoring: featuring', () => {
  it('refuses an instructor who features their own course (403), on create and on update', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.instructor);
    const lit = course('building-web-components-with-lit');
    assert.equal(lit.is_featured, false);
    const patched = await raw('PATCH', `/courses/${lit.id}`, { token, body: { is_featured: true } });
    assert.deepEqual([patched.status, patched.body], [403, { message: 'Only admins can feature courses.' }]);
    assert.equal(course('building-web-components-with-lit').is_featured, false);
    const created = await raw('POST', '/courses', { token, body: { title: 'Featured by Myself', is_featured: true } });
    assert.equal(created.status, 403);
    assert.equal(api.db.count('courses', (row) => row.title === 'Featured by Myself', { withTrashed: true }), 0);
  });

  it('lets an instructor send the current value, as a form posting every field does', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.instructor);
    const lit = course('building-web-components-with-lit');
    const patched = await raw('PATCH', `/courses/${lit.id}`, { token, body: { title: 'Web Components with Lit', is_featured: false } });
    assert.deepEqual([patched.status, patched.body.data.is_featured], [200, false]);
    const created = await raw('POST', '/courses', { token, body: { title: 'Not Featured', is_featured: false } });
    assert.equal(created.status, 201);
  });

  it('lets an admin feature and unfeature any course', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.admin);
    const lit = course('building-web-components-with-lit');
    assert.equal((await raw('PATCH', `/courses/${lit.id}`, { token, body: { is_featured: true } })).body.data.is_featured, true);
    assert.equal((await raw('PATCH', `/courses/${lit.id}`, { token, body: { is_featured: false } })).body.data.is_featured, false);
  });
});
