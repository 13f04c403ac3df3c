/**
 * The store's side of the context community protocol (`context-request` and `context-provider`
 * events), as `@lit/context` speaks it, written for the one context the elements share: a
 * provider answers requests for `coursekitContext`, and `@lit/context` consumers (`@consume`)
 * work with it unchanged. Smaller than `@lit/context`'s generic controllers, which every page
 * would otherwise load.
 *
 * @module
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { coursekitContext } from '../context/coursekit-context.js';
import type { CoursekitStore } from '../data/store.js';

/** Receives the store, and again whenever it changes; `unsubscribe` stops that. */
export type StoreCallback = (value: CoursekitStore | undefined, unsubscribe?: () => void) => void;

/** A `context-request` event (bubbles, composed), as `@lit/context`'s `ContextRequestEvent`. */
interface ContextRequest extends Event {
  readonly context: unknown;
  readonly contextTarget?: Element;
  readonly callback: StoreCallback;
  readonly subscribe?: boolean;
}

/** A request for the store from `target`, subscribed to changes. */
export class StoreRequestEvent extends Event implements ContextRequest {
  readonly context = coursekitContext;

  constructor(
    readonly contextTarget: Element,
    readonly callback: StoreCallback,
    readonly subscribe = true,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Announces a provider (`context-provider`): elements waiting for a store, and outer providers' subscribers below it, ask again. */
class StoreProviderEvent extends Event {
  readonly context = coursekitContext;

  constructor(readonly contextTarget: Element) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

const target = (event: Event & { contextTarget?: Element | undefined }): EventTarget | undefined => event.contextTarget ?? event.composedPath()[0];

/** Provides a store to the elements below `host`, like `@lit/context`'s `ContextProvider`. */
export class StoreProvider implements ReactiveController {
  readonly #host: ReactiveElement;
  #value: CoursekitStore | undefined;
  /** Subscribed callbacks, with the element that asked and how it unsubscribes. */
  readonly #subscriptions = new Map<StoreCallback, { consumer: Element; unsubscribe: () => void }>();

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addEventListener('context-request', this.#onRequest);
    host.addEventListener('context-provider', this.#onProvider);
    host.addController(this);
  }

  /** The store provided. */
  get value(): CoursekitStore | undefined {
    return this.#value;
  }

  /** Provides `value`, and tells every subscriber when it is a new one. */
  setValue(value: CoursekitStore | undefined): void {
    if (value === this.#value) return;
    this.#value = value;
    for (const [callback, { unsubscribe }] of this.#subscriptions) callback(value, unsubscribe);
  }

  hostConnected(): void {
    this.#host.dispatchEvent(new StoreProviderEvent(this.#host));
  }

  readonly #onRequest = (event: Event): void => {
    const request = event as ContextRequest;
    const consumer = target(request);
    if (request.context !== coursekitContext || consumer === this.#host || !(consumer instanceof Element)) return;
    event.stopPropagation();
    if (!request.subscribe) return request.callback(this.#value);
    let subscription = this.#subscriptions.get(request.callback);
    if (!subscription) {
      subscription = { consumer, unsubscribe: () => this.#subscriptions.delete(request.callback) };
      this.#subscriptions.set(request.callback, subscription);
    }
    request.callback(this.#value, subscription.unsubscribe);
  };

  /** A provider connected below this one: each subscriber asks again, and the nearer provider answers those below it. */
  readonly #onProvider = (event: Event): void => {
    if ((event as StoreProviderEvent).context !== coursekitContext || target(event) === this.#host) return;
    for (const [callback, { consumer }] of this.#subscriptions) consumer.dispatchEvent(new StoreRequestEvent(consumer, callback));
    event.stopPropagation();
  };
}
