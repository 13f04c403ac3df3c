/**
 * Browser side of the player bench (`/player.html?course=1&token=…`): a provider signed in as
 * the bench learner and a curriculum player of that course, with a probe that notes when the
 * outline's lectures and the open lecture have painted (`window.paintedAt`, as on the catalog
 * page).
 *
 * The page builds its markup in this script: the provider is defined and given the learner's
 * token before the player is defined, so the player's first requests already carry it (a site
 * would render the token into the page or sign in before the elements load).
 *
 * @module
 */
import { CkitProvider } from '../../../packages/elements/src/components/provider/provider.component.js';
import { CkitCurriculumPlayer } from '../../../packages/elements/src/components/curriculum-player/curriculum-player.component.js';
import { whenPainted } from './probe.js';

const params = new URLSearchParams(location.search);
const lectures = Number(params.get('lectures') ?? 200);

const provider = document.createElement('ckit-provider') as CkitProvider;
provider.setAttribute('base-url', '/api/v1');
const player = document.createElement('ckit-curriculum-player');
player.setAttribute('course-id', params.get('course') ?? '1');
provider.append(player);
document.body.append(provider);

CkitProvider.define('ckit-provider');
provider.setToken(params.get('token'));
CkitCurriculumPlayer.define('ckit-curriculum-player');

/** The parts a painted lecture shows, whatever its type (a video still waiting for its source does not count). */
const LECTURE_BODY = '[part~="video"][src], [part~="embed-facade"], [part~="content"], [part~="file"], [part~="quiz"], [part~="complete-button"], [part~="locked"]';

whenPainted(() => {
  const root = player.shadowRoot;
  const title = root?.querySelector('#lecture-title')?.textContent?.trim();
  return root?.querySelectorAll('[part~="lecture-item"]').length === lectures && title && root.querySelector('[part~="lecture"]')?.querySelector(LECTURE_BODY);
});

Object.assign(window, {
  bench: {
    /** What the probe saw: the outline's items, the open lecture's title and the parts of its body. */
    state: () => ({
      items: player.shadowRoot?.querySelectorAll('[part~="lecture-item"]').length ?? 0,
      title: player.shadowRoot?.querySelector('#lecture-title')?.textContent?.trim() ?? '',
      parts: [...(player.shadowRoot?.querySelector('[part~="lecture"]')?.querySelectorAll('[part]') ?? [])].map((node) => node.getAttribute('part')),
    }),
  },
});
