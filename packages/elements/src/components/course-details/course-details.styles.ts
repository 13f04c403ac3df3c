import { css } from 'lit';

export const courseDetailsStyles = css`
  .details {
    display: grid;
    gap: calc(var(--_space) * 6);
    container: details / inline-size;
  }
  /* About the height of the details once loaded (a stacked page on a phone, two columns wide),
     so the page below does not jump when they arrive. */
  .skeleton {
    block-size: 60em;
  }
  @container details (min-inline-size: 48em) {
    .skeleton {
      block-size: 42em;
    }
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
    font-weight: 600;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: var(--_space);
    color: var(--_muted);
  }
  .breadcrumb a {
    color: var(--_primary);
  }
  .top {
    display: grid;
    gap: calc(var(--_space) * 6);
  }
  @container details (min-inline-size: 48em) {
    .top {
      grid-template-columns: 3fr 2fr;
      align-items: start;
    }
  }
  .intro {
    display: grid;
    gap: calc(var(--_space) * 3);
    justify-items: start;
  }
  .title {
    font-size: 2em;
    font-weight: 800;
    line-height: 1.15;
  }
  .lede {
    margin: 0;
    font-size: 1.15em;
  }
  .facts,
  .tags,
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rating {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .rating strong {
    color: var(--_rating);
  }
  .tags {
    gap: var(--_space);
  }
  .media {
    overflow: hidden;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .media img,
  .media video,
  .placeholder {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    font-size: 4em;
    font-weight: 800;
    color: var(--_muted);
  }
  .block {
    display: grid;
    gap: calc(var(--_space) * 3);
    justify-items: start;
  }
  .subheading {
    font-size: 1.3em;
    font-weight: 700;
  }
  .description {
    max-inline-size: 70ch;
  }
  .clamped {
    max-block-size: 12em;
    overflow: hidden;
    mask-image: linear-gradient(#000 60%, transparent);
  }
  .person {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .avatar {
    display: grid;
    place-items: center;
    inline-size: 3.5em;
    block-size: 3.5em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .person a {
    color: var(--_primary);
  }
`;
