/** Why signing in is needed. */
export interface CkitSignInRequestEventDetail {
  /** The action that needs a signed-in user: `wishlist` or `review`. */
  readonly reason: 'wishlist' | 'review';
  /** The course the user acted on. */
  readonly courseId: number;
}

/**
 * Fired when a signed-out visitor tries something that needs an account. Cancelable: call
 * `preventDefault()` to open your own sign-in dialog; otherwise the element shows a short
 * "sign in to …" message.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-sign-in-request', (event) => {
 *   event.preventDefault();
 *   openSignInDialog();
 * });
 * ```
 */
export class CkitSignInRequestEvent extends Event {
  readonly detail: CkitSignInRequestEventDetail;

  constructor(detail: CkitSignInRequestEventDetail) {
    super('ckit-sign-in-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-sign-in-request': CkitSignInRequestEvent;
  }
}
