import { css } from 'lit';

export const wishlistStyles = css`
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list:focus {
    outline: none;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: 5.5em 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .thumb {
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
  .info {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
  }
  .title {
    overflow: hidden;
    font-weight: 700;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .price {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .remove {
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 3);
    min-block-size: 2.25em;
    font-weight: 600;
  }
  .skeleton-row {
    block-size: 4.5em;
  }
`;
