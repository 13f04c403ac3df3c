/**
 * What survives sanitizing course HTML, shared by both sanitizers: the browser's own
 * (`native-sanitizer.ts`) and DOMPurify (`purify.ts`) where the browser has none.
 *
 * @module
 */

/** Elements kept: basic formatting, lists, quotes, code, links and minor headings. */
export const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a', 'h3', 'h4', 'h5', 'h6', 'span', 'hr'];
/** Attributes kept on them (beside `data-*` and `aria-*`, which DOMPurify keeps by default). */
export const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

/**
 * `html` without `<style>` elements, `style` attributes and `on*` event handler attributes.
 * Chromium reports a `style-src` or `script-src-attr` violation for each one its parser meets,
 * even in an inert document where nothing applies or runs: this spares a strict site those
 * reports. It makes nothing safe (a tag it misreads keeps its attributes, and is reported): the
 * sanitizer, which keeps none of them, does that.
 */
export function withoutInlineCode(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/[\s/](?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ' '));
}

/** User-written links must not hand the page to the target (`window.opener`) or pass ranking. */
export function hardenLink(link: Element): void {
  link.setAttribute('rel', 'noopener noreferrer ugc');
  link.setAttribute('target', '_blank');
}
