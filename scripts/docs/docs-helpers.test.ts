/**
 * The docs builder's small parts: escaping, the manifest reader, event details, playground
 * controls, theme tokens and the playground's markup. Run with `npm run test:node -- docs/docs-helpers`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlFor, literalUnionsIn, themeTokensIn } from './controls.js';
import { eventDetailsOf } from './event-details.js';
import { html, inlineMarkdown } from './html.js';
import { elementDoc } from './manifest.js';
import { attributesInMarkup } from './playground-data.js';
import { previewMarkup } from './playground-markup.js';

describe('docs helpers', () => {
  it('escapes interpolated text and manifest Markdown, keeping only code spans and bold', () => {
    const evil = '<img src=x onerror="alert(1)">';
    assert.equal(html`<td>${evil}</td>`.value, '<td>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</td>');
    assert.equal(html`<p>${html`<b>${'a&b'}</b>`}${['x', null, false, 1]}</p>`.value, '<p><b>a&amp;b</b>x1</p>');
    assert.equal(inlineMarkdown('Use `<ckit-cart>` and **not**\n  <script>').value, 'Use <code>&lt;ckit-cart&gt;</code> and <strong>not</strong> &lt;script&gt;');
    assert.equal(inlineMarkdown('**Take `base-url` from settings**, once').value, '<strong>Take <code>base-url</code> from settings</strong>, once');
  });

  it('reads an element: public members only, the own declaration before the inherited one', () => {
    const doc = elementDoc(
      {
        name: 'CkitDemo',
        tagName: 'ckit-demo',
        customElement: true,
        summary: 'A demo.',
        attributes: [
          { name: 'theme', fieldName: 'theme', type: { text: 'Theme | undefined' }, inheritedFrom: { name: 'CoursekitElement' } },
          { name: 'theme', fieldName: 'theme', type: { text: "'light' | 'dark'" } },
        ],
        members: [
          { kind: 'field', name: 'course', type: { text: 'Course | undefined' }, description: 'A course.' },
          { kind: 'field', name: 'cart', readonly: true, type: { text: 'object' }, default: '{\n add: async (id: number) => (await this.cart.open()).add(id),\n }' },
          { kind: 'field', name: 'ids', type: { text: 'number[]' }, default: '[]' },
          { kind: 'field', name: 'store', privacy: 'protected' },
          { kind: 'field', name: '#shown', privacy: 'private' },
          { kind: 'field', name: 'styles', static: true },
          { kind: 'field', name: 'theme', attribute: 'theme' },
          { kind: 'method', name: 'show', parameters: [{ name: 'focus', optional: true, type: { text: 'boolean' } }], return: { type: { text: 'void' } } },
        ],
        slots: [{ name: '', description: 'Content.' }],
      },
      'demo.ts',
    );
    assert.deepEqual(doc.attributes.map((attribute) => [attribute.name, attribute.type, attribute.inheritedFrom]), [['theme', "'light' | 'dark'", undefined]]);
    assert.deepEqual(
      doc.properties.map((property) => [property.name, property.default]),
      [['course', undefined], ['cart', undefined], ['ids', '[]']],
      'initializer code is no default to show',
    );
    assert.deepEqual(doc.methods.map((method) => method.signature), ['show(focus?: boolean): void']);
    assert.deepEqual(doc.slots, [{ name: '', description: 'Content.' }]);
  });

  it("reads each event class's detail: its interface inline, cancelable or not, or no detail", () => {
    const details = eventDetailsOf(`
      export interface CkitPingEventDetail {
        /** Which. */
        readonly id: number;
        readonly note?: string | undefined;
      }
      export class CkitPingEvent extends Event {
        readonly detail: CkitPingEventDetail;
        constructor(detail: CkitPingEventDetail) {
          super('ckit-ping', { bubbles: true, composed: true, cancelable: true });
          this.detail = detail;
        }
      }
      export class CkitGoneEvent extends Event {
        constructor() { super('ckit-gone', { bubbles: true, composed: true }); }
      }
      class Helper {}
    `);
    assert.deepEqual(Object.fromEntries(details), {
      CkitPingEvent: { typeName: 'CkitPingEventDetail', shape: '{ id: number; note?: string | undefined }', cancelable: true },
      CkitGoneEvent: { shape: 'none', cancelable: false },
    });
  });

  it('picks a control from the attribute type, resolving named unions', () => {
    const unions = literalUnionsIn(["export type Theme = 'light' | 'dark';\ntype Mode = 'login' | 'register';\ntype Other = string;"]);
    assert.deepEqual([...unions.keys()], ['Theme', 'Mode']);
    assert.deepEqual(controlFor('boolean'), { kind: 'boolean' });
    assert.deepEqual(controlFor('number | undefined'), { kind: 'number' });
    assert.deepEqual(controlFor('string | undefined'), { kind: 'text' });
    assert.deepEqual(controlFor("'grid' | 'list'"), { kind: 'enum', options: ['grid', 'list'] });
    assert.deepEqual(controlFor('Theme | undefined', unions), { kind: 'enum', options: ['light', 'dark'] });
    assert.deepEqual(controlFor("CourseLevel | ''", unions), { kind: 'text' }, 'an unknown name is free text');
    assert.deepEqual(controlFor('number[] | undefined'), { kind: 'text' });
  });

  it("reads the light theme's token defaults, nested parentheses included", () => {
    const source = `
      const DARK = \`--_primary: var(--ckit-color-primary, #a5b4fc);\`;
      export const themeStyles = css\`
        .ckit-root {
          --_primary: var(--ckit-color-primary, #4338ca);
          --_shadow: var(--ckit-shadow, 0 1px 2px rgb(0 0 0 / 0.06));
        }
      \`;`;
    assert.deepEqual(themeTokensIn(source), [
      { name: '--ckit-color-primary', description: '', default: '#4338ca' },
      { name: '--ckit-shadow', description: '', default: '0 1px 2px rgb(0 0 0 / 0.06)' },
    ]);
  });

  it('builds the playground markup with escaped values and the tokens as style', () => {
    assert.deepEqual(attributesInMarkup('<ckit-cart-button checkout-href="/c?a=1&amp;b=2"></ckit-cart-button>\n<ckit-course-card course-slug="x" add-to-cart>', 'ckit-course-card'), {
      'course-slug': 'x',
      'add-to-cart': '',
    });
    const markup = previewMarkup({ tag: 'ckit-course-card', attributes: { 'course-slug': 'a"><script>', 'no-wishlist': '' }, tokens: {} });
    assert.equal(markup, '<ckit-provider base-url="mock:">\n  <ckit-course-card course-slug="a&quot;&gt;&lt;script&gt;" no-wishlist></ckit-course-card>\n</ckit-provider>');
    // Too long for a line: one attribute per line.
    const long = previewMarkup({ tag: 'ckit-course-card', attributes: { 'course-slug': 'modern-javascript-from-scratch', layout: 'horizontal' }, tokens: { '--ckit-radius': '0' } });
    assert.equal(
      long,
      '<ckit-provider base-url="mock:">\n  <ckit-course-card\n    course-slug="modern-javascript-from-scratch"\n    layout="horizontal"\n    style="--ckit-radius: 0"\n  ></ckit-course-card>\n</ckit-provider>',
    );
    assert.match(previewMarkup({ tag: 'ckit-provider', attributes: { 'base-url': 'mock:', locale: 'fr' }, tokens: {} }), /^<ckit-provider base-url="mock:" locale="fr">\n {2}<ckit-course-card /);
  });
});
