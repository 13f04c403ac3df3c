/**
 * Course HTML (descriptions, lecture content, review bodies) comes from instructors and
 * learners: it is sanitized with DOMPurify before rendering. DOMPurify returns a string here,
 * which Lit's `unsafeHTML` accepts; a TrustedHTML object would be rejected by it.
 *
 * @module
 */
import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DirectiveResult } from 'lit/directive.js';

// A private instance: hooks added here must not change how the host page's DOMPurify behaves.
const purify = DOMPurify(window);

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'h3', 'h4', 'h5', 'h6', 'span', 'hr'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

purify.addHook('afterSanitizeAttributes', (node) => {
  // User-written links must not hand the page to the target (window.opener) or pass ranking.
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer ugc');
    node.setAttribute('target', '_blank');
  }
});

/** `html` with everything but basic formatting and safe links removed. */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_TRUSTED_TYPE: false });
}

/** Whether `text` contains markup (otherwise it is shown as plain text with its line breaks). */
export function isHtml(text: string): boolean {
  return /<[a-z][\s\S]*>/i.test(text);
}

/** Renders untrusted course HTML, sanitized. */
export function safeHtml(html: string): DirectiveResult {
  return unsafeHTML(sanitizeHtml(html));
}
