import { css } from 'lit';

/**
 * The bell's and the popover's rules, adopted with the panel's code (`notifications-panel.ts`):
 * a visitor's page, which never shows the bell, loads neither.
 */
export const notificationsPanelStyles = css`
  .bell {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  svg {
    inline-size: 1.3em;
    block-size: 1.3em;
    fill: currentColor;
  }
  .badge {
    position: absolute;
    inset-block-start: -0.3em;
    inset-inline-end: -0.3em;
    min-inline-size: 1.5em;
    padding-inline: 0.3em;
    border-radius: 1em;
    background: var(--ckit-notifications-badge-color, var(--_danger));
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.5;
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
