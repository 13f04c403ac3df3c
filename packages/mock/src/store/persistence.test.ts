import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from './database.js';
import { persistDatabase } from './persistence.js';
import { MemoryStorage } from '../test-support/memory-storage.js';

/** A tiny deterministic "seed": what every page load starts from. */
function seeded(): Database {
  const db = new Database();
  db.insert('users', { name: 'Ada', email: 'ada@example.com', password: 'x' });
  db.insert('users', { name: 'Alan', email: 'alan@example.com', password: 'x' });
  return db;
}

describe('persistDatabase', () => {
  it('replays inserts, updates and deletes over a fresh seed, sequences included', () => {
    const storage = new MemoryStorage();
    const first = seeded();
    persistDatabase(first, { storage, key: 'k', seedVersion: 'v1' });
    first.update('users', 1, { name: 'Ada Lovelace' });
    first.delete('users', 2);
    first.insert('users', { name: 'Grace', email: 'grace@example.com', password: 'x' });

    const reloaded = seeded();
    persistDatabase(reloaded, { storage, key: 'k', seedVersion: 'v1' });
    assert.deepEqual(reloaded.all('users').map((user) => [user.id, user.name]), [
      [1, 'Ada Lovelace'],
      [3, 'Grace'],
    ]);
    assert.equal(reloaded.insert('users', { name: 'Linus', email: 'linus@example.com', password: 'x' }).id, 4);
    assert.throws(() => reloaded.insert('users', { name: 'G', email: 'grace@example.com', password: 'x' }), { kind: 'unique' });
  });

  it('saves only the changes, not the seed', () => {
    const storage = new MemoryStorage();
    const db = seeded();
    persistDatabase(db, { storage, key: 'k', seedVersion: 'v1' });
    db.update('users', 1, { name: 'Ada Lovelace' });
    const saved = JSON.parse(storage.getItem('k')!) as { changes: unknown[] };
    assert.equal(saved.changes.length, 1);
  });

  it('ignores state saved for another seed version, and clear() forgets it', () => {
    const storage = new MemoryStorage();
    const db = seeded();
    const persistence = persistDatabase(db, { storage, key: 'k', seedVersion: 'v1' });
    db.delete('users', 1);

    const otherSeed = seeded();
    persistDatabase(otherSeed, { storage, key: 'k', seedVersion: 'v2' });
    assert.equal(otherSeed.count('users'), 2);

    persistence.clear();
    assert.equal(storage.getItem('k'), null);
  });

  it('starts from the seed when the saved state is unreadable', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const db = seeded();
    persistDatabase(db, { storage, key: 'k', seedVersion: 'v1' });
    assert.equal(db.count('users'), 2);
  });
});
