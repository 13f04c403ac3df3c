import { CkitQuiz } from './quiz.component.js';

export { CkitQuiz };

CkitQuiz.define('ckit-quiz');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-quiz': CkitQuiz;
  }
}
