/**
 * The HTML sanitizer behind `sanitize.ts` where the browser has no HTML Sanitizer API of its own
 * (`native-sanitizer.ts`): DOMPurify, loaded on first use (a chunk of its own: most pages never
 * render course HTML). It parses through the `coursekit` Trusted Types policy (`trusted-types.ts`).
 *
 * @module
 */
import DOMPurify from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, hardenLink, withoutInlineCode } from './html-allowlist.js';
import { coursekitPolicy } from './trusted-types.js';

export { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';

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
    if (node.tagName === 'A') hardenLink(node);
  });
  return (html) => purify.sanitize(withoutInlineCode(html), { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true, TRUSTED_TYPES_POLICY: trustedTypesPolicy });
}
