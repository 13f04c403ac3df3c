/**
 * The signed-in user's wishlist, shared by every wishlist button, card and list under one
 * provider so they never disagree. Toggles are optimistic: the UI changes at once and rolls
 * back when the server refuses.
 *
 * @module
 */
import type { Course, CourseKit } from '@coursekit/sdk';
import { collect } from './queries.js';

/** `idle` before the first load, `anonymous` when nobody is signed in. */
export type WishlistStatus = 'idle' | 'loading' | 'ready' | 'anonymous' | 'error';

/** What the wishlist needs from its store. */
export interface WishlistSource {
  /** The client's wishlist endpoints. */
  readonly client: Pick<CourseKit, 'wishlist'>;
  /** Whether somebody is signed in. */
  signedIn(): Promise<boolean>;
}

/** Wishlist state; dispatches `change` whenever anything about it changes. */
export class WishlistState extends EventTarget {
  #status: WishlistStatus = 'idle';
  #error: unknown;
  /** Course id → course (when known), in the order the server listed them. */
  readonly #entries = new Map<number, Course | undefined>();
  readonly #pending = new Set<number>();
  #loading: Promise<void> | undefined;
  /** Counts resets, so the answer of a load started before one is thrown away. */
  #generation = 0;
  readonly #source: WishlistSource;

  constructor(source: WishlistSource) {
    super();
    this.#source = source;
  }

  /** Where loading stands. */
  get status(): WishlistStatus {
    return this.#status;
  }

  /** Why the last load failed, when `status` is `error`. */
  get error(): unknown {
    return this.#error;
  }

  /** Whether the course is on the wishlist (optimistically, while a change is in flight). */
  has(courseId: number): boolean {
    return this.#entries.has(courseId);
  }

  /** Whether a change of this course is waiting for the server. */
  isPending(courseId: number): boolean {
    return this.#pending.has(courseId);
  }

  /** The wishlisted course ids with their course when known, newest change last. */
  entries(): [number, Course | undefined][] {
    return [...this.#entries];
  }

  /** Loads the wishlist once (`GET /me/wishlist`, every page); later calls share the first load. */
  load(): Promise<void> {
    this.#loading ??= this.#load().catch((error: unknown) => {
      this.#loading = undefined;
      this.#set('error', error);
      throw error;
    });
    return this.#loading;
  }

  /** Forgets everything: the session changed, so the next `load()` asks the server again. */
  reset(): void {
    this.#generation += 1;
    this.#loading = undefined;
    this.#entries.clear();
    this.#pending.clear();
    this.#set('idle');
  }

  async #load(): Promise<void> {
    const generation = this.#generation;
    this.#set('loading');
    const signedIn = await this.#source.signedIn();
    const list = signedIn ? await collect(this.#source.client.wishlist.list({ per_page: 100 })) : [];
    if (generation !== this.#generation) return;
    for (const entry of list) this.#entries.set(entry.course_id, entry.course);
    this.#set(signedIn ? 'ready' : 'anonymous');
  }

  /**
   * Adds or removes a course, optimistically. Resolves with the new state once the server
   * agreed; rejects after rolling back when it did not. A toggle of a course whose previous
   * change is still in flight is ignored (resolves with the current state).
   *
   * @param course the course, when the caller has it, so wishlist lists can show it at once.
   */
  async toggle(courseId: number, course?: Course): Promise<boolean> {
    const before = this.has(courseId);
    if (this.#pending.has(courseId)) return before;
    const after = !before;
    const known = course ?? this.#entries.get(courseId);
    this.#apply(courseId, after, known);
    this.#pending.add(courseId);
    this.#notify();
    try {
      if (after) await this.#source.client.wishlist.add(courseId);
      else await this.#source.client.wishlist.remove(courseId);
      return after;
    } catch (error) {
      this.#apply(courseId, before, known);
      throw error;
    } finally {
      this.#pending.delete(courseId);
      this.#notify();
    }
  }

  #apply(courseId: number, wishlisted: boolean, course: Course | undefined): void {
    if (wishlisted) this.#entries.set(courseId, course);
    else this.#entries.delete(courseId);
  }

  #set(status: WishlistStatus, error?: unknown): void {
    this.#status = status;
    this.#error = error;
    this.#notify();
  }

  #notify(): void {
    this.dispatchEvent(new Event('change'));
  }
}
