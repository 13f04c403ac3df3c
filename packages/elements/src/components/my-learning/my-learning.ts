import { CkitMyLearning } from './my-learning.component.js';

export { CkitMyLearning };

CkitMyLearning.define('ckit-my-learning');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-my-learning': CkitMyLearning;
  }
}
