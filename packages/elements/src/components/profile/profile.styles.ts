import { css } from 'lit';

export const profileStyles = css`
  .ckit-root,
  form,
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 3);
    color: var(--_text);
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend,
  label,
  .title {
    font-weight: 600;
  }
  .title {
    font-size: 1.25em;
  }
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: var(--_space);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
  }
  img,
  .initial {
    inline-size: 5em;
    block-size: 5em;
    border-radius: 50%;
    object-fit: cover;
  }
  .initial {
    display: grid;
    place-items: center;
    background: var(--_surface-alt);
    font-size: 2em;
    inline-size: 2.5em;
    block-size: 2.5em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-weight: 400;
  }
  .check input {
    inline-size: auto;
    min-block-size: auto;
  }
  .btn {
    justify-self: start;
  }
`;
