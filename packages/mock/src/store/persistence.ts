/**
 * Keeps the store across page reloads. The seed is deterministic, so only what changed since the
 * seed is saved (a few rows for a typical session, not the whole catalog): on load the seed is
 * rebuilt and the saved changes are replayed over it. A saved state made from another seed
 * version is ignored, so a new seed never mixes with old ids.
 *
 * @module
 */
import type { Change, Database, DatabaseSnapshot } from './database.js';
import type { TableName } from './schema.js';

/** The part of the Web Storage API persistence needs (`localStorage` fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options of `persistDatabase()`. */
export interface PersistOptions {
  /** Where to save. */
  storage: StorageLike;
  /** The storage key. */
  key: string;
  /** Identifies the seed the changes apply to. */
  seedVersion: string;
}

/** A database's link to its storage. */
export interface Persistence {
  /** Forgets everything saved (the database itself is untouched). */
  clear(): void;
  /** Stops saving. */
  detach(): void;
}

interface SavedState {
  format: 1;
  seed: string;
  sequences: DatabaseSnapshot['sequences'];
  changes: [table: TableName, key: number | string, row: Record<string, unknown> | null][];
}

/**
 * Replays what `storage` holds for this seed onto `db`, then saves every committed change.
 * Writes are synchronous so a reload right after a request loses nothing.
 */
export function persistDatabase(db: Database, options: PersistOptions): Persistence {
  const changes = new Map<string, Change>();
  const saved = read(options);
  if (saved) {
    const replay = saved.changes.map(([table, key, row]): Change => ({ table, key, row }));
    db.applyChanges(replay, saved.sequences);
    for (const change of replay) changes.set(`${change.table}|${change.key}`, change);
  }
  let warned = false;
  const unsubscribe = db.onCommit((committed) => {
    for (const change of committed) changes.set(`${change.table}|${change.key}`, change);
    const state: SavedState = {
      format: 1,
      seed: options.seedVersion,
      sequences: db.sequences(),
      changes: [...changes.values()].map((change) => [change.table, change.key, change.row]),
    };
    try {
      options.storage.setItem(options.key, JSON.stringify(state));
    } catch (error) {
      // Quota exceeded or storage disabled (private mode): keep working in memory.
      if (!warned) console.warn('[@coursekit/mock] Could not save the mock database; changes will not survive a reload.', error);
      warned = true;
    }
  });
  return {
    clear() {
      changes.clear();
      options.storage.removeItem(options.key);
    },
    detach: unsubscribe,
  };
}

function read(options: PersistOptions): SavedState | null {
  try {
    const text = options.storage.getItem(options.key);
    if (!text) return null;
    const state = JSON.parse(text) as Partial<SavedState>;
    if (state.format !== 1 || state.seed !== options.seedVersion || !Array.isArray(state.changes)) return null;
    return state as SavedState;
  } catch {
    // Unreadable state (edited by hand, older format): start from the seed.
    return null;
  }
}
