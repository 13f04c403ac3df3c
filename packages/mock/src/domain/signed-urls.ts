/**
 * Signed storage URLs, as Laravel's `URL::signedRoute()`: the URL of a lecture's file carries a
 * `signature` made with the backend's key, handed out only to someone the lecture is open to. A
 * `<video>`, `<track>` or download link sends no bearer token, so the signature is what lets
 * `GET /storage/lectures/...` serve the file to a learner and refuse it to everyone else.
 *
 * The signature is a keyed 64-bit FNV-1a hash, not an HMAC: enough to keep a locked lecture's
 * files from anyone who only knows the path, which is all a reference backend has to show. The
 * key is drawn per backend instance, so URLs stay valid while it runs (a page reload or a server
 * restart issues new ones with the next response).
 *
 * @module
 */

/** Storage paths whose files are served only with a valid signature (or to a user the lecture is open to). */
export function isSignedPath(path: string): boolean {
  return path.startsWith('lectures/');
}

/** The signature of `path` under `key`: 16 hex digits. */
export function signPath(key: string, path: string): string {
  // Two 32-bit FNV-1a passes with different offsets, over the key, a separator and the path.
  const input = `${key}\u0000${path}`;
  let high = 0x811c9dc5;
  let low = 0x01000193 ^ 0x9e3779b9;
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    high = Math.imul(high ^ code, 16777619);
    low = Math.imul(low ^ code ^ (high >>> 16), 16777619);
  }
  return `${(high >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(8, '0')}`;
}

/** Whether `signature` is the one `key` gives `path` (compared in constant time). */
export function hasValidSignature(key: string, path: string, signature: string | null): boolean {
  if (signature === null) return false;
  const expected = signPath(key, path);
  if (signature.length !== expected.length) return false;
  let difference = 0;
  for (let index = 0; index < expected.length; index++) difference |= expected.charCodeAt(index) ^ signature.charCodeAt(index);
  return difference === 0;
}
