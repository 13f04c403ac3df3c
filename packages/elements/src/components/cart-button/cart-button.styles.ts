import { css } from 'lit';

/** `<ckit-cart-button>`'s styles: a round bag button with a count badge at its inline end. */
export const cartButtonStyles = css`
  :host {
    display: inline-block;
  }
  .wrap {
    display: inline-block;
  }
  .button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.6em;
    block-size: 2.6em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_primary);
  }
  .icon {
    inline-size: 1.3em;
    block-size: 1.3em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linejoin: round;
  }
  .badge-count {
    position: absolute;
    inset-block-start: -0.35em;
    inset-inline-end: -0.35em;
    min-inline-size: 1.5em;
    block-size: 1.5em;
    padding-inline: 0.35em;
    border-radius: 999px;
    background: var(--ckit-cart-badge-color, var(--_primary));
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.5em;
    text-align: center;
  }
`;
