import { css } from 'lit';

/**
 * The bell's and the popover's rules, beside the shared round icon button
 * (`styles/icon-button.ts`), adopted with the panel's code (`notifications-panel.ts`): a
 * visitor's page, which never shows the bell, loads neither.
 */
export const notificationsPanelStyles = css`
  .bell svg {
    fill: currentColor;
  }
  .count-badge {
    background: var(--ckit-notifications-badge-color, var(--_danger));
  }
  .panel {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: min(360px, 95vw);
    max-block-size: 70vh;
    overflow: auto;
    padding: calc(var(--_space) * 3);
    /* Border, radius and surface: the shared .panel rule. */
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  h2 {
    font-size: 1.1em;
  }
  h2,
  p {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: calc(var(--_space) * 2) 0 0;
    padding: 0;
  }
  li {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .unread p {
    font-weight: 600;
  }
  time {
    color: var(--_muted);
  }
`;
