import type { User } from '@coursekit/sdk';

/** The saved profile. */
export interface CkitProfileUpdateEventDetail {
  /** The signed-in user as the server saved them (self view): name, username, avatar, settings. */
  readonly user: User;
}

/**
 * Fired by `<ckit-profile>` once the server saved the signed-in user's profile (and, for an
 * instructor, their instructor profile). The session was reloaded, so every element showing the
 * user's name or avatar shows the new one.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-profile-update', (event) => {
 *   accountMenu.textContent = event.detail.user.name;
 * });
 * ```
 */
export class CkitProfileUpdateEvent extends Event {
  /** The saved profile. */
  readonly detail: CkitProfileUpdateEventDetail;

  constructor(detail: CkitProfileUpdateEventDetail) {
    super('ckit-profile-update', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-profile-update': CkitProfileUpdateEvent;
  }
}
