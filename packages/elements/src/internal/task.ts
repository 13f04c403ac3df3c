/**
 * The tasks behind `createTask()` and `createAction()`: an async operation whose status, value
 * and error an element renders. Behaves as `@lit/task`'s `Task` run by hand (`autoRun: false`),
 * with the same `TaskStatus` values, in a fraction of its size: the elements decide themselves
 * when a task runs.
 *
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import { TaskStatus } from '@lit/task';

/** What a task's operation gets besides its arguments. */
export interface TaskRunOptions {
  /** Aborted when a newer run supersedes this one, or on `abort()`. */
  readonly signal: AbortSignal;
}

/** Templates per status, for `render()`. */
export interface TaskRenderer<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: R) => unknown;
  error?: (error: unknown) => unknown;
}

/** An async operation of an element: run it, render its `status`, `value` and `error`. */
export class ElementTask<A extends readonly unknown[], R> {
  readonly #host: ReactiveControllerHost;
  readonly #operation: (args: A, options: TaskRunOptions) => Promise<R>;
  readonly #args: () => A;
  #status: TaskStatus = TaskStatus.INITIAL;
  #value: R | undefined;
  #error: unknown;
  #calls = 0;
  #abort: AbortController | undefined;
  #complete: { promise: Promise<R>; resolve: (value: R) => void; reject: (error: unknown) => void } | undefined;

  /**
   * @param operation does the work; a newer run aborts the signal of the one before.
   * @param args the arguments of a `run()` called without any.
   */
  constructor(host: ReactiveControllerHost, operation: (args: A, options: TaskRunOptions) => Promise<R>, args: () => A) {
    this.#host = host;
    this.#operation = operation;
    this.#args = args;
  }

  /** `INITIAL` (never ran), `PENDING`, `COMPLETE` or `ERROR`, as `@lit/task`'s `TaskStatus`. */
  get status(): TaskStatus {
    return this.#status;
  }

  /** The last run's result (`undefined` after a failed run). */
  get value(): R | undefined {
    return this.#value;
  }

  /** Why the last run failed (`undefined` after a successful one). */
  get error(): unknown {
    return this.#error;
  }

  /** Settles with the outcome of the latest run (a run started meanwhile replaces the one awaited). */
  get taskComplete(): Promise<R> {
    if (this.#status === TaskStatus.ERROR) return Promise.reject(this.#error);
    if (this.#status !== TaskStatus.PENDING) return Promise.resolve(this.#value as R);
    if (!this.#complete) {
      let resolve!: (value: R) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<R>((res, rej) => ((resolve = res), (reject = rej)));
      this.#complete = { promise, resolve, reject };
    }
    return this.#complete.promise;
  }

  /** Runs the operation with `args` (default: the task's arguments), aborting a run still pending. */
  async run(args: A = this.#args()): Promise<void> {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort();
    this.#status = TaskStatus.PENDING;
    this.#host.requestUpdate();
    const call = ++this.#calls;
    const abort = (this.#abort = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.#operation(args, { signal: abort.signal });
    } catch (caught) {
      failed = true;
      error = caught;
    }
    if (call !== this.#calls) return;
    this.#status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.#value = value;
    this.#error = error;
    const complete = this.#complete;
    this.#complete = undefined;
    if (failed) complete?.reject(error);
    else complete?.resolve(value as R);
    this.#host.requestUpdate();
  }

  /** Aborts the pending run, if any. */
  abort(reason?: unknown): void {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort(reason);
  }

  /** The template of the current status. */
  render(renderer: TaskRenderer<R>): unknown {
    switch (this.#status) {
      case TaskStatus.INITIAL:
        return renderer.initial?.();
      case TaskStatus.PENDING:
        return renderer.pending?.();
      case TaskStatus.COMPLETE:
        return renderer.complete?.(this.#value as R);
      default:
        return renderer.error?.(this.#error);
    }
  }
}
