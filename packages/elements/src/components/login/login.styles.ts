import { css } from 'lit';

/** The shadow root's rules: the frame, the account line and the sign-out button. */
export const loginStyles = css`
  .ckit-root {
    display: grid;
    gap: calc(var(--_space) * 3);
    color: var(--_text);
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
`;

/**
 * The form's rules. The form lives in the light DOM (so password managers see its inputs), where
 * the shadow root's rules do not reach; these are adopted by the document or shadow root holding
 * the element, at zero specificity so the page can restyle them. The `--_*` tokens inherit from
 * the shadow root's frame through the slot.
 */
export const loginFormStyles = css`
  ckit-login :where(form) {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  ckit-login :where(label) {
    display: grid;
    gap: var(--_space);
    font-weight: 600;
  }
  ckit-login :where(input) {
    font: inherit;
    font-weight: 400;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) * 2);
  }
  ckit-login :where([aria-invalid='true']) {
    border-color: var(--_danger);
  }
  ckit-login :where(.ckit-error) {
    margin: 0;
    color: var(--_danger);
    font-weight: 400;
  }
  ckit-login :where(.ckit-hint) {
    margin: 0;
    color: var(--_muted);
    font-weight: 400;
  }
  ckit-login :where(button) {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  ckit-login :where(button.ckit-link) {
    background: none;
    color: var(--_primary);
    border-color: transparent;
    justify-self: start;
    /* Lined up with the fields above it, like a link. */
    padding-inline: 0;
  }
  ckit-login :where(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
