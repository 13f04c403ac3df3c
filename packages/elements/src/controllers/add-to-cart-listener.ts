import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listenForAddToCart } from '../data/cart.js';
import type { CoursekitStore } from '../data/store.js';

/**
 * Takes the host page's `ckit-add-to-cart` events into the store's cart while its element is
 * connected, and follows the element to another store. The cart elements (the cart, the enroll
 * button) hold one, so a page with any of them accepts courses from its own buttons.
 */
export class AddToCartListener implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #store: () => CoursekitStore | undefined;
  #listeningTo: CoursekitStore | undefined;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, store: () => CoursekitStore | undefined) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    if (this.#store() !== this.#listeningTo) this.#follow();
  }

  #follow(): void {
    this.#stop?.();
    this.#listeningTo = this.#host.isConnected ? this.#store() : undefined;
    this.#stop = this.#listeningTo && listenForAddToCart(this.#listeningTo);
  }
}
