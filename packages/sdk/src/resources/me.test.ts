import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, instructorWire, userWire } from '../test-support/fixtures.js';

useMockServer();

describe('me', () => {
  it('retrieve() GETs the signed-in user and drops password and remember_token', async () => {
    const sent = respond('get', '/me', { data: userWire });
    const me = await createClient().me.retrieve();
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(me.email, 'ada@example.com');
    assert.deepEqual(me.settings, { theme: 'dark' });
    assert.equal(me.created_at, TS_CANONICAL);
    assert.equal('password' in me, false);
    assert.equal('remember_token' in me, false);
  });

  it('update() PATCHes the profile and parses the updated user', async () => {
    const sent = respond('patch', '/me', { ...userWire, headline: 'Analyst', settings: { theme: 'light' } });
    const me = await createClient().me.update({ headline: 'Analyst', settings: { theme: 'light' } });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/me', query: {}, body: { headline: 'Analyst', settings: { theme: 'light' } } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(me.headline, 'Analyst');
    assert.equal('password' in me, false);
  });

  it('updateInstructorProfile() PUTs the profile and parses the instructor', async () => {
    const sent = respond('put', '/me/instructor-profile', { data: { ...instructorWire, website: 'https://ada.example' } });
    const profile = await createClient().me.updateInstructorProfile({ slug: 'ada-lovelace', company: 'Analytical Engines', website: 'https://ada.example' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'PUT',
      path: '/me/instructor-profile',
      query: {},
      body: { slug: 'ada-lovelace', company: 'Analytical Engines', website: 'https://ada.example' },
    });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(profile.website, 'https://ada.example');
    assert.equal(profile.user?.username, 'ada');
    assert.equal(profile.updated_at, TS_CANONICAL);
  });
});
