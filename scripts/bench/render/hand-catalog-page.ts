/**
 * Browser side of the catalog bench's floor (`/hand-catalog.html`): one fetch of the same page
 * of 24 courses and the hand-written lit-html cards.
 *
 * @module
 */
import { renderHandCards } from './hand-card.js';
import { whenPainted } from './probe.js';

whenPainted(() => document.querySelectorAll('.hand-card').length >= 24);

const response = await fetch('/api/v1/courses?page=1&per_page=24&include=category%2Cinstructors%2Cmedia%2Ctags');
const { data } = await response.json();
const list = document.createElement('ul');
document.body.append(list);
renderHandCards(list, data);
