import { css } from 'lit';

/** `<ckit-cart>`'s styles: a drawer at the inline end of the viewport. */
export const cartStyles = css`
  :host {
    display: contents;
  }
  .drawer {
    margin: 0;
    margin-inline-start: auto;
    inline-size: min(var(--ckit-cart-width, 26rem), 100vw);
    max-inline-size: 100vw;
    block-size: 100dvh;
    max-block-size: 100dvh;
    padding: 0;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .drawer::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    min-block-size: 100%;
    padding: calc(var(--_space) * 5);
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  h2 {
    margin: 0;
    font-size: 1.3em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .header p {
    margin: 0;
    font-size: 0.9em;
  }
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }
  .close svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 4.5em 1fr auto;
    align-items: start;
    gap: calc(var(--_space) * 3);
    padding-block-end: calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
  }
  .item img,
  .item .placeholder {
    inline-size: 4.5em;
    aspect-ratio: 16 / 9;
    border-radius: calc(var(--_radius) * 0.5);
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .item .placeholder {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-weight: 700;
  }
  .info {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .title {
    font-weight: 600;
    color: inherit;
  }
  .notice {
    margin: 0;
    font-size: 0.85em;
    color: var(--_danger);
  }
  .remove {
    font-size: 0.85em;
  }
  .price {
    font-weight: 700;
  }
  .skeleton.line {
    grid-column: 1 / -1;
    block-size: 2.6em;
  }
  .footer {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin-block-start: auto;
  }
  .subtotal {
    display: flex;
    justify-content: space-between;
    margin: 0;
    font-size: 1.1em;
  }
  .hint {
    margin: 0;
    font-size: 0.85em;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 3);
  }
  .empty p {
    margin: 0;
  }
`;
