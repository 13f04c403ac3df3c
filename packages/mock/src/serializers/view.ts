/**
 * What a serializer needs to know about the request it answers: who is looking, and where
 * stored files are served from.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { UserRow } from '../store/schema.js';

/** The audience and URLs of one response. */
export interface View {
  db: Database;
  /** The signed-in user, `null` for guests. */
  viewer: UserRow | null;
  /**
   * The public URL of a stored file path (`covers/x.svg`); absolute URLs are returned as they are.
   * A lecture's files (`lectures/{id}/...`) get a signed URL: hand it only to whoever may open the lecture.
   */
  fileUrl(path: string): string;
}

/** Resolves a stored path against a storage base URL, leaving absolute and `data:` URLs alone. */
export function resolveFileUrl(storageBase: string, path: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') ? path : `${storageBase.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
