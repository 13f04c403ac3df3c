/**
 * The markup the playground shows and copies for its preview: the provider, the element with
 * the attributes set in the form, and the theme tokens as its inline `style`. Shared by the page's
 * script and the Node tests, so what is copied is what the tests check. Pure string code: no DOM.
 *
 * @module
 */

/** The preview's state: an element, its attributes and the token values set. */
export interface PreviewState {
  readonly tag: string;
  /** Attribute → value; `''` is a boolean attribute that is present. */
  readonly attributes: Readonly<Record<string, string>>;
  /** `--ckit-*` token → value, only the ones set. */
  readonly tokens: Readonly<Record<string, string>>;
}

/** The provider the preview runs in: the in-browser reference backend. */
export const PREVIEW_BASE_URL = 'mock:';

/** What a provider shows in the playground when the provider itself is the element being tried. */
export const PROVIDER_CONTENT = '<ckit-course-card course-slug="modern-javascript-from-scratch" heading-level="3"></ckit-course-card>';

/** Escapes an attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A `style` value of the tokens set: `--ckit-color-primary: #b00020; --ckit-radius: 0`. */
export function styleOf(tokens: Readonly<Record<string, string>>): string {
  return Object.entries(tokens)
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `${name}: ${value.trim()}`)
    .join('; ');
}

/** Opening tags longer than this put each attribute on a line of its own. */
const MAX_LINE = 80;

/** The opening tag of the element with its attributes (and `style` for the tokens), indented by `indent`. */
export function openingTag(state: PreviewState, indent = ''): string {
  const parts = Object.entries(state.attributes).map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
  const style = styleOf(state.tokens);
  if (style) parts.push(`style="${escapeAttribute(style)}"`);
  const oneLine = `<${state.tag}${parts.map((part) => ` ${part}`).join('')}>`;
  if (indent.length + oneLine.length <= MAX_LINE) return oneLine;
  return `<${state.tag}${parts.map((part) => `\n${indent}  ${part}`).join('')}\n${indent}>`;
}

/** The exact HTML of the preview, provider included. */
export function previewMarkup(state: PreviewState): string {
  if (state.tag === 'ckit-provider') return `${openingTag(state)}\n  ${PROVIDER_CONTENT}\n</ckit-provider>`;
  return `<ckit-provider base-url="${PREVIEW_BASE_URL}">\n  ${openingTag(state, '  ')}</${state.tag}>\n</ckit-provider>`;
}
