/**
 * Password hashing for the mock. Real backends use bcrypt or Argon2; the mock only needs the
 * `password` column to never hold the plain text (so a dump of the store or of localStorage
 * shows no password) and to compare in microseconds. Not suitable for real credentials.
 *
 * @module
 */

const PREFIX = '$mock$';

/** Hashes a password for the `users.password` column. */
export function hashPassword(password: string): string {
  return PREFIX + cyrb53(`coursekit:${password}`).toString(16).padStart(14, '0');
}

/** Whether `password` matches a stored hash. */
export function verifyPassword(password: string, hash: string): boolean {
  return hashPassword(password) === hash;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain). */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
