/**
 * Browser side of the catalog bench's floor (`/hand-catalog.html`): one fetch of the page of 24
 * courses the catalog asks for (same URL, so the same body), and the hand-written lit-html cards
 * in the catalog's own results grid (its style sheets, its `ul.results > li` markup), so the cards
 * are as wide as the catalog's and the same cover images are in view and load.
 *
 * @module
 */
import { themeStyles } from '../../../packages/elements/src/styles/theme.js';
import { sharedStyles } from '../../../packages/elements/src/styles/shared.js';
import { courseCatalogStyles } from '../../../packages/elements/src/components/course-catalog/course-catalog.styles.js';
import { renderHandCard } from './hand-card.js';
import { whenPainted } from './probe.js';

/** What `<ckit-course-catalog per-page="24">` requests first (`toListParams` of page 1, as the SDK writes it). */
export const CATALOG_REQUEST = '/api/v1/courses?include=instructors%2Cmedia&page=1&per_page=24';

const host = document.createElement('div');
const root = host.attachShadow({ mode: 'open' });
root.adoptedStyleSheets = [themeStyles, sharedStyles, courseCatalogStyles].map((style) => style.styleSheet!);
document.body.append(host);

whenPainted(() => root.querySelectorAll('.hand-card').length >= 24);

const response = await fetch(CATALOG_REQUEST);
const { data } = await response.json();
const catalog = document.createElement('div');
catalog.className = 'ckit-root theme-light catalog';
const list = document.createElement('ul');
list.className = 'results';
for (const course of data) {
  const item = document.createElement('li');
  const card = document.createElement('div');
  item.append(card);
  list.append(item);
  renderHandCard(card, course);
}
catalog.append(list);
root.append(catalog);
