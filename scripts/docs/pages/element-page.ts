/**
 * One page per custom element: summary and description, a live example against the in-browser
 * reference backend with its markup, then one compact table per kind of API (attributes,
 * properties, methods, events with their `detail`, slots, parts, CSS custom properties). Only
 * what the element declares gets a section; rows are never headings.
 *
 * @module
 */
import type { EventDetail } from '../event-details.js';
import { html, inlineMarkdown, trusted, type Html } from '../html.js';
import { DEMO_LEARNER, exampleSnippet, type LiveExample } from '../live-examples.js';
import type { ElementDoc } from '../manifest.js';

/** A table of one kind of API, in a region that scrolls sideways on a narrow screen. */
export function apiTable(id: string, title: string, headers: readonly string[], rows: readonly (readonly Html[])[], intro?: Html): Html {
  return html`
        <section aria-labelledby="${id}">
          <h2 id="${id}">${title}</h2>
          ${intro ?? ''}
          <div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
            <table class="api-table">
              <thead>
                <tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr>
              </thead>
              <tbody>
                ${rows.map(
                  (cells) =>
                    html`<tr>${cells.map((cell, index) =>
                      // data-label: phones show each row as a card, every value under its column's name.
                      index === 0 ? html`<th scope="row">${cell}</th>` : html`<td data-label="${headers[index] ?? ''}">${cell}</td>`,
                    )}</tr>\n                `,
                )}
              </tbody>
            </table>
          </div>
        </section>`;
}

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : html`<span class="none">—</span>`);
const inherited = (from: string | undefined) => (from ? html` <span class="badge">from ${from}</span>` : '');

/** The `detail` cell of an event: its fields inline, and whether it can be canceled. */
function detailCell(detail: EventDetail | undefined): Html {
  if (!detail) return html`<span class="none">see description</span>`;
  if (detail.shape === 'none') return html`<span class="none">no detail</span>`;
  return html`<code>${detail.shape}</code>${detail.typeName ? html`<br /><span class="type-name">${detail.typeName}</span>` : ''}`;
}

/** The live example section, with the demo learner's sign-in button when the example needs it. */
function liveExample(element: ElementDoc, example: LiveExample): Html {
  const signIn =
    example.learner === 'none'
      ? ''
      : html`
          <div class="learner">
            <button type="button" class="button" data-sign-in data-email="${DEMO_LEARNER.email}" data-password="${DEMO_LEARNER.password}">Sign in as the demo learner</button>
            <p class="learner-status" data-sign-in-status role="status">${
              example.learner === 'required' ? 'Signed out: the element shows its signed-out state.' : 'Signed out.'
            }</p>
          </div>`;
  const live = example.isProvider ? example.markup : `<ckit-provider base-url="mock:">\n${example.markup}\n</ckit-provider>`;
  return html`
        <section aria-labelledby="example">
          <h2 id="example">Live example</h2>
          <p>
            Running in this page against the reference backend (a service worker with the seed's demo school;
            changes stay in this browser).
            ${example.note ? inlineMarkdown(example.note) : ''}
          </p>
          ${signIn}
          <div class="example${example.narrow ? ' example-narrow' : ''}" data-live-example="${element.tag}">
${trusted(live)}
          </div>
          <pre class="snippet" tabindex="0"><code>${exampleSnippet(example)}</code></pre>
          <p class="example-links"><a href="../playground.html?tag=${element.tag}">Open <code>&lt;${element.tag}&gt;</code> in the playground</a></p>
        </section>`;
}

/** The page of one element. */
export function elementPage(element: ElementDoc, example: LiveExample, eventDetails: ReadonlyMap<string, EventDetail>): Html {
  const sections: Html[] = [];
  if (element.attributes.length)
    sections.push(
      apiTable(
        'attributes',
        'Attributes',
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        element.attributes.map((attribute) => [
          html`<code>${attribute.name}</code>`,
          code(attribute.property),
          code(attribute.type),
          code(attribute.default),
          html`${inlineMarkdown(attribute.description)}${inherited(attribute.inheritedFrom)}`,
        ]),
        html`<p>Each attribute also has its property (set it from JavaScript, or through your framework's binding).</p>`,
      ),
    );
  if (element.properties.length)
    sections.push(
      apiTable(
        'properties',
        'Properties',
        ['Property', 'Type', 'Default', 'Description'],
        element.properties.map((property) => [
          html`<code>${property.name}</code>${property.readonly ? html` <span class="badge">read-only</span>` : ''}`,
          code(property.type),
          code(property.default),
          html`${inlineMarkdown(property.description)}${inherited(property.inheritedFrom)}`,
        ]),
        html`<p>Properties without an attribute: objects and state you set or read from JavaScript.</p>`,
      ),
    );
  if (element.methods.length)
    sections.push(
      apiTable(
        'methods',
        'Methods',
        ['Method', 'Description'],
        element.methods.map((method) => [html`<code>${method.signature}</code>`, html`${inlineMarkdown(method.description)}${inherited(method.inheritedFrom)}`]),
      ),
    );
  if (element.events.length)
    sections.push(
      apiTable(
        'events',
        'Events',
        ['Event', 'detail', 'Description'],
        element.events.map((event) => {
          const detail = event.eventClass ? eventDetails.get(event.eventClass) : undefined;
          return [
            html`<code>${event.name}</code>${event.eventClass ? html`<br /><span class="type-name">${event.eventClass}</span>` : ''}${
              detail?.cancelable ? html` <span class="badge">cancelable</span>` : ''
            }`,
            detailCell(detail),
            inlineMarkdown(event.description),
          ];
        }),
        html`<p>Every event bubbles and crosses shadow roots (<code>composed</code>); listen on the element or any ancestor.</p>`,
      ),
    );
  if (element.slots.length)
    sections.push(
      apiTable(
        'slots',
        'Slots',
        ['Slot', 'Description'],
        element.slots.map((slot) => [slot.name ? html`<code>${slot.name}</code>` : html`<span class="none">(default)</span>`, inlineMarkdown(slot.description)]),
      ),
    );
  if (element.parts.length)
    sections.push(
      apiTable(
        'parts',
        'CSS parts',
        ['Part', 'Description'],
        element.parts.map((part) => [html`<code>${part.name}</code>`, inlineMarkdown(part.description)]),
        html`<p>Style them from your stylesheet with <code>${element.tag}::part(name)</code>.</p>`,
      ),
    );
  if (element.cssProperties.length)
    sections.push(
      apiTable(
        'css-properties',
        'CSS custom properties',
        ['Property', 'Default', 'Description'],
        element.cssProperties.map((property) => [html`<code>${property.name}</code>`, code(property.default), inlineMarkdown(property.description)]),
        html`<p>Besides the global <code>--ckit-*</code> theme tokens (colours, font, radius, spacing) every element reads; see <a href="../guides/script-tag.html#theming">theming</a>.</p>`,
      ),
    );
  const contents = [
    ['example', 'Live example'],
    ...sections.map((section) => {
      const match = /<h2 id="([^"]+)">([^<]+)<\/h2>/.exec(section.value)!;
      return [match[1]!, match[2]!];
    }),
  ];
  return html`
        <p class="eyebrow"><a href="index.html">Elements</a></p>
        <h1><code>&lt;${element.tag}&gt;</code></h1>
        <p class="lede">${inlineMarkdown(element.summary || element.description)}</p>
        ${element.summary && element.description ? html`<p>${inlineMarkdown(element.description)}</p>` : ''}
        <nav class="toc" aria-label="On this page">
          <ul>${contents.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul>
        </nav>
        ${liveExample(element, example)}
        ${sections}`;
}
