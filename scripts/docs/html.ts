/**
 * A tiny HTML templating helper for the docs site builder: interpolated values are escaped unless
 * they are `Html` (the result of another `html` template or of `trusted()`), arrays are joined,
 * and `undefined`, `null` and `false` render nothing. Pages are built from strings at build time,
 * so nothing here runs in the browser.
 *
 * @module
 */

/** Markup that is already safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template accepts between its `${…}`. */
export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * Builds markup with every interpolated string escaped.
 *
 * @example
 * ```ts
 * html`<td>${description}</td>`; // `<td>a &lt;b&gt; tag</td>` for "a <b> tag"
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, index) => (out += render(value) + strings[index + 1]!));
  return new Html(out);
}

/** Marks a string that the builder produced itself (never user or manifest text) as markup. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * The inline Markdown of the manifest's descriptions as HTML: `code spans`, **bold**, and line
 * breaks folded into spaces. Everything else is escaped, so a description cannot inject markup.
 */
export function inlineMarkdown(text: string): Html {
  const parts = text.replace(/\s*\n\s*/g, ' ').split(/(`[^`]+`)/);
  const markup = parts
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
  // Bold last, so that it may span a code span (`**Take \`base-url\` from…**`).
  return new Html(markup.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>'));
}
