import { css } from 'lit';

/** `<ckit-cart-button>`'s styles beside the shared round icon button (`styles/icon-button.ts`): the bag's stroke, the badge's colour. */
export const cartButtonStyles = css`
  :host {
    display: inline-block;
  }
  .wrap {
    display: inline-block;
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linejoin: round;
  }
  .count-badge {
    background: var(--ckit-cart-badge-color, var(--_primary));
  }
`;
