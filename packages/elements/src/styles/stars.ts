import { css } from 'lit';

/** Styles of `stars()`; the fill grows from the inline start, so it mirrors in RTL. */
export const starStyles = css`
  .stars {
    position: relative;
    display: inline-flex;
    flex: none;
    vertical-align: middle;
    line-height: 0;
  }
  .stars svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: currentColor;
  }
  .stars-empty,
  .stars-fill {
    display: inline-flex;
  }
  .stars-empty {
    color: color-mix(in srgb, var(--_rating) 28%, transparent);
  }
  .stars-fill {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    overflow: hidden;
    color: var(--_rating);
  }
`;
