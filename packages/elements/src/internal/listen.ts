import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host (or calls `onChange`) whenever an event target (a store's wishlist, say)
 * dispatches `change`.
 * Call `follow()` with the current target on every update; the controller moves its listener
 * when the target changes and detaches it while the host is disconnected.
 */
export class ChangeListener implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #target: EventTarget | undefined;
  #connected = false;
  readonly #onChange: () => void;

  /** @param onChange what to do on a change; by default, render the host again. */
  constructor(host: ReactiveControllerHost, onChange?: () => void) {
    this.#host = host;
    this.#onChange = onChange ?? (() => this.#host.requestUpdate());
    host.addController(this);
  }

  /** Listens to `target` from now on (nothing when `undefined`). */
  follow(target: EventTarget | undefined): void {
    if (target === this.#target) return;
    if (this.#connected) this.#target?.removeEventListener('change', this.#onChange);
    this.#target = target;
    if (this.#connected) target?.addEventListener('change', this.#onChange);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#target?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#target?.removeEventListener('change', this.#onChange);
  }
}
