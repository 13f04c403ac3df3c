/**
 * The sanitizer on the browser's own HTML Sanitizer API (`Element.setHTML()`), used instead of
 * DOMPurify (11.6 KB gzipped) where the browser has it.
 *
 * `setHTML()` removes everything that could run script (script elements, event handler
 * attributes, `javascript:` URLs, frames, plugins), whatever it is configured to keep; it is not
 * a Trusted Types sink, so it needs no policy. Configured to keep every other element except
 * those DOMPurify drops with their content, its output is then narrowed to the allow-list the way
 * DOMPurify applies it: another element gives way to its content, another attribute goes, a link
 * whose address is not http(s), mailto, tel or relative loses it, and links open in a new tab
 * without the opener. Where the two differ (an `<object>`'s fallback text, a `<noscript>`'s
 * content), this one keeps less.
 *
 * @module
 */
import { ALLOWED_ATTR, ALLOWED_TAGS, hardenLink, withoutInlineCode } from './html-allowlist.js';

/** Elements removed with their content, as DOMPurify's default `FORBID_CONTENTS` (3.x); SVG and MathML in their own namespaces. */
const DROPPED_WITH_CONTENT: (string | { name: string; namespace: string })[] = [
  ...'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes noscript plaintext script selectedcontent style svg template thead title video xmp'.split(' '),
  { name: 'svg', namespace: 'http://www.w3.org/2000/svg' },
  { name: 'math', namespace: 'http://www.w3.org/1998/Math/MathML' },
];
/** DOMPurify's `IS_ALLOWED_URI`: a known safe scheme, or no scheme at all. */
const SAFE_URL = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i;
/** Characters a URL scheme may hide behind (`java\tscript:`), removed before `SAFE_URL` is tested. */
const URL_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const DATA_OR_ARIA = /^(?:data-[\-\w.\u00B7-\uFFFF]+|aria-[\-\w]+)$/;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

interface SetHtml {
  setHTML(html: string, options: { sanitizer: { removeElements: typeof DROPPED_WITH_CONTENT; comments: boolean } }): void;
}

const tags = new Set(ALLOWED_TAGS);
const attributes = new Set(ALLOWED_ATTR);

/** Keeps the allow-list's elements and attributes under `parent`; other elements give way to their content. */
function narrow(parent: Node): void {
  for (const node of [...parent.childNodes]) {
    if (!(node instanceof Element)) continue;
    // SVG and MathML go whole, as in DOMPurify: their markup is not course text.
    if (node.namespaceURI !== HTML_NAMESPACE) {
      node.remove();
      continue;
    }
    if (!tags.has(node.localName)) {
      narrow(node);
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const { name, value } of [...node.attributes]) {
      const kept = (attributes.has(name) || DATA_OR_ARIA.test(name)) && (name !== 'href' || SAFE_URL.test(value.replace(URL_WHITESPACE, '')));
      if (!kept) node.removeAttribute(name);
    }
    if (node.localName === 'a') hardenLink(node);
    narrow(node);
  }
}

/** What a sanitizer must make of `PROBE`: an implementation of `setHTML()` that answers otherwise is not used. */
const PROBE = '<p title="t"><b>b</b><font>f</font><svg><text>s</text></svg></p><script>0</script>';
const PROBED = '<p title="t"><b>b</b>f</p>';

/**
 * A sanitizer: `html` with everything but basic formatting and safe links removed, as a fragment
 * of an inert document (import or clone it into the page). `undefined` where the browser's
 * `setHTML()` refuses this configuration or reads it otherwise (an early implementation of the
 * API): DOMPurify is used there.
 */
export function createNativePurifier(): ((html: string) => DocumentFragment) | undefined {
  // A document with no browsing context: nothing parsed into it loads or runs.
  const inert = document.implementation.createHTMLDocument('');
  const purify = (html: string): DocumentFragment => {
    const root = inert.createElement('div') as unknown as Element & SetHtml;
    root.setHTML(withoutInlineCode(html), { sanitizer: { removeElements: DROPPED_WITH_CONTENT, comments: false } });
    narrow(root);
    const fragment = inert.createDocumentFragment();
    fragment.append(...root.childNodes);
    return fragment;
  };
  try {
    const probe = inert.createElement('div');
    probe.append(purify(PROBE));
    return probe.innerHTML === PROBED ? purify : undefined;
  } catch {
    return undefined;
  }
}
