import { css } from 'lit';

/** `<ckit-enroll-button>`'s styles. */
export const enrollButtonStyles = css`
  :host {
    display: block;
  }
  .enroll {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .price {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_primary);
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .actions .btn {
    flex: 1 1 auto;
    min-inline-size: var(--ckit-enroll-button-width, 12em);
  }
  .in-cart,
  .enrolled {
    margin: 0;
    font-weight: 600;
    color: var(--_success);
  }
  .in-cart::before {
    content: '✓ ' / '';
  }
  /* The progress bar's own rules are in styles/progress.ts. */
  .progress {
    font-size: 0.9em;
  }
  .skeleton {
    block-size: 2.5em;
    max-inline-size: 20em;
  }
  .message {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* The live region stays in the tree (one that appears with its text is often not announced);
     empty, it leaves the flow and takes no gap. */
  .message:empty {
    position: absolute;
  }
  .message.error {
    color: var(--_danger);
  }
`;
