/**
 * What the visitor was doing, to finish once they signed in. Plain JSON: a host that signs in on
 * another page keeps it (in the return URL or `sessionStorage`) and hands it back with the
 * provider's `completeIntent()`.
 */
export interface CkitIntent {
  /**
   * `wishlist-add`: save the course to the wishlist. `enroll`: enroll in the (free) course.
   * `checkout`: nothing to finish; `<ckit-checkout>` continues by itself once signed in.
   */
  readonly action: 'wishlist-add' | 'enroll' | 'checkout';
  /** The course the visitor acted on. */
  readonly courseId: number;
}

/** Why signing in is needed. */
export interface CkitSignInRequestEventDetail {
  /** The action that needs a signed-in user: `wishlist`, `review`, `enroll`, `checkout` or `profile` (editing one's own profile). */
  readonly reason: 'wishlist' | 'review' | 'enroll' | 'checkout' | 'profile';
  /** The course the user acted on; none for `profile`. */
  readonly courseId?: number;
  /**
   * What to finish after sign-in. The provider remembers it and finishes it by itself when the
   * visitor signs in on this page (`setToken()` or `refresh()`); pass it to the provider's
   * `completeIntent()` when they sign in elsewhere and come back.
   */
  readonly intent?: CkitIntent;
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
 *   // Signing in on another page: keep the intent, and after coming back call
 *   // provider.completeIntent(JSON.parse(sessionStorage.getItem('ckit-intent')))
 *   sessionStorage.setItem('ckit-intent', JSON.stringify(event.detail.intent));
 *   location.href = '/login?return=' + encodeURIComponent(location.href);
 * });
 * ```
 */
export class CkitSignInRequestEvent extends Event {
  /** Why signing in is needed. */
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
