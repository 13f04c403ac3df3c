/**
 * The learner's cart: course ids only (prices always come from the server), kept in
 * `localStorage` per site (the API base URL) and per user (`visitor` while signed out).
 *
 * - One cart per store (`cartOf(store)`); it follows the store's session. When a visitor signs
 *   in, the visitor cart merges into the user's (courses the user already owns are dropped) and
 *   the visitor cart is cleared. Signing out shows the visitor cart again.
 * - Every change dispatches `change` (a plain `Event`), in every tab of the site (`storage` events).
 * - `add()` refuses, with the reason, a course already in the cart, one the signed-in learner
 *   owns (an active or completed enrollment; a refunded or cancelled one can be bought again),
 *   one that does not exist, and a free course: free courses are enrolled directly
 *   (`POST /courses/{id}/enroll`, as `<ckit-enroll-button>` does), never carted.
 * - Without `localStorage` (disabled, full), the cart lives in memory for the page.
 * - While a cart element is connected, the host page adds courses with a `ckit-add-to-cart`
 *   event (`listenForAddToCart()`).
 *
 * @module
 */
import { isNotFoundError, type Course } from '@coursekit/sdk';
import { CkitCartChangeEvent } from '../events/cart-change.js';
import { hashKey } from './query-key.js';
import { course, enrollments, isActiveEnrollment, session } from './queries.js';
import type { CoursekitStore } from './store.js';
import type { TaskContext } from '../internal/coursekit-element.js';

/** The learner's cart: course ids only (prices always come from the server), persisted per site and per user. */
export interface Cart extends EventTarget {
  /** Course ids, in insertion order. */
  readonly items: readonly number[];
  /** Whether the course is in the cart. */
  has(courseId: number): boolean;
  /** Adds a course; refuses a course already owned (active enrollment) or already in the cart, with the reason. */
  add(courseId: number): Promise<CartAddResult>;
  /** Removes a course (nothing when it is not in the cart). */
  remove(courseId: number): void;
  /** Empties the cart. */
  clear(): void;
}

/** What `Cart.add()` did: added, or why not. */
export type CartAddResult =
  | {
      /** The course is now in the cart. */
      added: true;
    }
  | {
      /** Nothing changed; `reason` says why. */
      added: false;
      /**
       * `owned`: the learner is already enrolled; `in-cart`: it is there already; `not-found`: no
       * such course; `free`: free courses are enrolled in, not bought.
       */
      reason: 'owned' | 'in-cart' | 'not-found' | 'free';
    };

/** Whose cart is shown: a user id, or `visitor`. */
type Owner = number | 'visitor';

/** The `localStorage` key prefix of every cart. */
export const CART_STORAGE_PREFIX = 'coursekit-cart:';

/** Reads and writes `localStorage`, falling back to memory where it cannot be used. */
const memory = new Map<string, string>();
function readStored(key: string): number[] {
  let text: string | null | undefined;
  try {
    text = localStorage.getItem(key);
  } catch {
    text = memory.get(key);
  }
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? [...new Set(value.filter((id): id is number => Number.isInteger(id) && id > 0))] : [];
  } catch {
    return [];
  }
}
function writeStored(key: string, items: readonly number[]): void {
  const text = JSON.stringify(items);
  try {
    if (items.length) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
    memory.delete(key);
  } catch {
    if (items.length) memory.set(key, text);
    else memory.delete(key);
  }
}

class StoredCart extends EventTarget implements Cart {
  readonly #store: CoursekitStore;
  readonly #site: string;
  #items: readonly number[] = [];
  /** Whose cart `items` is; `undefined` until the session is known. */
  #owner: Owner | undefined;
  /** Settles once the cart of the current session is loaded (and a visitor cart merged). */
  #ready: Promise<void>;
  /** Counts session changes, so a load started before one does not win. */
  #generation = 0;

  constructor(store: CoursekitStore) {
    super();
    this.#store = store;
    this.#site = store.client.http.baseUrl;
    this.#ready = this.#follow();
    const sessionHash = hashKey(session.key);
    store.onInvalidate((dropped) => {
      if (dropped.has(sessionHash)) this.#ready = this.#follow();
    });
    addEventListener('storage', (event) => {
      if (this.#owner !== undefined && event.key === this.#key(this.#owner)) this.#set(readStored(event.key));
    });
  }

  /** Settles once the cart of the current session is loaded. */
  loaded(): Promise<void> {
    return this.#ready;
  }

  get items(): readonly number[] {
    return this.#items;
  }

  has(courseId: number): boolean {
    return this.#items.includes(courseId);
  }

  async add(courseId: number): Promise<CartAddResult> {
    await this.#ready;
    if (this.has(courseId)) return { added: false, reason: 'in-cart' };
    let wanted;
    try {
      wanted = await this.#store.read(course(courseId));
    } catch (error) {
      if (isNotFoundError(error)) return { added: false, reason: 'not-found' };
      throw error;
    }
    if (Number(wanted.price) === 0) return { added: false, reason: 'free' };
    if (isActiveEnrollment((await this.#store.read(enrollments)).get(courseId))) return { added: false, reason: 'owned' };
    await this.#ready;
    if (this.has(courseId)) return { added: false, reason: 'in-cart' };
    this.#save([...this.#items, courseId]);
    return { added: true };
  }

  remove(courseId: number): void {
    if (this.has(courseId)) this.#save(this.#items.filter((id) => id !== courseId));
  }

  clear(): void {
    if (this.#items.length) this.#save([]);
  }

  #key(owner: Owner): string {
    return `${CART_STORAGE_PREFIX}${this.#site}:${owner}`;
  }

  /** Loads the cart of whoever is signed in now; a visitor cart merges into a user's. */
  async #follow(): Promise<void> {
    const generation = ++this.#generation;
    let user;
    try {
      user = await this.#store.session();
    } catch {
      // The session could not be read (network): keep showing the cart of the last owner.
      return;
    }
    if (generation !== this.#generation) return;
    const owner: Owner = user ? user.id : 'visitor';
    let items = readStored(this.#key(owner));
    const visitor = user ? readStored(this.#key('visitor')) : [];
    if (visitor.length) {
      const owned = await this.#store.read(enrollments).catch(() => new Map());
      if (generation !== this.#generation) return;
      items = readStored(this.#key(owner));
      for (const id of readStored(this.#key('visitor'))) if (!items.includes(id) && !isActiveEnrollment(owned.get(id))) items.push(id);
      this.#owner = owner;
      writeStored(this.#key('visitor'), []);
      this.#save(items);
      return;
    }
    this.#owner = owner;
    this.#set(items);
  }

  #save(items: readonly number[]): void {
    if (this.#owner !== undefined) writeStored(this.#key(this.#owner), items);
    this.#set(items);
  }

  #set(items: readonly number[]): void {
    if (items.length === this.#items.length && items.every((id, index) => id === this.#items[index])) return;
    this.#items = Object.freeze([...items]);
    this.dispatchEvent(new Event('change'));
  }
}

const carts = new WeakMap<CoursekitStore, Cart>();

/** Settles once `cart` holds the stored cart of the current session (a change before is a load, not the learner's). */
export function cartLoaded(cart: Cart): Promise<void> {
  return cart instanceof StoredCart ? cart.loaded() : Promise.resolve();
}

/** The cart of `store` (one per store), following its session. */
export function cartOf(store: CoursekitStore): Cart {
  let cart = carts.get(store);
  if (!cart) carts.set(store, (cart = new StoredCart(store)));
  return cart;
}

/**
 * What the `ckit-add-to-cart` listener did, dispatched on the cart as `add-result`: the result,
 * or the error when the course could not be checked. Cart buttons announce refusals and errors.
 */
export type CartAddOutcome = { courseId: number } & ({ result: CartAddResult; error?: undefined } | { result?: undefined; error: unknown });

/** Carts listening to `ckit-add-to-cart`, with how many elements keep each listening. */
const listeners = new Map<Cart, number>();

const onAddToCart = (event: Event): void => {
  const courseId = Number((event as CustomEvent<{ courseId?: unknown } | undefined>).detail?.courseId);
  if (!Number.isInteger(courseId) || courseId <= 0) return;
  const origin = event.composedPath()[0] ?? document;
  for (const cart of listeners.keys()) {
    const report = (outcome: CartAddOutcome) => cart.dispatchEvent(new CustomEvent<CartAddOutcome>('add-result', { detail: outcome }));
    cart.add(courseId).then(
      (result) => {
        report({ courseId, result });
        if (result.added) origin.dispatchEvent(new CkitCartChangeEvent({ items: cart.items }));
      },
      (error: unknown) => report({ courseId, error }),
    );
  }
};

/**
 * Adds the courses of `ckit-add-to-cart` events dispatched in the document to the cart of
 * `store` until the returned function is called. Cart elements call it while connected.
 */
export function listenForAddToCart(store: CoursekitStore): () => void {
  const cart = cartOf(store);
  if (!listeners.size) document.addEventListener('ckit-add-to-cart', onAddToCart);
  listeners.set(cart, (listeners.get(cart) ?? 0) + 1);
  let listening = true;
  return () => {
    if (!listening) return;
    listening = false;
    const count = (listeners.get(cart) ?? 1) - 1;
    if (count) listeners.set(cart, count);
    else listeners.delete(cart);
    if (!listeners.size) document.removeEventListener('ckit-add-to-cart', onAddToCart);
  };
}

/** A course of the cart or of the checkout: buyable, already owned by the learner, or gone from the catalog. */
export interface CartLine {
  courseId: number;
  course: Course | undefined;
  /** `owned`: the learner already has it; `unavailable`: the course no longer exists. */
  status: 'buyable' | 'owned' | 'unavailable';
}

/**
 * The lines of `ids`, in order, read through the shared `course()` query (a course a card or the
 * course page already shows costs no request) with whether the learner owns each.
 */
export async function cartLines(ids: readonly number[], read: TaskContext['read']): Promise<CartLine[]> {
  const owned = (await read(session)) ? await read(enrollments) : new Map();
  return Promise.all(
    ids.map(async (courseId): Promise<CartLine> => {
      try {
        const loaded = await read(course(courseId));
        return { courseId, course: loaded, status: isActiveEnrollment(owned.get(courseId)) ? 'owned' : 'buyable' };
      } catch (error) {
        if (isNotFoundError(error)) return { courseId, course: undefined, status: 'unavailable' };
        throw error;
      }
    }),
  );
}
