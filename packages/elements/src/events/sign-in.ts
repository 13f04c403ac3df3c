import type { User } from '@coursekit/sdk';

/** Who signed in. */
export interface CkitSignInEventDetail {
  /** The signed-in user (self view). */
  readonly user: User;
  /** `login` for an existing account, `register` for a new one. */
  readonly method: 'login' | 'register';
}

/**
 * Fired by `<ckit-login>` once a user signed in or registered and the elements on the page were
 * told (the provider's learner data reloads, a remembered sign-in intent is finished).
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-sign-in', (event) => {
 *   greeting.textContent = `Welcome, ${event.detail.user.name}`;
 * });
 * ```
 */
export class CkitSignInEvent extends Event {
  /** Who signed in. */
  readonly detail: CkitSignInEventDetail;

  constructor(detail: CkitSignInEventDetail) {
    super('ckit-sign-in', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-sign-in': CkitSignInEvent;
  }
}
