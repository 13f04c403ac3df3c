import { css } from 'lit';

export const profileStyles = css`
  .ckit-root,
  form,
  fieldset,
  .field {
    display: grid;
    gap: calc(var(--_space) * 3);
    color: var(--_text);
  }
  .field {
    gap: var(--_space);
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend,
  label {
    font-weight: 600;
  }
  h2,
  p {
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
  }
  img {
    inline-size: 5em;
    block-size: 5em;
    border-radius: 50%;
    object-fit: cover;
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 2);
    font-weight: 400;
  }
  .check input {
    inline-size: auto;
  }
  .btn {
    justify-self: start;
  }
`;
