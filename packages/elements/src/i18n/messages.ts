/**
 * The message registry: every user-visible string of every element comes from here, so a host
 * can translate or reword any of them with `registerMessages()`.
 *
 * @module
 */
import { en, type MessageKey } from './en.js';

/** A message with plural forms, picked by `Intl.PluralRules`; `zero` is used for a count of 0 in every language. */
export type PluralMessage = { readonly other: string } & { readonly [form in Intl.LDMLPluralRule]?: string };

/** One message: plain text with `{placeholders}`, or plural forms. */
export type Message = string | PluralMessage;

/** A complete translation: one message per key. */
export type Messages = { readonly [K in MessageKey]: Message };

/** Values interpolated into a message. A numeric `count` also selects the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

const registry = new Map<string, Partial<Messages>>([['en', en]]);

/**
 * Adds or overrides messages for a locale. Missing keys fall back to the base language
 * (`pt` for `pt-BR`), then to English. Elements pick the change up on their next render.
 *
 * @example
 * ```ts
 * import { registerMessages } from '@coursekit/elements';
 * registerMessages('en', { free: 'No charge' });
 * registerMessages('de', { free: 'Kostenlos', wishlistAdd: 'Auf die Merkliste' });
 * ```
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  registry.set(key, { ...registry.get(key), ...messages });
}

/** The message `key` in `locale`, looked up in the locale, its base language, then English. */
export function lookupMessage(locale: string, key: MessageKey): Message {
  const lower = locale.toLowerCase();
  return registry.get(lower)?.[key] ?? registry.get(lower.split('-')[0] ?? '')?.[key] ?? en[key];
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as is so a typo stays visible. */
export function interpolate(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
