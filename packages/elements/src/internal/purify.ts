/**
 * The HTML sanitizer behind `sanitize.ts`, loaded with DOMPurify on first use (a chunk of its
 * own: most pages never render course HTML). It parses through the `coursekit` Trusted Types
 * policy (`trusted-types.ts`).
 *
 * @module
 */
import DOMPurify from 'dompurify';
import { coursekitPolicy } from './trusted-types.js';

export { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'h3', 'h4', 'h5', 'h6', 'span', 'hr'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

/**
 * `html` without `<style>` elements, `style` attributes and `on*` event handler attributes.
 * Chromium reports a `style-src` or `script-src-attr` violation for each one its parser meets,
 * even in an inert document where nothing applies or runs: this spares a strict site those
 * reports. It makes nothing safe (a tag it misreads keeps its attributes, and is reported):
 * DOMPurify, which keeps none of them, does that.
 */
export function withoutInlineCode(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/[\s/](?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ' '));
}

/**
 * A sanitizer: `html` with everything but basic formatting and safe links removed, as a fragment
 * of an inert document (import or clone it into the page). It parses through the `coursekit`
 * policy where Trusted Types exist, and plain strings elsewhere.
 *
 * @throws {TypeError} The page's `trusted-types` directive does not allow `coursekit`.
 */
export function createPurifier(): (html: string) => DocumentFragment {
  // `null` where there are no Trusted Types, so that DOMPurify does not create `dompurify` either.
  const trustedTypesPolicy = coursekitPolicy();
  // A private instance: hooks added here must not change how the host page's DOMPurify behaves.
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // User-written links must not hand the page to the target (window.opener) or pass ranking.
    if (node.tagName === 'A') {
      node.setAttribute('rel', 'noopener noreferrer ugc');
      node.setAttribute('target', '_blank');
    }
  });
  return (html) => purify.sanitize(withoutInlineCode(html), { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true, TRUSTED_TYPES_POLICY: trustedTypesPolicy });
}
