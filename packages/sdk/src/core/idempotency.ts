/**
 * Random ids for `Idempotency-Key` and `X-Request-Id`. `crypto.randomUUID` only exists in secure
 * contexts, and an embed may run on a plain-HTTP page, so fall back to 128 random bits in hex
 * (an idempotency key only has to be unique, not a UUID).
 */
export function randomId(prefix = ''): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return prefix + cryptoApi.randomUUID();
  return prefix + Array.from(cryptoApi.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Methods that change state: each carries an `Idempotency-Key` and is retried only with it. */
export const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
