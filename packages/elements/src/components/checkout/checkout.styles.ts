import { css } from 'lit';

/**
 * `<ckit-checkout>`'s styles. `:host`'s display (the theme), buttons, the failure message and
 * notices (`.notice`), the empty state (`.state.panel`), skeletons and visually hidden text come
 * from the shared styles.
 */
export const checkoutStyles = css`
  p {
    margin: 0;
  }
  /* Layout: columns and rows, then each one's gap. */
  .checkout,
  .step,
  .lines,
  .enrolled,
  .info,
  .totals,
  .coupon,
  .gateway,
  .skeleton-block {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .steps,
  .steps li,
  .actions,
  .coupon-row,
  .totals div,
  .enrolled li {
    display: flex;
    gap: calc(var(--_space) * 3);
  }
  .steps,
  .actions,
  .coupon.applied,
  .enrolled li {
    flex-wrap: wrap;
  }
  .steps li,
  .coupon.applied,
  .enrolled li {
    align-items: center;
  }
  .totals div,
  .coupon.applied,
  .enrolled li {
    justify-content: space-between;
  }
  .checkout {
    gap: calc(var(--_space) * 5);
    max-inline-size: var(--ckit-checkout-width, 40rem);
  }
  .step,
  .steps {
    gap: calc(var(--_space) * 4);
  }
  .steps li,
  .coupon-row,
  .gateway {
    gap: calc(var(--_space) * 2);
  }
  .info {
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .totals,
  .coupon {
    gap: calc(var(--_space) * 1.5);
  }
  .steps,
  .lines,
  .enrolled,
  .totals {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The steps. */
  .steps {
    font-size: 0.9em;
    color: var(--_muted);
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
  .step-heading {
    margin: 0;
    font-size: 1.4em;
  }
  /* The summary. */
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
  }
  .line:not(.buyable) {
    opacity: 0.75;
  }
  .title,
  .price,
  .card-field label {
    font-weight: 600;
  }
  .price {
    white-space: nowrap;
    text-align: end;
  }
  .discount,
  .hint {
    font-size: 0.85em;
  }
  .discount {
    color: var(--_success);
  }
  .totals {
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .totals dd {
    margin: 0;
  }
  .totals .total {
    font-size: 1.15em;
    font-weight: 700;
  }
  /* The coupon, the gateway and the buttons. */
  .coupon.applied {
    flex-direction: row;
  }
  .coupon-row input {
    flex: 1;
  }
  .field-error {
    color: var(--_danger);
  }
  .field-error:empty {
    display: none;
  }
  .card-field {
    max-inline-size: 22rem;
  }
  .actions {
    justify-content: flex-end;
  }
  .skeleton.bar {
    inline-size: 100%;
    block-size: 1.2em;
  }
`;
