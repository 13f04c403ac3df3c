import { css } from 'lit';

/** The heart toggle's rules (`WishlistToggle`), for any shadow root that renders one. */
export const wishlistToggleStyles = css`
  .wishlist-toggle {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
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
  .wishlist-toggle.compact .toggle {
    justify-content: center;
    padding: 0;
  }
  .toggle:hover {
    border-color: var(--_primary);
  }
  .toggle.saved {
    border-color: color-mix(in srgb, var(--ckit-wishlist-color, var(--_danger)) 45%, var(--_border));
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
  .toggle.saved .icon {
    fill: var(--ckit-wishlist-color, var(--_danger));
    stroke: var(--ckit-wishlist-color, var(--_danger));
  }
  .toggle.pop .icon {
    animation: ckit-heart-pop 420ms cubic-bezier(0.3, 1.5, 0.5, 1);
  }
  @keyframes ckit-heart-pop {
    0% {
      transform: scale(0.8);
    }
    45% {
      transform: scale(1.3);
    }
    100% {
      transform: scale(1);
    }
  }
  /* The live region stays in the tree (an element that appears together with its text is often
     not announced); it only takes room while it has something to say. */
  .message {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .message.shown {
    margin-block-start: var(--_space);
  }
  .message.error {
    color: var(--_danger);
  }
  /* Compact: a bubble above the heart, aligned with its inline end and never wider than the
     container around it (a card clips what overflows it). */
  .wishlist-toggle.compact .message {
    position: absolute;
    inset-block-end: calc(100% + 8px);
    inset-inline-end: 0;
    z-index: 2;
    inline-size: max-content;
    max-inline-size: min(16em, 100cqi - 3em);
    margin: 0;
    line-height: 1.35;
  }
  .wishlist-toggle.compact .message.shown {
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    animation: ckit-bubble-in 160ms ease-out;
  }
  .wishlist-toggle.compact .message.error {
    color: var(--_danger);
  }
  /* The arrow points at the heart's centre (the heart is 2.5em of the button's font wide). */
  .wishlist-toggle.compact .message.shown::after {
    content: '';
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: calc(1.25em / 0.85 - 5px);
    inline-size: 10px;
    block-size: 10px;
    margin-block-start: -5px;
    /* Physical sides: rotated, the bottom-right corner points down in both directions. */
    border-bottom: 1px solid var(--_border);
    border-right: 1px solid var(--_border);
    background: var(--_surface);
    transform: rotate(45deg);
  }
  @keyframes ckit-bubble-in {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle.pop .icon,
    .wishlist-toggle.compact .message.shown {
      animation: none;
    }
  }
`;

/** `<ckit-wishlist-button>`'s styles: the toggle in an inline box. */
export const wishlistButtonStyles = [
  css`
    :host {
      display: inline-block;
    }
  `,
  wishlistToggleStyles,
];
