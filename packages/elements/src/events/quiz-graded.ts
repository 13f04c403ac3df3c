import type { QuizAttempt } from '@coursekit/sdk';

/** The server's grade of an attempt. */
export interface CkitQuizGradedEventDetail {
  /** The graded attempt as the server returned it: `score` in percent, `results` only when the server reveals them. */
  readonly attempt: QuizAttempt;
  /** The score, 0–100. */
  readonly score: number;
  /** Whether the score reaches the quiz's `pass-percent`. */
  readonly passed: boolean;
}

/**
 * Fired by `<ckit-quiz>` when the server graded a submitted attempt.
 *
 * @example
 * ```ts
 * quiz.addEventListener('ckit-quiz-graded', (event) => { if (event.detail.passed) unlockNextSection(); });
 * ```
 */
export class CkitQuizGradedEvent extends Event {
  /** The server's grade of an attempt. */
  readonly detail: CkitQuizGradedEventDetail;

  constructor(detail: CkitQuizGradedEventDetail) {
    super('ckit-quiz-graded', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-quiz-graded': CkitQuizGradedEvent;
  }
}
