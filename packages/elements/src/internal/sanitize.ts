/**
 * Course HTML (descriptions, lecture content, review bodies) comes from instructors and
 * learners: it is sanitized and rendered as DOM nodes, never as a string for the page to parse
 * again. The sanitizer is the browser's own HTML Sanitizer API where it has one
 * (`native-sanitizer.ts`: `Element.setHTML()`, which needs no Trusted Types policy), else
 * DOMPurify (`purify.ts`), with the same allow-list (`html-allowlist.ts`).
 *
 * Trusted Types, for DOMPurify: a page with `require-trusted-types-for 'script'` lets HTML reach
 * a parser only as TrustedHTML from a policy its `trusted-types` directive names. `purify.ts`
 * creates one, `coursekit`, and gives it to DOMPurify, which then does not create its own
 * `dompurify` policy; Lit creates `lit-html` for its templates. A site's directive lists both:
 * `trusted-types coursekit lit-html`. Without Trusted Types, plain strings are used.
 *
 * The sanitizer is loaded on first use (DOMPurify is a third of the drop-in bundle and most pages
 * never render course HTML). Until it arrives, and for good where the page refuses the
 * `coursekit` policy DOMPurify needs, the text of the HTML is shown, read without any HTML parser.
 *
 * @module
 */
import { guard } from 'lit/directives/guard.js';
import { until } from 'lit/directives/until.js';
import type { DirectiveResult } from 'lit/directive.js';

let purifier: Promise<(html: string) => DocumentFragment> | undefined;

/** The browser's own sanitizer where it has a usable one (`Element.setHTML()`), else DOMPurify: each loaded on first use. */
function loadPurifier(): Promise<(html: string) => DocumentFragment> {
  purifier ??= nativePurifier().then((purify) => purify ?? import('./purify.js').then(({ createPurifier }) => createPurifier()));
  return purifier;
}

/** The sanitizer on the browser's HTML Sanitizer API; `undefined` where there is none it can use. */
async function nativePurifier(): Promise<((html: string) => DocumentFragment) | undefined> {
  if (typeof (Element.prototype as { setHTML?: unknown }).setHTML !== 'function') return undefined;
  return (await import('./native-sanitizer.js')).createNativePurifier();
}

/** Sanitized fragments by source HTML, so the same HTML is sanitized once. */
const sanitized = new Map<string, DocumentFragment>();
const SANITIZED_CACHE_SIZE = 200;

/**
 * `html` with everything but basic formatting and safe links removed, as a fragment of the page's
 * document (a new one each call: inserting it empties it). Rejects where the page's
 * `trusted-types` directive refuses the `coursekit` policy.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  let fragment = sanitized.get(html);
  if (!fragment) {
    fragment = (await loadPurifier())(html);
    if (sanitized.size >= SANITIZED_CACHE_SIZE) sanitized.delete(sanitized.keys().next().value!);
    sanitized.set(html, fragment);
  }
  return document.importNode(fragment, true);
}

/** Whether `text` contains markup (otherwise it is shown as plain text with its line breaks). */
export function isHtml(text: string): boolean {
  return /<[a-z][\s\S]*>/i.test(text);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/**
 * The text of `html` on one line, for the moment before it is sanitized: scripts and styles
 * dropped, block boundaries as spaces, common entities decoded. Read with regular expressions,
 * not a parser, so it needs no Trusted Types policy and no DOMPurify.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|br|li|ul|ol|h\d|blockquote|pre|hr|div|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Renders untrusted course HTML, sanitized, as nodes; its plain text until the sanitizer has
 * loaded (for good if it cannot). A re-render with the same HTML keeps the nodes already shown.
 * Text with neither a tag nor an entity (no `<`, no `&`) parses to itself: it is shown as text,
 * without loading the sanitizer.
 */
export function safeHtml(html: string): DirectiveResult | string {
  if (!/[<&]/.test(html)) return html;
  return guard([html], () => {
    const ready = sanitized.get(html);
    if (ready) return document.importNode(ready, true);
    const text = htmlText(html);
    return until(
      sanitizeHtml(html).catch(() => text),
      text,
    );
  });
}
