/**
 * The learner's writes (lecture progress, completions, quiz attempts) kept on the device until the
 * server has them: an IndexedDB outbox (in memory when IndexedDB is unavailable), flushed in
 * order when the network returns (`online`, exponential backoff, next load), one tab at a time.
 *
 * - Each entry gets its `Idempotency-Key` once, when it is queued, and is sent with it on every
 *   retry. Progress for one lecture coalesces into one entry (highest `watched_seconds`,
 *   completed wins); the coalesced write gets a fresh key, as it is a new request body.
 * - Entries belong to the user who was signed in when they were queued and are sent only while
 *   that user is signed in. The outbox holds no token: the client's is read at send time.
 * - Network errors, 408, 429 and 5xx are retried; 401 waits for a new session; any other refusal
 *   (403 after a refund, 404, 422) is reported with a `failed` event and dropped.
 *
 * Get a store's outbox with `outboxOf(store)`. Only modules that write learner data (the player,
 * the quiz) import this one, so a page that never writes learner data never downloads it. It
 * follows the store's session: when `store.sessionChanged()` drops the session, sending stops
 * and starts again for whoever is signed in now.
 *
 * @module
 */
import { isAPIError, isAbortError, isAuthenticationError, isConnectionError, QuizAttempts, type QuizAttempt, type QuizAttemptCreateParams } from '@coursekit/sdk';
import { exactly, hashKey, type KeyMatch } from './query-key.js';
import { session } from './queries.js';
import type { CoursekitStore } from './store.js';

/** A queued write. `seq` orders the outbox; `user` is whose it is; `key` is its `Idempotency-Key`. */
export type OutboxEntry = {
  /** Position in the outbox, assigned when the entry is stored; entries are sent in this order. */
  seq?: number;
  /** Id of the signed-in user the write belongs to; only their session sends it. */
  user: number;
  /** The write's `Idempotency-Key`, so a retry after a lost answer is not applied twice. */
  key: string;
  /** Id of the course the write is about, when it has one (to refresh its progress after sending). */
  course?: number | undefined;
} & (
  | {
      /** A lecture's progress (`PUT /lectures/{id}/progress`). */
      kind: 'progress';
      /** Id of the lecture. */
      lecture: number;
      /** Furthest point watched, in whole seconds. */
      watched: number;
      /** Whether the lecture counts as complete on this device. */
      complete: boolean;
    }
  | {
      /** A quiz attempt (`POST /quizzes/{id}/attempts`), graded once it reaches the server. */
      kind: 'attempt';
      /** Id of the quiz. */
      quiz: number;
      /** The learner's response per question id. */
      responses: QuizAttemptCreateParams['responses'];
    }
);

/** What the UI shows: everything is on the server, a write is being sent, or writes are kept on this device. */
export type OutboxStatus = 'saved' | 'saving' | 'offline';

/** Options of an `Outbox`. */
export interface OutboxOptions {
  /** IndexedDB database (and lock) name; tabs sharing it share one outbox. Default `coursekit-outbox`. */
  name?: string;
  /** First retry delay in ms, doubled per failure up to a minute. Default 1000. */
  retryDelay?: number;
}

type Waiter = { entry?: OutboxEntry; graded: Promise<QuizAttempt>; resolve: (attempt: QuizAttempt) => void; reject: (error: unknown) => void };
type Mutator = (all: OutboxEntry[]) => { put?: OutboxEntry[]; del?: number[] } | void;
type Db = (mutate: Mutator) => Promise<OutboxEntry[]>;

/** Opens the IndexedDB store, or resolves `undefined` when IndexedDB cannot be used. */
function openIdb(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('e', { keyPath: 'seq', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Reads every entry and applies `mutate`'s puts and deletes, atomically (one transaction). */
async function database(name: string): Promise<Db> {
  const idb = await openIdb(name);
  if (!idb) {
    const rows = new Map<number, OutboxEntry>();
    let seq = 0;
    return async (mutate) => {
      const all = [...rows.values()];
      const { put = [], del = [] } = mutate(all) ?? {};
      del.forEach((key) => rows.delete(key));
      put.forEach((entry) => rows.set((entry.seq ??= ++seq), entry));
      return all;
    };
  }
  return (mutate) =>
    new Promise((resolve, reject) => {
      const tx = idb.transaction('e', 'readwrite');
      const store = tx.objectStore('e');
      const read = store.getAll();
      read.onsuccess = () => {
        const { put = [], del = [] } = mutate(read.result as OutboxEntry[]) ?? {};
        del.forEach((key) => store.delete(key));
        put.forEach((entry) => store.put(entry));
      };
      tx.oncomplete = () => resolve(read.result as OutboxEntry[]);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
}

const newKey = (): string => crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const retryable = (error: unknown) => isConnectionError(error) || (isAPIError(error) && (error.status >= 500 || error.status === 429 || error.status === 408));

/**
 * The persistent outbox of the signed-in learner's writes. Dispatches `change` when `status`
 * changes, `applied` (`CustomEvent<{ entry, result }>`) when the server took an entry and
 * `failed` (`CustomEvent<{ entry, error }>`) when it refused one for good.
 */
export class Outbox extends EventTarget {
  /** The UI's saving state for the signed-in learner. */
  status: OutboxStatus = 'saved';
  readonly #store: CoursekitStore;
  readonly #name: string;
  readonly #delay: number;
  readonly #db: Promise<Db>;
  readonly #id = Math.random();
  readonly #waiting = new Map<string, Waiter>();
  #attempts: QuizAttempts | undefined;
  #flushing: Promise<void> | undefined;
  #again = false;
  #abort = new AbortController();
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #channel: BroadcastChannel | undefined;
  /** BroadcastChannel claim state: 0 idle, 1 claiming, 2 holding. */
  #claim = 0;
  #contended = false;
  /** The last write being queued, which a keepalive flush waits for. */
  #queued: Promise<unknown> = Promise.resolve();
  readonly #online = () => void this.flush();
  readonly #unfollow: () => void;

  constructor(store: CoursekitStore, options: OutboxOptions = {}) {
    super();
    this.#store = store;
    this.#name = options.name ?? 'coursekit-outbox';
    this.#delay = options.retryDelay ?? 1000;
    this.#db = database(this.#name);
    addEventListener('online', this.#online);
    const sessionHash = hashKey(session.key);
    this.#unfollow = store.onInvalidate((dropped) => dropped.has(sessionHash) && this.sessionChanged());
    void this.flush();
  }

  /** Records how far the learner watched a lecture (the server keeps the maximum). */
  recordProgress(lectureId: number, watchedSeconds: number, courseId?: number): Promise<void> {
    return this.#progress(lectureId, Math.floor(watchedSeconds), false, courseId);
  }

  /** Marks a lecture complete: its whole duration watched (any write completes a lecture without one). */
  complete(lectureId: number, durationSeconds: number | null, courseId?: number): Promise<void> {
    return this.#progress(lectureId, Math.ceil(durationSeconds ?? 0), true, courseId);
  }

  /**
   * Submits a quiz attempt under `key` (one per attempt: submitting the same key again records
   * nothing new). Resolves with the graded attempt once the server has it.
   */
  async submitAttempt(quizId: number, responses: QuizAttemptCreateParams['responses'], key: string, courseId?: number): Promise<QuizAttempt> {
    let waiter = this.#waiting.get(key);
    if (!waiter) {
      const settle = {} as Waiter;
      settle.graded = new Promise<QuizAttempt>((resolve, reject) => Object.assign(settle, { resolve, reject }));
      this.#waiting.set(key, (waiter = settle));
    }
    waiter.entry = await this.#enqueue({ kind: 'attempt', quiz: quizId, responses, key, course: courseId }, (entry) => entry.key === key);
    return waiter.graded;
  }

  /** The signed-in learner's entries still on this device, oldest first. */
  async pending(): Promise<OutboxEntry[]> {
    const user = (await this.#store.session())?.id;
    return (await (await this.#db)(() => {})).filter((entry) => entry.user === user).sort((a, b) => a.seq! - b.seq!);
  }

  /**
   * Sends the signed-in learner's entries now (the store calls this when the session changes).
   * With `keepalive` (for `pagehide`), the waiting progress is also sent at once with fetch's
   * `keepalive`, so it arrives even if the page unloads; the entries stay in the outbox until
   * the server answers, and their idempotency keys make a second delivery harmless.
   */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (options.keepalive) return this.#keepalive();
    clearTimeout(this.#timer);
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    return (this.#flushing = this.#exclusive(() => this.#drain()).finally(() => {
      this.#flushing = undefined;
      if (this.#again) {
        this.#again = false;
        void this.flush();
      }
    }));
  }

  /** The session changed (called on the store's `sessionChanged()`): stops sending the previous learner's entries, then flushes the new one's. */
  sessionChanged(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#failures = 0;
    void this.flush();
  }

  /** Stops listening and retrying; entries stay stored. */
  dispose(): void {
    this.#abort.abort();
    clearTimeout(this.#timer);
    removeEventListener('online', this.#online);
    this.#unfollow();
    this.#channel?.close();
  }

  async #keepalive(): Promise<void> {
    await this.#queued;
    const db = await this.#db;
    const { signal } = this.#abort;
    const entries = (await this.pending()).filter((entry) => entry.kind === 'progress');
    await Promise.all(
      entries.map(async (entry) => {
        try {
          await this.#applied(db, entry, await this.#send(entry, signal, true));
        } catch {
          // Left in the outbox: the next flush (this page's or the next load's) sends it again.
        }
      }),
    );
  }

  async #progress(lecture: number, watched: number, complete: boolean, course: number | undefined): Promise<void> {
    const queued = this.#enqueue({ kind: 'progress', lecture, watched, complete, course, key: newKey() }, (entry) => entry.kind === 'progress' && entry.lecture === lecture, (old) => {
      if (old.kind === 'progress') {
        old.watched = Math.max(old.watched, watched);
        old.complete ||= complete;
        old.key = newKey();
        old.course ??= course;
      }
      return old;
    });
    this.#queued = queued.catch(() => undefined);
    await queued;
  }

  async #enqueue(entry: OutboxEntry extends infer E ? (E extends OutboxEntry ? Omit<E, 'user'> : never) : never, same: (entry: OutboxEntry) => boolean, merge?: (old: OutboxEntry) => OutboxEntry): Promise<OutboxEntry> {
    const user = (await this.#store.session())?.id;
    if (user === undefined) throw new Error('Sign in to save your progress');
    const full = { ...entry, user } as OutboxEntry;
    await (await this.#db)((all) => {
      const old = all.find((row) => row.user === user && same(row));
      if (old) return merge ? { put: [merge(old)] } : undefined;
      return { put: [full] };
    });
    if (this.status === 'saved') this.#set('saving');
    void this.flush();
    return full;
  }

  /** Runs `drain` in one tab at a time: Web Locks, else a BroadcastChannel claim (the lower id wins a tie). */
  async #exclusive(drain: () => Promise<void>): Promise<void> {
    if (navigator.locks) return navigator.locks.request(this.#name, drain);
    const channel = (this.#channel ??= new BroadcastChannel(this.#name));
    const post = (type: string) => {
      try {
        channel.postMessage([type, this.#id]);
      } catch {
        // Closed by dispose().
      }
    };
    channel.onmessage = ({ data: [type, id] }: MessageEvent<[string, number]>) => {
      if (type === 'held' || (this.#claim === 1 && id < this.#id)) this.#contended = true;
      // The holder, or a claimant ahead, tells a later claimant to wait.
      if (type === 'claim' && (this.#claim === 2 || (this.#claim === 1 && id > this.#id))) post('held');
    };
    for (let tries = 0; tries < 100; tries++) {
      this.#contended = false;
      this.#claim = 1;
      post('claim');
      await sleep(50);
      if (!this.#contended) break;
      this.#claim = 0;
      await sleep(100 + Math.random() * 100);
    }
    this.#claim = 2;
    try {
      await drain();
    } finally {
      this.#claim = 0;
    }
  }

  async #drain(): Promise<void> {
    const { signal } = this.#abort;
    const db = await this.#db;
    const user = (await this.#store.session())?.id;
    for (;;) {
      if (signal.aborted || user === undefined) return;
      const [entry] = (await db(() => {})).filter((row) => row.user === user).sort((a, b) => a.seq! - b.seq!);
      if (!entry) {
        // Another tab sent attempts this one waits for: send them again under their keys, the
        // server answers with the attempt it recorded.
        const lost = [...this.#waiting.values()].flatMap(({ entry: sent }) => (sent?.user === user ? [(({ seq, ...fresh }) => fresh as OutboxEntry)(sent)] : []));
        if (!lost.length) return this.#set('saved');
        await db(() => ({ put: lost }));
        continue;
      }
      this.#set('saving');
      let result: unknown;
      try {
        result = await this.#send(entry, signal);
      } catch (error) {
        if (isAbortError(error) || signal.aborted) return;
        if (retryable(error)) {
          this.#set('offline');
          this.#timer = setTimeout(() => void this.flush(), Math.min(this.#delay * 2 ** this.#failures++, 60_000));
          return;
        }
        if (isAuthenticationError(error)) return this.#set('offline');
        await this.#remove(db, entry);
        this.#waiting.get(entry.key)?.reject(error);
        this.#waiting.delete(entry.key);
        this.dispatchEvent(new CustomEvent('failed', { detail: { entry, error } }));
        continue;
      }
      this.#failures = 0;
      await this.#applied(db, entry, result);
    }
  }

  /** The server took `entry`: drops it and what it made stale, settles a waiting attempt, tells the listeners. */
  async #applied(db: Db, entry: OutboxEntry, result: unknown): Promise<void> {
    await this.#remove(db, entry);
    const stale: KeyMatch[] = [];
    if (entry.course !== undefined) stale.push(exactly('me', 'progress', entry.course));
    if (entry.kind === 'attempt') {
      stale.push(exactly('me', 'quiz-attempts', entry.quiz));
      this.#waiting.get(entry.key)?.resolve(result as QuizAttempt);
      this.#waiting.delete(entry.key);
    } else if ((result as { completed?: boolean }).completed) stale.push(exactly('me', 'enrollments'));
    this.#store.invalidate(...stale);
    this.dispatchEvent(new CustomEvent('applied', { detail: { entry, result } }));
  }

  /** Deletes `entry` unless another tab coalesced a newer write into it meanwhile (its key changed). */
  #remove(db: Db, entry: OutboxEntry): Promise<unknown> {
    return db((all) => ({ del: all.some((row) => row.seq === entry.seq && row.key === entry.key) ? [entry.seq!] : [] }));
  }

  #send(entry: OutboxEntry, signal: AbortSignal, keepalive = false): Promise<unknown> {
    const options = { idempotencyKey: entry.key, signal, keepalive };
    const client = this.#store.client;
    return entry.kind === 'progress'
      ? client.progress.update(entry.lecture, { watched_seconds: entry.watched }, options)
      : (this.#attempts ??= new QuizAttempts(client.http)).create(entry.quiz, { responses: entry.responses }, options);
  }

  #set(status: OutboxStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }
}

const outboxes = new WeakMap<CoursekitStore, Outbox>();

/**
 * The outbox of the learner signed in to `store`, created on first use (one per store).
 *
 * @example
 * ```ts
 * const outbox = outboxOf(store);
 * await outbox.recordProgress(lecture.id, Math.floor(video.currentTime), courseId);
 * outbox.addEventListener('change', () => render(outbox.status));
 * ```
 */
export function outboxOf(store: CoursekitStore): Outbox {
  let outbox = outboxes.get(store);
  if (!outbox) outboxes.set(store, (outbox = new Outbox(store)));
  return outbox;
}
