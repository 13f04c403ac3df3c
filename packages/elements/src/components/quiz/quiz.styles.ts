import { css } from 'lit';

export const quizStyles = css`
  .quiz {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    max-inline-size: var(--ckit-quiz-max-width, 48rem);
  }
  .title,
  .review-title,
  .result-title {
    margin: 0;
  }
  .history {
    margin: 0;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .bar {
    display: block;
    block-size: 0.4em;
    border-radius: 1em;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .questions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
  }
  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_primary);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    justify-content: flex-end;
  }
  .review,
  .result {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .review-list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .review-item {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: baseline;
  }
  .review-question {
    flex: 1 1 100%;
  }
  .review-answer,
  .correct {
    font-weight: 600;
  }
  .unanswered,
  .incorrect {
    color: var(--_danger);
    font-weight: 600;
  }
  .verdict {
    margin: 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
