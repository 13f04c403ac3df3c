import { css } from 'lit';

/** `<ckit-checkout>`'s styles. */
export const checkoutStyles = css`
  :host {
    display: block;
  }
  .checkout {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 5);
    max-inline-size: var(--ckit-checkout-width, 40rem);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .steps li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .steps .number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border: 1px solid var(--_border);
    border-radius: 50%;
  }
  .steps [aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
  }
  .steps [aria-current='step'] .number {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
  }
  .step-heading {
    margin: 0;
    font-size: 1.4em;
  }
  .step-heading:focus:not(:focus-visible) {
    outline: none;
  }
  p {
    margin: 0;
  }
  .lines,
  .enrolled {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line {
    display: grid;
    grid-template-columns: 4rem 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .line img,
  .line .placeholder {
    inline-size: 4rem;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
    display: grid;
    place-items: center;
    font-weight: 700;
  }
  .info {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .title {
    font-weight: 600;
  }
  .notice,
  .discount {
    font-size: 0.85em;
  }
  .line.owned,
  .line.unavailable {
    opacity: 0.75;
  }
  .price {
    font-weight: 600;
    white-space: nowrap;
    text-align: end;
  }
  .totals {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .totals div {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  .totals dd {
    margin: 0;
  }
  .totals .total {
    font-size: 1.15em;
    font-weight: 700;
  }
  .discount {
    color: var(--_success);
  }
  .coupon {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .coupon.applied {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  .coupon-row {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  .coupon-row input {
    flex: 1;
  }
  .field-error,
  .message.error {
    color: var(--_danger);
  }
  .field-error:empty {
    display: none;
  }
  .message {
    padding: calc(var(--_space) * 3);
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) * 0.8);
  }
  .gateway {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .card-field {
    max-inline-size: 22rem;
  }
  .card-field label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.85em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 3);
  }
  .enrolled li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  .empty,
  .skeleton-block {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 3);
  }
  .skeleton.bar {
    inline-size: 100%;
    block-size: 1.2em;
  }
`;
