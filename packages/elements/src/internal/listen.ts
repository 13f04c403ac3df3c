import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host whenever an event target (a store's wishlist, say) dispatches `change`.
 * Call `follow()` with the current target on every update; the controller moves its listener
 * when the target changes and detaches it while the host is disconnected.
 */
export class ChangeListener implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #target: EventTarget | undefined;
  #connected = false;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
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
