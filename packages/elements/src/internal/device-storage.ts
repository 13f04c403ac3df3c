/**
 * What an element keeps on the learner's device (a quiz draft, the playback speed, the last
 * lecture): JSON in `localStorage`, which may be blocked (private mode, a sandboxed frame) or
 * hold something unreadable. Then nothing is read and the value lives as long as the page.
 *
 * @module
 */

/** The value stored under `key`, or `undefined` when there is none or it cannot be read. */
export function readStored<T>(key: string): T | undefined {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`, or removes the key when `value` is `undefined`. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Blocked storage: remembered for this page only.
  }
}
