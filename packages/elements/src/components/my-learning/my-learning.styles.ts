import { css } from 'lit';

export const myLearningStyles = css`
  .learning {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .filter:has(:checked) {
    border-color: var(--_primary);
    font-weight: 600;
  }
  .filter input {
    inline-size: auto;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_primary);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: flex-start;
    /* The title, progress and buttons keep off the panel's border, as in the order history. */
    padding: calc(var(--_space) * 2);
  }
  .item [part='image'] {
    flex: 0 0 7rem;
    inline-size: 7rem;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.6);
  }
  .item .placeholder {
    display: grid;
    place-items: center;
    background: var(--_surface-alt);
    font-size: 1.5em;
    font-weight: 700;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .refunded,
  .cancelled {
    border-style: dashed;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
  }
  progress {
    flex: 1;
    max-inline-size: 16rem;
    block-size: 0.5em;
    accent-color: var(--_primary);
  }
  .muted {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* About the filters and three courses: what follows moves little when the list arrives. */
  .list-skeleton {
    block-size: 25rem;
  }
`;
