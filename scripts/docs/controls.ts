/**
 * What the playground's form needs to know: which control edits each attribute (from its
 * TypeScript type in the manifest) and which global `--ckit-*` theme tokens exist, with their
 * light-theme defaults (from the elements' `styles/theme.ts`).
 *
 * @module
 */
import type { AttributeDoc, NamedDoc } from './manifest.js';

/** How the playground edits one attribute. */
export type Control =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number' }
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly options: readonly string[] };

/** String literal unions by type name: `Theme` → `['light', 'dark', 'auto', 'inherit']`. */
export type LiteralUnions = ReadonlyMap<string, readonly string[]>;

const LITERAL = /^'([^']*)'$/;

/** The string literal unions declared with `type Name = 'a' | 'b'` in TypeScript sources. */
export function literalUnionsIn(sources: readonly string[]): Map<string, string[]> {
  const unions = new Map<string, string[]>();
  for (const source of sources)
    for (const match of source.matchAll(/\btype\s+(\w+)\s*=\s*((?:\s*\|?\s*'[^'\n]*')+)\s*;/g)) {
      unions.set(match[1]!, match[2]!.split('|').map((part) => LITERAL.exec(part.trim())?.[1] ?? '').filter((value) => value !== ''));
    }
  return unions;
}

/**
 * The control for an attribute's type text: `boolean` → a checkbox, `number` → a number field,
 * a union of string literals (or of a named union in `unions`) → a select, anything else → text.
 * `undefined` and `''` in a union mean "not set", which every control offers anyway.
 */
export function controlFor(type: string, unions: LiteralUnions = new Map()): Control {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== "''" && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  if (parts.length === 0) return { kind: 'text' };
  const options: string[] = [];
  for (const part of parts) {
    const literal = LITERAL.exec(part)?.[1];
    if (literal !== undefined) options.push(literal);
    else if (unions.has(part)) options.push(...unions.get(part)!);
    else return { kind: 'text' };
  }
  return { kind: 'enum', options: [...new Set(options)] };
}

/** An attribute the playground can set: its name, control, default and description. */
export interface PlaygroundAttribute {
  readonly name: string;
  readonly control: Control;
  /** The default as the manifest writes it, unquoted: `vertical`, `3`, `false`. */
  readonly default?: string;
  readonly description: string;
}

/** Unquotes a manifest default (`'vertical'` → `vertical`). */
export function plainDefault(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return LITERAL.exec(value)?.[1] ?? value;
}

/** The playground's view of an element's attributes. */
export function playgroundAttributes(attributes: readonly AttributeDoc[], unions: LiteralUnions): PlaygroundAttribute[] {
  return attributes.map((attribute) => {
    const fallback = plainDefault(attribute.default);
    return {
      name: attribute.name,
      control: controlFor(attribute.type, unions),
      ...(fallback !== undefined ? { default: fallback } : {}),
      description: attribute.description,
    };
  });
}

/**
 * The global tokens and their light-theme defaults, from the first `var(--ckit-…, default)` of
 * each token in the theme's `.ckit-root` rule (the light theme), then in the rest of the source.
 */
export function themeTokensIn(themeSource: string): NamedDoc[] {
  const tokens = new Map<string, string>();
  // The light theme is the `.ckit-root` rule; the dark values may be declared above it.
  const light = Math.max(0, themeSource.indexOf('.ckit-root {'));
  const ordered = themeSource.slice(light) + themeSource.slice(0, light);
  for (const match of ordered.matchAll(/var\((--ckit-[a-z0-9-]+),\s*/g)) {
    const name = match[1]!;
    if (tokens.has(name)) continue;
    // The default runs to the parenthesis that closes this var(…), nested ones included.
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < ordered.length && depth > 0; end++) {
      if (ordered[end] === '(') depth++;
      else if (ordered[end] === ')') depth--;
    }
    tokens.set(name, ordered.slice(match.index + match[0].length, end - 1).trim());
  }
  return [...tokens].map(([name, fallback]) => ({ name, description: '', default: fallback }));
}
