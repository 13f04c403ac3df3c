import { css } from 'lit';

export const courseCurriculumStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin-block-end: calc(var(--_space) * 3);
  }
  .heading {
    flex-basis: 100%;
    font-size: 1.35em;
    font-weight: 700;
  }
  .header p {
    flex: 1;
    margin: 0;
  }
  /* About a syllabus's height (its heading, summary, first section open, the others closed), so
     the page below does not jump when it arrives. */
  .skeleton {
    block-size: 24em;
  }
  .sections {
    overflow: hidden;
  }
  .section + .section {
    border-block-start: 1px solid var(--_border);
  }
  .section-button {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 0;
    background: var(--_surface-alt);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .section-title {
    flex: 1;
  }
  .section-button .muted {
    font-weight: 400;
    font-size: 0.9em;
  }
  .chevron,
  .icon,
  .tick {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
  }
  .chevron {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    transition: rotate 0.15s;
  }
  :dir(rtl) .chevron {
    scale: -1 1;
  }
  [aria-expanded='true'] .chevron {
    rotate: 90deg;
  }
  :dir(rtl) [aria-expanded='true'] .chevron {
    rotate: -90deg;
  }
  .lectures {
    margin: 0;
    padding: var(--_space) 0;
    list-style: none;
  }
  .lecture {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
  }
  .icon {
    color: var(--_muted);
  }
  .lecture-title {
    flex: 1;
  }
  .tick {
    color: var(--_success);
  }
  .dialog {
    inline-size: min(48em, 100vw - 2em);
    max-block-size: calc(100vh - 2em);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.2em;
  }
  .preview {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin-block-start: calc(var(--_space) * 3);
  }
  video,
  iframe,
  .facade {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
    background: #000;
  }
  .facade {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: calc(var(--_space) * 2);
    background: var(--_surface-alt);
  }
  .facade p {
    margin: 0;
  }
`;
