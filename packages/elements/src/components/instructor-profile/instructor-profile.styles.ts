import { css } from 'lit';

export const instructorProfileStyles = css`
  .profile {
    display: grid;
    gap: calc(var(--_space) * 5);
  }
  .skeleton {
    block-size: 8em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 4);
  }
  .avatar {
    display: grid;
    place-items: center;
    inline-size: 6em;
    block-size: 6em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
    font-weight: 800;
  }
  /* The initials of an instructor without a photo: a larger font, the same 6em circle. */
  span.avatar {
    font-size: 2em;
    inline-size: 3em;
    block-size: 3em;
  }
  .who {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .who p {
    margin: 0;
  }
  .name {
    font-size: 1.5em;
    font-weight: 800;
  }
  .headline {
    font-weight: 600;
  }
  .who a {
    color: var(--_primary);
  }
  .bio {
    max-inline-size: 70ch;
  }
  .plain {
    white-space: pre-line;
  }
  .courses {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .subheading {
    font-size: 1.2em;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards {
    block-size: 14em;
  }
`;
