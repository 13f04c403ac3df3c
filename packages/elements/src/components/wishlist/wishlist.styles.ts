import { css } from 'lit';

export const wishlistStyles = css`
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    /* Rows answer the list's own width: a wishlist in a page's sidebar is narrow on any screen. */
    container: wishlist / inline-size;
  }
  .list:focus {
    outline: none;
  }
  /* Narrow (a sidebar, a phone): the title gets the whole width beside the thumbnail, with the
     price and the remove button on a row below it. */
  .item {
    position: relative;
    display: grid;
    grid-template-columns: 5em minmax(0, 1fr);
    grid-template-areas:
      'thumb title'
      'thumb meta';
    grid-template-rows: auto 1fr;
    align-items: start;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2.5);
  }
  /* The whole row is the title link's hit area (the card does the same); the button sits above it. */
  .item:has(a:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .thumb {
    grid-area: thumb;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
  }
  .thumb img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    block-size: 100%;
    color: var(--_primary);
    font-weight: 800;
    background: color-mix(in srgb, var(--_primary) 14%, var(--_surface));
  }
  .title {
    grid-area: title;
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    font-weight: 700;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .title a::after {
    border-radius: inherit;
  }
  .item:hover .title a {
    text-decoration: underline;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .price {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .remove {
    position: relative;
    z-index: 1;
    min-block-size: 2.25em;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
    font-size: 0.9em;
    font-weight: 600;
  }
  .remove:hover {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  /* Wide: title over price, the remove button at the inline end. */
  @container wishlist (min-inline-size: 30em) {
    .item {
      grid-template-columns: 6.5em minmax(0, 1fr) auto;
      grid-template-areas:
        'thumb title remove'
        'thumb price remove';
      grid-template-rows: auto auto;
      align-content: center;
      align-items: center;
    }
    .meta {
      display: contents;
    }
    .price {
      grid-area: price;
      align-self: start;
    }
    .title {
      align-self: end;
    }
    .remove {
      grid-area: remove;
    }
  }
  .skeleton-row {
    block-size: 4.5em;
  }
`;
