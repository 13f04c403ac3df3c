import { CkitCurriculumPlayer } from './curriculum-player.component.js';

export { CkitCurriculumPlayer };

CkitCurriculumPlayer.define('ckit-curriculum-player');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-curriculum-player': CkitCurriculumPlayer;
  }
}
