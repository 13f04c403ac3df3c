/**
 * Fault injection for demos and tests: slow responses, random server errors, a dead network.
 * Set them for every request with `api.faults.set()`, or for one request with query flags:
 *
 * | flag | effect |
 * |---|---|
 * | `?__latency=1500` | answers 1.5 s later |
 * | `?__fail=503` | answers with that error status (Laravel's body for it; 429 carries `Retry-After`) |
 * | `?__offline=1` | fails at the network level (`TypeError: Failed to fetch` in the browser) |
 *
 * @module
 */
import { Prng } from '../seed-data/prng.js';

/** What `api.faults` injects into every request. */
export interface FaultSettings {
  /** Milliseconds added before each response. @default 0 */
  latencyMs: number;
  /** Share of requests, 0 to 1, answered with `errorStatus` instead of their real response. @default 0 */
  errorRate: number;
  /** The status of injected errors. @default 500 */
  errorStatus: number;
  /** Whether every request fails as if the network were down. @default false */
  offline: boolean;
}

/** What to do to one request. */
export interface FaultPlan {
  /** Milliseconds to wait before answering. */
  delayMs: number;
  /** Whether to fail at the network level instead of answering. */
  offline: boolean;
  /** The error status to answer with instead of the real response; `null` for the real one. */
  failStatus: number | null;
}

/**
 * The fault switches of one mock API.
 *
 * @example
 * ```ts
 * api.faults.set({ latencyMs: 800 });               // everything is slow
 * api.faults.set({ errorRate: 0.2, errorStatus: 503 }); // one request in five fails
 * api.faults.set({ offline: true });                // the network is down
 * api.faults.reset();
 * ```
 */
export class Faults {
  readonly #initial: FaultSettings;
  #settings: FaultSettings;
  // Seeded, so a test that sets an error rate sees the same sequence of failures every run.
  #random = new Prng(1);

  constructor(initial: Partial<FaultSettings> = {}) {
    this.#initial = { latencyMs: 0, errorRate: 0, errorStatus: 500, offline: false, ...initial };
    this.#settings = { ...this.#initial };
  }

  /** The current settings. */
  get(): FaultSettings {
    return { ...this.#settings };
  }

  /** Changes some settings; the others keep their value. */
  set(changes: Partial<FaultSettings>): void {
    const next = { ...this.#settings, ...changes };
    if (!(next.latencyMs >= 0) || !(next.errorRate >= 0 && next.errorRate <= 1) || !(next.errorStatus >= 400 && next.errorStatus <= 599)) {
      throw new RangeError('faults: latencyMs must be >= 0, errorRate within 0..1 and errorStatus a 4xx or 5xx status.');
    }
    this.#settings = next;
  }

  /** Back to the settings the API was created with. */
  reset(): void {
    this.#settings = { ...this.#initial };
    this.#random = new Prng(1);
  }

  /** Decides the faults of one request, from the settings and the request's query flags. */
  plan(url: URL): FaultPlan {
    const flags = url.searchParams;
    const latency = Number(flags.get('__latency'));
    const fail = Number(flags.get('__fail'));
    const random = this.#settings.errorRate > 0 && this.#random.next() < this.#settings.errorRate;
    return {
      delayMs: flags.has('__latency') && latency >= 0 ? latency : this.#settings.latencyMs,
      offline: flags.get('__offline') === '1' || flags.get('__offline') === 'true' || this.#settings.offline,
      failStatus: fail >= 400 && fail <= 599 ? fail : random ? this.#settings.errorStatus : null,
    };
  }
}
