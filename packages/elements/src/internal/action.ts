/**
 * User actions (post a review, toggle a wishlist entry, later: submit a quiz, pay, sign in): a
 * task (`ElementTask`) that runs only when asked, once at a time, and keeps its state for the template.
 *
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import { TaskStatus } from '@lit/task';
import { ElementTask } from './task.js';

/** A user action: `run()` it from an event handler, render `pending`, `error` and `value`. */
export class Action<A extends readonly unknown[], R> {
  readonly #task: ElementTask<A, R>;
  #lastArgs: A | undefined;

  /**
   * @param run does the work; its failure is passed to `onError` and kept in `error`.
   * @param onError reports a failure of a run with `args` (elements fire `ckit-error`).
   */
  constructor(host: ReactiveControllerHost, run: (args: A, signal: AbortSignal) => Promise<R>, onError: (error: unknown, args: A) => void) {
    this.#task = new ElementTask<A, R>(
      host,
      async (args, { signal }) => {
        try {
          return await run(args, signal);
        } catch (error) {
          if (!signal.aborted) onError(error, args);
          throw error;
        }
      },
      () => this.#lastArgs ?? ([] as unknown as A),
    );
  }

  /** Whether the action is running: render the control busy and ignore another press. */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Why the last run failed, or `undefined`. */
  get error(): unknown {
    return this.#task.status === TaskStatus.ERROR ? this.#task.error : undefined;
  }

  /** The last run's result, when it succeeded. */
  get value(): R | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /**
   * Runs the action, unless it is already running (a double click sends one request). Resolves
   * with the result, or `undefined` when it failed or was already running; never rejects.
   */
  async run(...args: A): Promise<R | undefined> {
    if (this.pending) return undefined;
    this.#lastArgs = args;
    await this.#task.run(args);
    return this.value;
  }

  /** Runs the last action again with the same arguments (the error state's retry button). */
  retry(): Promise<R | undefined> {
    return this.#lastArgs ? this.run(...this.#lastArgs) : Promise.resolve(undefined);
  }
}
