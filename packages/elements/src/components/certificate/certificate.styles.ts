import { css } from 'lit';

export const certificateStyles = css`
  .certificate {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .sheet {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 5);
  }
  .heading {
    flex: 1 1 16rem;
  }
  .heading p,
  .title {
    margin: 0 0 var(--_space);
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
  }
  .course {
    font-size: 1.4em;
    font-weight: 600;
  }
  .qr-figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    max-inline-size: 16rem;
    overflow-wrap: anywhere;
    text-align: center;
  }
  .qr {
    inline-size: var(--ckit-certificate-qr-size, 9rem);
    block-size: var(--ckit-certificate-qr-size, 9rem);
  }
  .qr-light {
    fill: #fff;
  }
  .qr-dark {
    fill: #000;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .note {
    flex-basis: 100%;
    margin: 0;
  }
  .card-skeleton {
    block-size: 14rem;
  }
`;
