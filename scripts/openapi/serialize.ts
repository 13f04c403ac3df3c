import type { OpenAPIDocument } from './types.js';

/** The committed text of the document: two-space JSON with a final newline, so diffs stay line-based. */
export function serialize(document: OpenAPIDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
