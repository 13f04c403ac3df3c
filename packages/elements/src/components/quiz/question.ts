import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { QuizQuestion, QuizResponseValue } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';

/** Whether `value` answers a question: an empty text or no checked box does not. */
export const isAnswered = (value: QuizResponseValue | undefined): boolean => (Array.isArray(value) ? value.length > 0 : typeof value === 'boolean' || !!value?.trim());

/** A learner's answer in words, for the review. */
export const answerText = (i18n: Localizer, value: QuizResponseValue | undefined): string =>
  typeof value === 'boolean' ? i18n.t(value ? 'quizTrue' : 'quizFalse') : Array.isArray(value) ? value.join(', ') : (value ?? '');

/**
 * One question as a form control: a radio group (`single`, `true_false`), a checkbox group
 * (`multiple`) or a text field (`short_answer`), in a fieldset named by the question.
 */
export function questionField(
  i18n: Localizer,
  question: QuizQuestion,
  number: number,
  value: QuizResponseValue | undefined,
  onAnswer: (value: QuizResponseValue) => void,
): unknown {
  const name = `q${question.id}`;
  let fieldset: HTMLFieldSetElement | undefined;
  const boxes = () => [...(fieldset?.querySelectorAll('input') ?? [])];
  const choice = (label: string, checked: boolean, type: 'radio' | 'checkbox', pick: () => void) =>
    html`<label part="option" class="option"
      ><input
        type=${type}
        name=${name}
        .checked=${live(checked)}
        @change=${(event: Event) => {
          fieldset = (event.target as HTMLElement).closest('fieldset')!;
          pick();
        }}
      /><span>${label}</span></label
    >`;
  const picked = Array.isArray(value) ? value : [];
  const options = question.options ?? [];
  const controls =
    question.type === 'short_answer'
      ? html`<input part="text-input" class="control" type="text" aria-label=${i18n.t('quizAnswerLabel')} .value=${live(typeof value === 'string' ? value : '')} @input=${(event: Event) => onAnswer((event.target as HTMLInputElement).value)} />`
      : question.type === 'true_false'
        ? [true, false].map((option) => choice(i18n.t(option ? 'quizTrue' : 'quizFalse'), value === option, 'radio', () => onAnswer(option)))
        : question.type === 'single'
          ? options.map((option) => choice(option, value === option, 'radio', () => onAnswer(option)))
          : options.map((option) =>
              // The boxes themselves say what is picked: two clicks before a render must both count.
              choice(option, picked.includes(option), 'checkbox', () => onAnswer(options.filter((_, index) => boxes()[index]?.checked))),
            );
  // New elements for each question: a reused checked box turned radio would uncheck the new answer.
  return keyed(
    question.id,
    html`<fieldset part="question" class="question">
      <legend class="legend" tabindex="-1"><span class="number">${i18n.number(number)}.</span> ${question.question}</legend>
      <div class="options">${controls}</div>
    </fieldset>`,
  );
}
