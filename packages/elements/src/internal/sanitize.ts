/**
 * Course HTML (descriptions, lecture content, review bodies) comes from instructors and
 * learners: it is sanitized with DOMPurify before rendering. DOMPurify returns a string here,
 * which Lit's `unsafeHTML` accepts; a TrustedHTML object would be rejected by it.
 *
 * DOMPurify is loaded on first use (it is a third of the drop-in bundle and most pages never
 * render course HTML); until it arrives, the text of the HTML is shown, read from an inert
 * document that runs no script and loads no image.
 *
 * @module
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { until } from 'lit/directives/until.js';
import type { DirectiveResult } from 'lit/directive.js';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'h3', 'h4', 'h5', 'h6', 'span', 'hr'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

let purifier: Promise<(html: string) => string> | undefined;

function loadPurifier(): Promise<(html: string) => string> {
  purifier ??= import('dompurify').then(({ default: DOMPurify }) => {
    // A private instance: hooks added here must not change how the host page's DOMPurify behaves.
    const purify = DOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // User-written links must not hand the page to the target (window.opener) or pass ranking.
      if (node.tagName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer ugc');
        node.setAttribute('target', '_blank');
      }
    });
    return (html: string) => purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_TRUSTED_TYPE: false });
  });
  return purifier;
}

/** `html` with everything but basic formatting and safe links removed. */
export async function sanitizeHtml(html: string): Promise<string> {
  return (await loadPurifier())(html);
}

/** Whether `text` contains markup (otherwise it is shown as plain text with its line breaks). */
export function isHtml(text: string): boolean {
  return /<[a-z][\s\S]*>/i.test(text);
}

/** Renders untrusted course HTML, sanitized; its plain text until the sanitizer has loaded. */
export function safeHtml(html: string): DirectiveResult {
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return until(sanitizeHtml(html).then(unsafeHTML), text);
}
