/**
 * The server side of Laravel sessions, as Sanctum's SPA mode uses them: each session has an id
 * (the `coursekit_session` cookie), a CSRF token (the `XSRF-TOKEN` cookie) and, once someone
 * signs in through it, a user. A session ends after `SESSION_LIFETIME_SECONDS` without a
 * request, like Laravel's default `SESSION_LIFETIME` of 120 minutes.
 *
 * Sessions are not rows of the seed's schema (Laravel's session driver keeps them apart), so
 * they live here, and are saved beside the database when it persists: a page reload in the
 * browser keeps the visitor signed in, as it would with a real backend.
 *
 * @module
 */
import { randomToken } from '../domain/identifiers.js';
import type { StorageLike } from '../store/persistence.js';

/** Idle seconds after which a session is gone: Laravel's default `SESSION_LIFETIME` (120 minutes). */
export const SESSION_LIFETIME_SECONDS = 120 * 60;

/** One session. */
export interface Session {
  readonly id: string;
  /** The CSRF token: the `XSRF-TOKEN` cookie's (decoded) value, which mutations echo as `X-XSRF-TOKEN`. */
  readonly token: string;
  /** The signed-in user, `null` before login. */
  readonly userId: number | null;
  /** When the last request of this session came, in epoch milliseconds. */
  lastActivity: number;
}

/** Where and for which seed sessions are saved. */
export interface SessionPersistence {
  storage: StorageLike;
  key: string;
  /** Sessions saved for another seed name users by ids that may now be someone else's. */
  seedVersion: string;
}

interface SavedSessions {
  format: 1;
  seed: string;
  sessions: Session[];
}

/** The sessions of one mock API. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #persistence: SessionPersistence | undefined;

  constructor(persistence?: SessionPersistence) {
    this.#persistence = persistence;
    for (const session of persistence ? load(persistence) : []) this.#sessions.set(session.id, session);
  }

  /** The live session with this id; `null` when there is none or it expired (it is then forgotten). */
  find(id: string, now: number): Session | null {
    const session = this.#sessions.get(id);
    if (!session) return null;
    if (isExpired(session, now)) {
      this.#sessions.delete(id);
      this.#save();
      return null;
    }
    return session;
  }

  /** Starts a session with a new id and CSRF token, signed in as `userId` when given. */
  start(now: number, userId: number | null = null): Session {
    for (const [id, session] of this.#sessions) if (isExpired(session, now)) this.#sessions.delete(id);
    const session: Session = { id: randomToken(40), token: csrfToken(), userId, lastActivity: now };
    this.#sessions.set(session.id, session);
    this.#save();
    return session;
  }

  /** Records a request of `session`, which keeps it alive for another lifetime. */
  touch(session: Session, now: number): void {
    session.lastActivity = now;
    this.#save();
  }

  /** Ends a session. */
  delete(id: string): void {
    if (this.#sessions.delete(id)) this.#save();
  }

  /** Ends every session and forgets the saved ones. */
  clear(): void {
    this.#sessions.clear();
    this.#persistence?.storage.removeItem(this.#persistence.key);
  }

  #save(): void {
    if (!this.#persistence) return;
    const state: SavedSessions = { format: 1, seed: this.#persistence.seedVersion, sessions: [...this.#sessions.values()] };
    try {
      this.#persistence.storage.setItem(this.#persistence.key, JSON.stringify(state));
    } catch {
      // Quota exceeded or storage disabled: sessions then last until the page reloads.
    }
  }
}

function isExpired(session: Session, now: number): boolean {
  return now - session.lastActivity > SESSION_LIFETIME_SECONDS * 1000;
}

/**
 * 32 random bytes in base64. Laravel's cookie is an encrypted payload in base64, so its value
 * needs URL-encoding (`=`, `+`, `/`); this one does too, and a client that echoes the raw
 * cookie instead of its decoded value fails the CSRF check here as it would there.
 */
function csrfToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

function load(persistence: SessionPersistence): Session[] {
  try {
    const text = persistence.storage.getItem(persistence.key);
    if (!text) return [];
    const state = JSON.parse(text) as Partial<SavedSessions>;
    if (state.format !== 1 || state.seed !== persistence.seedVersion || !Array.isArray(state.sessions)) return [];
    return state.sessions.filter(
      (session) => typeof session?.id === 'string' && typeof session.token === 'string' && typeof session.lastActivity === 'number' && (session.userId === null || typeof session.userId === 'number'),
    );
  } catch {
    // Unreadable (edited by hand): everyone starts signed out.
    return [];
  }
}
