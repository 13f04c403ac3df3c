import { css } from 'lit';

/**
 * A round icon button with a count badge at its inline end: the header's cart bag
 * (`<ckit-cart-button>`) and notifications bell (`<ckit-notifications>`), which sit side by side
 * and so must match. Each element sets the badge's colour and the icon's fill or stroke.
 */
export const iconButtonStyles = css`
  .icon-button {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: 2.6em;
    block-size: 2.6em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .icon-button:hover {
    border-color: var(--_primary);
  }
  .icon-button svg {
    inline-size: 1.3em;
    block-size: 1.3em;
  }
  .count-badge {
    position: absolute;
    inset-block-start: -0.35em;
    inset-inline-end: -0.35em;
    min-inline-size: 1.5em;
    padding-inline: 0.35em;
    border-radius: 999px;
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.5;
    text-align: center;
  }
`;
