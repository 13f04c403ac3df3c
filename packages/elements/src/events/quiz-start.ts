/** The attempt a learner started. */
export interface CkitQuizStartEventDetail {
  /** The quiz's id. */
  readonly quizId: number;
  /** Which attempt this is for the learner: 1 for the first. */
  readonly attempt: number;
}

/**
 * Fired by `<ckit-quiz>` when the learner gives the first answer of a new attempt.
 *
 * @example
 * ```ts
 * quiz.addEventListener('ckit-quiz-start', (event) => analytics.track('quiz_start', event.detail));
 * ```
 */
export class CkitQuizStartEvent extends Event {
  /** The attempt a learner started. */
  readonly detail: CkitQuizStartEventDetail;

  constructor(detail: CkitQuizStartEventDetail) {
    super('ckit-quiz-start', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-quiz-start': CkitQuizStartEvent;
  }
}
