/**
 * Human-facing identifiers: order numbers, certificate numbers, gateway ids.
 *
 * @module
 */

/** `CK-2026-000042`: the year the order was placed and its id. */
export function orderNumber(id: number, placedAt: Date): string {
  return `CK-${placedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}

/** `CERT-2026-7F3A9C21`: the year of issue and eight hex digits that cannot be guessed from the id. */
export function certificateNumber(issuedAt: Date, hex8: string): string {
  return `CERT-${issuedAt.getUTCFullYear()}-${hex8.toUpperCase()}`;
}

/** Random letters and digits from the platform's CSPRNG (runtime ids only, never seed data). */
export function randomToken(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  // 256 % 62 leaves a slight bias, irrelevant for tokens of 40 characters.
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** Eight random uppercase hex digits (runtime). */
export function randomHex8(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
}
