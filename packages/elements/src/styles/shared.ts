/**
 * Building blocks shared by the elements: buttons, form controls, focus rings, badges,
 * skeletons, status messages and visually hidden text. Logical properties only, so RTL needs no overrides.
 *
 * @module
 */
import { css } from 'lit';

export const sharedStyles = css`
  /* Each run of text takes the direction of its own first strong character. On an RTL page in a
     language without a message map, the English fallback then reads "64 courses", not "courses 64";
     Arabic or Hebrew messages stay RTL. Layout direction (flex, grid, logical properties) still
     follows dir; an English paragraph aligns as English text does. */
  p,
  span,
  li,
  a,
  label,
  h2,
  h3,
  h4,
  dd,
  dt,
  button,
  option {
    unicode-bidi: plaintext;
  }
  .sr-only {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    min-block-size: 2.5em;
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 4);
    border: 1px solid var(--_btn-border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_btn-bg);
    color: var(--_btn-fg);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
  }
  .btn:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .btn-secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .btn-link {
    padding: 0;
    min-block-size: auto;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .control > span {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface);
  }
  select option {
    background: var(--_surface);
    color: var(--_text);
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    padding-inline: calc(var(--_space) * 2);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
    color: var(--_primary);
    font-size: 0.75em;
    font-weight: 700;
  }
  .skeleton {
    display: block;
    border-radius: calc(var(--_radius) * 0.5);
    background: linear-gradient(90deg, var(--_surface-alt) 25%, color-mix(in srgb, var(--_surface-alt) 55%, var(--_surface)) 50%, var(--_surface-alt) 75%);
    background-size: 200% 100%;
    animation: ckit-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes ckit-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* A link whose hit area is its whole positioned box (a card, a list row); the box shows the
     focus ring, and controls inside it sit above the link. */
  .stretched-link {
    color: inherit;
    text-decoration: none;
  }
  .stretched-link:focus-visible {
    outline: none;
  }
  .stretched-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  /* A bordered box on the element's surface: cards, list rows, states, the review form. */
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
  }
  .state strong {
    font-size: 1.05em;
  }
  .state p {
    margin: 0;
  }
  .state.error {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  .state.error strong {
    color: var(--_danger);
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  .notice.error {
    color: var(--_danger);
  }
`;
