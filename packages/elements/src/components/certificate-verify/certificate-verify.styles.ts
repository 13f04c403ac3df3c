import { css } from 'lit';

export const certificateVerifyStyles = css`
  .verify {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    max-inline-size: var(--ckit-certificate-verify-max-width, 40rem);
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  input {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .result {
    border-inline-start: 0.3em solid var(--_border);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
  }
  .valid {
    border-inline-start-color: var(--_success);
  }
  .invalid,
  .unknown {
    border-inline-start-color: var(--_danger);
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
`;
