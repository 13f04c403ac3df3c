/**
 * The playground page's script (`assets/playground.js`): pick an element, edit its attributes
 * and theme tokens, see it live against the in-browser reference backend, copy its markup.
 * The form is generated from the manifest (`assets/playground-data.json`). Everything is built
 * with `createElement` and `setAttribute`, never from HTML strings, so what a reader types is
 * only ever an attribute value; tokens are set through the CSSOM, which a strict CSP allows.
 *
 * @module
 */
import type { Control, PlaygroundAttribute } from '../controls.js';
import type { PlaygroundData, PlaygroundElement } from '../playground-data.js';
import { PREVIEW_BASE_URL, previewMarkup, type PreviewState } from '../playground-markup.js';

const select = document.querySelector<HTMLSelectElement>('#pg-element')!;
const summary = document.querySelector<HTMLElement>('#pg-summary')!;
const attributesBox = document.querySelector<HTMLElement>('#pg-attributes')!;
const tokensBox = document.querySelector<HTMLElement>('#pg-tokens')!;
const preview = document.querySelector<HTMLElement>('#pg-preview')!;
const markupBox = document.querySelector<HTMLElement>('#pg-markup')!;
const copyButton = document.querySelector<HTMLButtonElement>('#pg-copy')!;
const copyStatus = document.querySelector<HTMLElement>('#pg-copy-status')!;
const learnerBox = document.querySelector<HTMLElement>('#pg-learner')!;
const docsLink = document.querySelector<HTMLAnchorElement>('#pg-docs-link')!;
const eventLog = document.querySelector<HTMLOListElement>('#pg-events')!;

/** How many events the log keeps. */
const LOGGED_EVENTS = 6;

/** Creates an element with attributes and children (text or nodes). */
function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A description's inline Markdown as nodes: `code spans` become `<code>`, the rest stays text. */
function describe(text: string): (Node | string)[] {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.length > 1 && part.startsWith('`') && part.endsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}

/** How long typing must pause before the preview follows. */
const TYPING_PAUSE_MS = 400;

const fieldId = (kind: string, name: string) => `pg-${kind}-${name.replace(/[^a-z0-9-]/gi, '')}`;

/** One form field for an attribute, with its description as the field's hint. */
function attributeField(attribute: PlaygroundAttribute, value: string | undefined): HTMLElement {
  const id = fieldId('attr', attribute.name);
  const hintId = `${id}-hint`;
  const hint = h('p', { id: hintId, class: 'hint' }, ...describe(attribute.description));
  const control: Control = attribute.control;
  let input: HTMLInputElement | HTMLSelectElement;
  if (control.kind === 'boolean') {
    input = h('input', { type: 'checkbox', id, 'aria-describedby': hintId }) as HTMLInputElement;
    input.checked = value !== undefined;
    input.dataset['attribute'] = attribute.name;
    return h('div', { class: 'field field-check' }, input, h('label', { for: id }, h('code', {}, attribute.name)), hint);
  }
  if (control.kind === 'enum') {
    input = h('select', { id, 'aria-describedby': hintId }) as HTMLSelectElement;
    input.append(h('option', { value: '' }, attribute.default !== undefined ? `(default: ${attribute.default})` : '(not set)'));
    for (const option of control.options) input.append(h('option', { value: option }, option));
    input.value = value ?? '';
  } else {
    input = h('input', { type: control.kind === 'number' ? 'number' : 'text', id, 'aria-describedby': hintId }) as HTMLInputElement;
    if (attribute.default !== undefined) input.placeholder = attribute.default;
    input.value = value ?? '';
  }
  input.dataset['attribute'] = attribute.name;
  return h('div', { class: 'field' }, h('label', { for: id }, h('code', {}, attribute.name)), input, hint);
}

/** One text field for a theme token, its default as the placeholder. */
function tokenField(name: string, fallback: string | undefined, description: string): HTMLElement {
  const id = fieldId('token', name);
  const input = h('input', { type: 'text', id, autocomplete: 'off', spellcheck: 'false' }) as HTMLInputElement;
  if (fallback) input.placeholder = fallback;
  input.dataset['token'] = name;
  const hint = description ? [h('p', { class: 'hint', id: `${id}-hint` }, ...describe(description))] : [];
  if (description) input.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { for: id }, h('code', {}, name)), input, ...hint);
}

/** The preview's state as the form holds it. */
function readState(tag: string): PreviewState {
  const attributes: Record<string, string> = {};
  for (const input of attributesBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const name = input.dataset['attribute']!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) attributes[name] = '';
    } else if (input.value.trim() !== '') attributes[name] = input.value.trim();
  }
  const tokens: Record<string, string> = {};
  for (const input of tokensBox.querySelectorAll<HTMLInputElement>('[data-token]')) if (input.value.trim()) tokens[input.dataset['token']!] = input.value.trim();
  return { tag, attributes, tokens };
}

/** Builds the previewed element from the state: attributes through `setAttribute`, tokens through the CSSOM. */
function renderPreview(state: PreviewState): void {
  const element = document.createElement(state.tag);
  for (const [name, value] of Object.entries(state.attributes)) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(state.tokens)) element.style.setProperty(name, value);
  if (state.tag === 'ckit-provider') {
    // The provider itself is on trial: it gets a card to provide for.
    const card = h('ckit-course-card', { 'course-slug': 'modern-javascript-from-scratch', 'heading-level': '3' });
    element.append(card);
    preview.replaceChildren(element);
  } else {
    // The playground's own provider (not one left from trying <ckit-provider> itself) keeps the session.
    const provider = preview.querySelector(':scope > ckit-provider[data-pg-host]') ?? h('ckit-provider', { 'base-url': PREVIEW_BASE_URL, 'data-pg-host': '' });
    provider.replaceChildren(element);
    if (!provider.isConnected) preview.replaceChildren(provider);
  }
  markupBox.textContent = previewMarkup(state);
  copyStatus.textContent = '';
}

/** Stops listening to the previous element's events. */
let stopLogging = () => {};

/** Logs the selected element's events as the preview dispatches them (they bubble out of it). */
function logEvents(names: readonly string[]): void {
  stopLogging();
  eventLog.replaceChildren();
  const log = (event: Event) => {
    const detail = (event as Event & { detail?: unknown }).detail;
    const fields = detail && typeof detail === 'object' ? `{ ${Object.keys(detail).join(', ')} }` : '';
    eventLog.prepend(h('li', {}, h('code', {}, event.type), fields ? ` detail: ${fields}` : ''));
    while (eventLog.children.length > LOGGED_EVENTS) eventLog.lastElementChild?.remove();
  };
  for (const name of names) preview.addEventListener(name, log);
  stopLogging = () => names.forEach((name) => preview.removeEventListener(name, log));
}

function currentElement(data: PlaygroundData): PlaygroundElement {
  return data.elements.find((element) => element.tag === select.value) ?? data.elements[0]!;
}

/** Rebuilds the form for the selected element, then the preview. */
function showElement(data: PlaygroundData): void {
  const element = currentElement(data);
  summary.replaceChildren(...describe(element.summary));
  docsLink.href = `elements/${element.tag}.html`;
  docsLink.textContent = `<${element.tag}> reference`;
  learnerBox.hidden = element.learner === 'none';
  logEvents(element.events);
  attributesBox.replaceChildren(
    h('legend', {}, 'Attributes'),
    ...element.attributes.map((attribute) => attributeField(attribute, element.initial[attribute.name])),
  );
  const own = new Set(element.cssProperties.map((property) => property.name));
  tokensBox.replaceChildren(
    h('legend', {}, 'Theme tokens'),
    ...element.cssProperties.map((property) => tokenField(property.name, property.default, property.description)),
    ...data.tokens.filter((token) => !own.has(token.name)).map((token) => tokenField(token.name, token.default, token.description)),
  );
  const url = new URL(location.href);
  url.searchParams.set('tag', element.tag);
  history.replaceState(null, '', url);
  renderPreview(readState(element.tag));
}

async function copyMarkup(): Promise<void> {
  const markup = markupBox.textContent ?? '';
  try {
    await navigator.clipboard.writeText(markup);
    copyStatus.textContent = 'Markup copied.';
  } catch {
    // No clipboard permission (an insecure origin, a denied prompt): select it for Ctrl+C instead.
    const range = document.createRange();
    range.selectNodeContents(markupBox);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Could not copy: the markup is selected, press Ctrl+C (⌘C).';
  }
}

async function main(): Promise<void> {
  const data = (await (await fetch(new URL('assets/playground-data.json', document.baseURI))).json()) as PlaygroundData;
  const wanted = new URL(location.href).searchParams.get('tag');
  if (wanted && data.elements.some((element) => element.tag === wanted)) select.value = wanted;
  select.addEventListener('change', () => showElement(data));
  // A new element on each change, so every attribute is read fresh. Typing waits for a pause, so
  // that a half-typed slug does not cost a request; checkboxes and selects apply at once.
  let typing: ReturnType<typeof setTimeout> | undefined;
  const rerender = () => {
    clearTimeout(typing);
    renderPreview(readState(select.value));
  };
  for (const box of [attributesBox, tokensBox]) {
    box.addEventListener('input', (event) => {
      const field = event.target;
      if (field instanceof HTMLInputElement && (field.type === 'text' || field.type === 'number')) {
        clearTimeout(typing);
        typing = setTimeout(rerender, TYPING_PAUSE_MS);
      } else rerender();
    });
    // Enter or leaving the field applies what was typed without waiting.
    box.addEventListener('change', rerender);
  }
  copyButton.addEventListener('click', () => void copyMarkup());
  // Enter in a field applies it (its change event) rather than reloading the page.
  document.querySelector('#pg-form')?.addEventListener('submit', (event) => event.preventDefault());
  showElement(data);
}

void main();
