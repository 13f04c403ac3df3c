import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssText } from './drop-in-build.js';

test('CSS text loses comments and the spaces that mean nothing, and keeps those that do', () => {
  assert.equal(
    minifyCssText(`
      /* the card */
      :host {
        display: block;
        margin: 0 auto !important;
      }
      a :hover, ul > li:not(.x) {
        grid-template-areas: "a  b";
        width: calc(100% - 2em);
      }
      @media (min-width: 600px) {
        .grid { --gap: 1em; }
      }`),
    ' :host{display:block;margin:0 auto !important}a :hover,ul>li:not(.x){grid-template-areas:"a  b";width:calc(100% - 2em)}@media (min-width:600px){.grid{--gap:1em}}',
  );
  // A template's expressions are kept as written, with the spaces that separate them from selectors.
  assert.equal(minifyCssText('${unsafeCSS(x)} .a { color: ${y}; }'), '${unsafeCSS(x)} .a{color:${y}}');
});
