/**
 * Sanctum personal access tokens: `12|Xv3…` (the row id, a bar, 40 random characters), stored
 * in `personal_access_tokens` and sent as `Authorization: Bearer 12|Xv3…`.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { Row, UserRow } from '../store/schema.js';
import { toMillis, toTimestamp } from '../store/time.js';
import { randomToken } from './identifiers.js';

/** A token row. */
export type TokenRow = Row<'personal_access_tokens'>;

/** Creates a token for `user` and returns its plain-text form, the only time it is visible. */
export function issueToken(db: Database, user: UserRow, name: string): string {
  const secret = randomToken(40);
  const row = db.insert('personal_access_tokens', { user_id: user.id, name, token: secret, abilities: ['*'], last_used_at: toTimestamp(db.now()) });
  return `${row.id}|${secret}`;
}

/** The token and user behind an `Authorization` header, or `null` when it is missing, unknown, expired or its user deleted. */
export function authenticate(db: Database, authorization: string | null): { token: TokenRow; user: UserRow } | null {
  const match = /^Bearer\s+(\d+)\|(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const token = db.find('personal_access_tokens', Number(match[1]));
  if (!token || token.token !== match[2]) return null;
  if (token.expires_at !== null && toMillis(token.expires_at) <= db.now().getTime()) return null;
  const user = db.find('users', token.user_id);
  return user ? { token, user } : null;
}
