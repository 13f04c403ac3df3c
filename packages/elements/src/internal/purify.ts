/**
 * The HTML sanitizer behind `sanitize.ts`, loaded with DOMPurify on first use (a chunk of its
 * own: most pages never render course HTML), and the `coursekit` Trusted Types policy it parses
 * through.
 *
 * @module
 */
import DOMPurify, { type Config } from 'dompurify';

/** The Trusted Types policy CourseKit creates; a site's `trusted-types` directive must allow it. */
export const TRUSTED_TYPES_POLICY_NAME = 'coursekit';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'h3', 'h4', 'h5', 'h6', 'span', 'hr'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScript(input: string): string; createScriptURL(input: string): string }): Policy;
}

/** `undefined` until first needed; `null` where the browser has no Trusted Types. */
let policy: Policy | null | undefined;

/**
 * The `coursekit` policy, created once per page: a `trusted-types` directive without
 * `'allow-duplicates'` refuses a second policy of the same name. Its strings only reach
 * DOMPurify's inert parser, which runs no script and loads nothing.
 *
 * @throws {TypeError} The page's `trusted-types` directive does not allow `coursekit`.
 */
function coursekitPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (typeof factory?.createPolicy !== 'function') return (policy = null);
  try {
    return (policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (input) => input,
      // Only JSON becomes script text (a course page's JSON-LD, data that never runs): anything else throws.
      createScript: (input) => (JSON.parse(input), input),
      // Nothing that survives sanitizing takes a script URL: course HTML never loads a script.
      createScriptURL: () => {
        throw new TypeError('CourseKit loads no script from course HTML.');
      },
    }));
  } catch (error) {
    console.warn(
      `CourseKit: add "${TRUSTED_TYPES_POLICY_NAME}" to the page's trusted-types directive (with 'allow-duplicates' if two copies of CourseKit share the page); until then course HTML shows as plain text.`,
    );
    throw error;
  }
}

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

/**
 * `json` as the text of a `<script type="application/ld+json">`: through the `coursekit` policy
 * where Trusted Types exist (a page requiring them refuses plain script text), as is elsewhere.
 *
 * @throws {SyntaxError} `json` is not JSON.
 * @throws {TypeError} The page's `trusted-types` directive does not allow `coursekit`.
 */
export function jsonScriptText(json: string): string {
  const trusted = coursekitPolicy();
  return trusted ? (trusted.createScript(json) as unknown as string) : (JSON.parse(json), json);
}
