import { css } from 'lit';

export const playerStyles = css`
  .player {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
  }
  .course-title,
  .lecture-title,
  .complete-title,
  .section-head {
    margin: 0;
    font-weight: 700;
  }
  .lecture-title,
  .complete-title {
    font-size: 1.125em;
  }
  .course-title {
    flex: 1 1 12rem;
    font-size: 1.25em;
  }
  .course-progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .bar {
    display: block;
    inline-size: 8rem;
    block-size: 0.4em;
    border-radius: 1em;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .save-status {
    margin: 0;
    flex-basis: 100%;
  }
  .save-status:empty {
    display: none;
  }
  .layout {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 4);
  }
  .outline {
    flex: 0 0 var(--ckit-player-outline-width, 20rem);
    max-block-size: 80vh;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .narrow .outline {
    position: absolute;
    inset-inline: 0;
    z-index: 2;
    box-shadow: var(--_shadow);
  }
  [hidden] {
    display: none !important;
  }
  .sections,
  .lectures {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .section-head {
    margin: 0;
    font-size: 1em;
  }
  .section-toggle,
  .item {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .section-toggle {
    flex-direction: column;
    align-items: flex-start;
    gap: 0;
    font-weight: 600;
    background: var(--_surface-alt);
  }
  .item-title {
    flex: 1;
  }
  .item[aria-current] {
    background: color-mix(in srgb, var(--_primary) 15%, transparent);
    font-weight: 600;
  }
  .item.locked {
    color: var(--_muted);
  }
  .item.done > .icon:last-of-type {
    color: var(--_success);
  }
  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: currentColor;
  }
  .lecture {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .frame {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
    border-radius: var(--_radius);
    background: #000;
  }
  .facade {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    color: #fff;
    font-weight: 600;
    cursor: pointer;
  }
  .facade .icon {
    inline-size: 3em;
    block-size: 3em;
  }
  .content {
    line-height: 1.6;
  }
  .file,
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .nav {
    justify-content: space-between;
  }
  .complete {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    border-color: var(--_success);
  }
  .complete > .icon {
    color: var(--_success);
    inline-size: 2em;
    block-size: 2em;
  }
  /* About the player's height once loaded (the lecture above the outline on a phone, beside it on
     a wide screen), so the page below does not jump when it arrives. */
  .skeleton {
    block-size: clamp(32em, 60vw, 48em);
  }
`;
