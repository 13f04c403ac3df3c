import { css } from 'lit';

export const courseCardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    box-shadow: var(--_shadow);
    /* The layout answers the card's own width, not the viewport's: a card in a narrow sidebar
       of a wide page stacks like one on a phone. */
    container: card / inline-size;
  }
  .layout {
    display: flex;
    flex: 1;
    flex-direction: column;
  }
  /* The error state is the card's content, not a second box inside it. */
  .card-error {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  .card-error > .state {
    flex: 1;
    border: 0;
    border-radius: 0;
    background: none;
  }
  /* Side by side only when there is room for both: the cover fills its column's height. The
     column is a size container, so the cover can tell a column taller than itself (below). */
  @container card (min-inline-size: 34em) {
    :host([layout='horizontal']) .layout {
      flex-direction: row;
    }
    :host([layout='horizontal']) .media {
      flex: 0 0 40%;
      aspect-ratio: auto;
      min-block-size: 12em;
      container: media / size;
    }
  }
  .card:has(a:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .media {
    position: relative;
    isolation: isolate;
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
  /* Behind the cover, or behind media slotted in its place. */
  .media .backdrop {
    display: none;
    position: absolute;
    inset: 0;
    z-index: -1;
    filter: blur(24px) saturate(1.1) brightness(0.85);
    transform: scale(1.25);
  }
  /* A column much taller than the 16:9 cover: cropping it would cut the title covers often
     carry, so the whole cover sits centred on a blurred, enlarged copy that fills the column. */
  @container media (aspect-ratio < 5 / 3) {
    .media [part='image'] {
      object-fit: contain;
      filter: drop-shadow(0 6px 16px rgb(0 0 0 / 0.3));
    }
    .media .backdrop {
      display: block;
    }
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
  /* The progress bar's own rules are in styles/progress.ts. */
  .progress {
    font-size: 0.85em;
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
  .wishlist-toggle,
  .add-to-cart,
  ::slotted(*) {
    position: relative;
    z-index: 1;
  }
  .add-to-cart {
    margin-inline-start: auto;
    padding-inline: calc(var(--_space) * 2.5);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .line {
    block-size: 0.9em;
  }
  .line:nth-of-type(1) {
    inline-size: 80%;
  }
  .line:nth-of-type(2) {
    inline-size: 95%;
  }
  .line:nth-of-type(3) {
    inline-size: 60%;
  }
  .line:nth-of-type(4) {
    inline-size: 35%;
  }
`;
