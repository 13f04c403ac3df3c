import type { QuizResponseValue } from '@coursekit/sdk';

/** The answers a learner submitted. */
export interface CkitQuizSubmitEventDetail {
  /** The quiz's id. */
  readonly quizId: number;
  /** The answers by question id; unanswered questions are left out. */
  readonly responses: Readonly<Record<string, QuizResponseValue>>;
}

/**
 * Fired by `<ckit-quiz>` when the learner submits an attempt. The attempt is kept on the device
 * until the server has it (offline included); `ckit-quiz-graded` follows with the server's grade.
 *
 * @example
 * ```ts
 * quiz.addEventListener('ckit-quiz-submit', (event) => console.log(Object.keys(event.detail.responses).length, 'answers'));
 * ```
 */
export class CkitQuizSubmitEvent extends Event {
  /** The answers a learner submitted. */
  readonly detail: CkitQuizSubmitEventDetail;

  constructor(detail: CkitQuizSubmitEventDetail) {
    super('ckit-quiz-submit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-quiz-submit': CkitQuizSubmitEvent;
  }
}
