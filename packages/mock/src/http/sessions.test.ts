import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SESSION_LIFETIME_SECONDS, SessionStore } from './sessions.js';
import { MemoryStorage } from '../test-support/memory-storage.js';

const LIFETIME_MS = SESSION_LIFETIME_SECONDS * 1000;

describe('SessionStore', () => {
  it('starts sessions with distinct ids and base64 CSRF tokens that need URL-encoding', () => {
    const store = new SessionStore();
    const [a, b] = [store.start(0), store.start(0, 7)];
    assert.notEqual(a.id, b.id);
    assert.notEqual(a.token, b.token);
    assert.match(a.token, /^[A-Za-z0-9+/]{43}=$/);
    assert.deepEqual([a.userId, b.userId], [null, 7]);
  });

  it('ends a session after the lifetime without requests; each request extends it', () => {
    const store = new SessionStore();
    const session = store.start(0);
    store.touch(session, LIFETIME_MS);
    assert.equal(store.find(session.id, 2 * LIFETIME_MS), session, 'alive: the last request was one lifetime ago');
    assert.equal(store.find(session.id, 2 * LIFETIME_MS + 1), null);
    assert.equal(store.find(session.id, 0), null, 'an expired session is forgotten');
  });

  it('survives a reload through its storage, and clear() forgets it', () => {
    const storage = new MemoryStorage();
    const persistence = { storage, key: 'sessions', seedVersion: 'seed-1' };
    const session = new SessionStore(persistence).start(1000, 3);
    const reloaded = new SessionStore(persistence);
    assert.deepEqual(reloaded.find(session.id, 2000), { ...session, lastActivity: 1000 });
    reloaded.clear();
    assert.equal(storage.getItem('sessions'), null);
    assert.equal(new SessionStore(persistence).find(session.id, 2000), null);
  });

  it('ignores sessions saved for another seed, and unreadable ones', () => {
    const storage = new MemoryStorage();
    const session = new SessionStore({ storage, key: 'sessions', seedVersion: 'seed-1' }).start(0, 3);
    assert.equal(new SessionStore({ storage, key: 'sessions', seedVersion: 'seed-2' }).find(session.id, 0), null);
    storage.setItem('sessions', '{not json');
    assert.equal(new SessionStore({ storage, key: 'sessions', seedVersion: 'seed-1' }).find(session.id, 0), null);
  });
});
