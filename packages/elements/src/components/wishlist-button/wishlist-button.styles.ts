import { css } from 'lit';

export const wishlistButtonStyles = css`
  :host {
    display: inline-block;
  }
  .ckit-root {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: 2.5em;
    min-inline-size: 2.5em;
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    cursor: pointer;
  }
  :host([compact]) .toggle {
    justify-content: center;
    padding: 0;
  }
  .toggle:hover {
    border-color: var(--_primary);
  }
  .toggle[aria-busy='true'] {
    cursor: progress;
  }
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .toggle[aria-pressed='true'] .icon {
    fill: var(--ckit-wishlist-color, var(--_danger));
    stroke: var(--ckit-wishlist-color, var(--_danger));
  }
  .message {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .message.error {
    color: var(--_danger);
  }
  :host([compact]) .message:not(:empty) {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 2;
    inline-size: max-content;
    max-inline-size: 16em;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  :host([compact]) .ckit-root {
    position: relative;
  }
`;
