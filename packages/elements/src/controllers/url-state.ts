/**
 * Keeps part of an element's state in the page's query string: read on connect, pushed as a new
 * history entry when the user changes it, restored on back and forward. The catalog's filters
 * use it (`sync-url`); the player's `?lecture=` will.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a piece of state maps to the URL. */
export interface UrlStateOptions<T> {
  /** Whether the host wants its state in the URL now (e.g. its `sync-url` attribute). */
  enabled(): boolean;
  /** The state the URL carries; missing and invalid values left out. */
  read(url: URL): Partial<T>;
  /** `url` with `state` written into it, other parameters of the page kept. */
  write(url: URL, state: T): URL;
  /** Applies state read from the URL (on connect, back and forward) on top of the host's own presets. */
  apply(state: Partial<T>): void;
  /** The host's current state, remembered on connect as the presets that back/forward return to. */
  current(): T;
}

/** Syncs a host's state with the page URL. */
export class UrlStateController<T> implements ReactiveController {
  readonly #options: UrlStateOptions<T>;
  #presets: T | undefined;
  readonly #onPopState = () => {
    if (this.#presets) this.#options.apply({ ...this.#presets, ...this.#options.read(new URL(location.href)) });
  };

  constructor(host: ReactiveControllerHost, options: UrlStateOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#options.enabled()) return;
    this.#presets = this.#options.current();
    this.#options.apply(this.#options.read(new URL(location.href)));
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Records a state the user chose as a new history entry (nothing when the URL would not change). */
  push(state: T): void {
    if (!this.#options.enabled()) return;
    const url = this.#options.write(new URL(location.href), state);
    if (url.href !== location.href) history.pushState(history.state, '', url);
  }
}
