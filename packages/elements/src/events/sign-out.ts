/**
 * Fired by `<ckit-login>` once the user signed out: the token is forgotten (or the session
 * cookie ended) and every cached learner query dropped. Persisted copies of a token are the
 * host's to clear.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-sign-out', () => sessionStorage.removeItem('token'));
 * ```
 */
export class CkitSignOutEvent extends Event {
  constructor() {
    super('ckit-sign-out', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-sign-out': CkitSignOutEvent;
  }
}
