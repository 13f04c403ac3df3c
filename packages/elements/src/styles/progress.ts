import { css } from 'lit';

/**
 * Styles of the learner's progress bar (`progressBar()` in `internal/templates.ts`): a thin
 * rounded track filled in the success colour, with the percentage beside it. Each element sets
 * the row's font size.
 */
export const progressStyles = css`
  .progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .bar {
    flex: 1;
    block-size: 6px;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_surface-alt);
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_success);
  }
`;
