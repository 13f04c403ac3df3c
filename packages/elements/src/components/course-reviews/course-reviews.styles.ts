import { css } from 'lit';

export const courseReviewsStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 6);
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: var(--ckit-reviews-summary-width, 17em) 1fr;
      align-items: start;
    }
  }
  .aside,
  .main {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    min-inline-size: 0;
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .average {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .average-value {
    font-size: 2.4em;
    font-weight: 800;
    line-height: 1;
  }
  .histogram {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .histogram-row {
    display: grid;
    grid-template-columns: 2.5em 1fr 2.5em;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.6);
    background: none;
    cursor: pointer;
    font-size: 0.9em;
  }
  .histogram-row:hover:not(:disabled),
  .histogram-row[aria-pressed='true'] {
    border-color: var(--_border);
    background: var(--_surface-alt);
  }
  .histogram-row:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .histogram-count {
    text-align: end;
    color: var(--_muted);
  }
  .histogram-bar {
    block-size: 8px;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_surface-alt);
  }
  .histogram-bar > span {
    display: block;
    block-size: 100%;
    background: var(--_rating);
  }
  .own {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
  }
  .own-title {
    margin: 0;
    font-size: 1.05em;
  }
  /* The stand-in that holds the learner's side's room while its code loads. */
  .reserved {
    visibility: hidden;
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .star-input {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .star-input legend {
    margin-block-end: var(--_space);
    padding: 0;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .stars-row {
    display: flex;
    gap: var(--_space);
  }
  .stars-row label {
    display: inline-flex;
    padding: 2px;
    border-radius: 4px;
    color: color-mix(in srgb, var(--_rating) 30%, transparent);
    cursor: pointer;
  }
  .stars-row label.on,
  .stars-row label:hover {
    color: var(--_rating);
  }
  .stars-row svg {
    inline-size: 1.8em;
    block-size: 1.8em;
    fill: currentColor;
  }
  .stars-row input:focus-visible + label {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  textarea {
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .danger {
    --_btn-bg: var(--_danger);
    --_btn-border: var(--_danger);
    --_btn-fg: var(--_surface);
  }
  .confirm,
  .hint {
    margin: 0;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    padding-block-end: calc(var(--_space) * 4);
    border-block-end: 1px solid var(--_border);
  }
  .own .review {
    padding: 0;
    border: 0;
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .reviewer {
    font-weight: 700;
  }
  .badge.pending {
    background: color-mix(in srgb, var(--_rating) 15%, var(--_surface));
    color: var(--_text);
  }
  .review-body {
    overflow-wrap: anywhere;
  }
  .review-body.text {
    white-space: pre-line;
  }
  .review-body > :first-child {
    margin-block-start: 0;
  }
  .review-body > :last-child {
    margin-block-end: 0;
  }
  .filter-status {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    font-weight: 600;
  }
  .summary-skeleton {
    block-size: 10em;
  }
  .list-skeleton {
    block-size: 14em;
  }
`;
