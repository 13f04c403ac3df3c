import { css } from 'lit';

export const courseCardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  :host([layout='horizontal']) .card {
    flex-direction: row;
  }
  /* The image keeps its aspect ratio (covers often carry text) at the top of its column. */
  :host([layout='horizontal']) .media {
    flex: 0 0 min(38%, 20em);
    align-self: flex-start;
    border-end-end-radius: var(--_radius);
  }
  .card:has(a:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .media {
    position: relative;
    aspect-ratio: var(--ckit-card-media-aspect-ratio, 16 / 9);
    overflow: hidden;
    background: var(--_surface-alt);
  }
  .media img,
  ::slotted([slot='media']) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    block-size: 100%;
    font-size: 2.6em;
    font-weight: 800;
    color: var(--_primary);
    background: linear-gradient(135deg, color-mix(in srgb, var(--_primary) 22%, var(--_surface)), color-mix(in srgb, var(--_primary) 6%, var(--_surface)));
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
    padding: calc(var(--_space) * 4);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .badge {
    padding-block: 2px;
  }
  .title {
    margin: 0;
    font-size: 1.12em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:focus-visible {
    outline: none;
  }
  /* The whole card is the link's hit area; nested controls sit above it. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card:hover .title a {
    text-decoration: underline;
  }
  .description,
  .instructors {
    margin: 0;
    color: var(--_muted);
  }
  .description {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .instructors {
    font-size: 0.9em;
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    font-size: 0.9em;
  }
  .rating-value {
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-size: 0.85em;
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
  .footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) * 2);
  }
  .price {
    font-size: 1.1em;
    font-weight: 800;
  }
  .compare {
    margin-inline-start: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.9em;
  }
  ckit-wishlist-button,
  ::slotted(*) {
    position: relative;
    z-index: 1;
  }
  .line {
    block-size: 0.9em;
  }
`;
