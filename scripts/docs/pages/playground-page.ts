/**
 * The playground: a static form shell whose element list comes from the manifest (so it is in
 * the HTML, for readers without scripts and for the tests), filled in and driven by
 * `assets/playground.js`.
 *
 * @module
 */
import { html, type Html } from '../html.js';
import { DEMO_LEARNER } from '../live-examples.js';
import type { ElementDoc } from '../manifest.js';

/** The playground page's main content. */
export function playgroundPage(elements: readonly ElementDoc[], initialTag: string): Html {
  return html`
        <h1>Playground</h1>
        <p class="lede">
          Pick an element, set its attributes and theme tokens, and watch it render against the in-browser
          reference backend. Copy the markup when it looks right, and point <code>base-url</code> at your API.
        </p>
        <div class="field pg-picker">
          <label for="pg-element">Element</label>
          <select id="pg-element" name="tag">
            ${elements.map((element) => html`<option value="${element.tag}"${element.tag === initialTag ? ' selected' : ''}>${element.tag}</option>`)}
          </select>
          <p class="hint" id="pg-summary"></p>
          <p class="hint"><a id="pg-docs-link" href="elements/${initialTag}.html">&lt;${initialTag}&gt; reference</a></p>
        </div>
        <div class="playground">
          <!-- The preview comes first in the document, so that on a phone it is above the long form. -->
          <section class="pg-output" aria-labelledby="pg-preview-heading">
            <h2 id="pg-preview-heading">Preview</h2>
            <div class="learner" id="pg-learner" hidden>
              <button type="button" class="button" data-sign-in data-email="${DEMO_LEARNER.email}" data-password="${DEMO_LEARNER.password}">Sign in as the demo learner</button>
              <p class="learner-status" data-sign-in-status role="status">Signed out: this element shows more for a signed-in learner.</p>
            </div>
            <div class="example" id="pg-preview" data-live-example="playground"></div>
            <h2 id="pg-markup-heading">Markup</h2>
            <pre class="snippet" tabindex="0"><code id="pg-markup"></code></pre>
            <p class="copy-row">
              <button type="button" class="button" id="pg-copy">Copy markup</button>
              <span id="pg-copy-status" role="status"></span>
            </p>
            <h2 id="pg-events-heading">Events</h2>
            <p class="hint" id="pg-events-hint">The last events the preview dispatched, newest first, with the fields of their <code>detail</code>.</p>
            <ol class="event-log" id="pg-events" aria-labelledby="pg-events-heading" aria-describedby="pg-events-hint"></ol>
          </section>
          <form class="pg-form" id="pg-form" action="#" aria-label="Attributes and theme tokens">
            <fieldset id="pg-attributes"><legend>Attributes</legend></fieldset>
            <fieldset id="pg-tokens"><legend>Theme tokens</legend></fieldset>
          </form>
        </div>`;
}
