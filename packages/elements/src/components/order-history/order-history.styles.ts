import { css } from 'lit';

export const orderHistoryStyles = css`
  .ckit-root {
    color: var(--_text);
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .orders {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .order {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  h3,
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.05em;
  }
  .status {
    padding: 0 calc(var(--_space) * 2);
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
  }
  .status-paid {
    color: var(--_success);
  }
  .status-pending,
  .status-failed {
    color: var(--_danger);
  }
  .muted,
  time {
    color: var(--_muted);
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .total {
    font-weight: 700;
  }
  .pay {
    justify-self: start;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
`;
