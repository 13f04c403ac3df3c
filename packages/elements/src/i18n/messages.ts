/**
 * The message registry: every user-visible string of every element comes from here, so a host
 * can translate or reword any of them with `registerMessages()`. English comes in pieces: the
 * shared messages (`en.ts`) are always there, and each element adds its own when it is defined.
 * Other languages are registered by importing their module, or loaded on first use through
 * `registerLocaleLoader()`.
 *
 * @module
 */
import { en, type MessageKey } from './en.js';

/** A message with plural forms, picked by `Intl.PluralRules`; `zero` is used for a count of 0 in every language. */
export type PluralMessage = {
  /** The form for every count the locale has no other form for; required. */
  readonly other: string;
} & { readonly [form in Intl.LDMLPluralRule]?: string };

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
 * registerMessages('de', { free: 'Kostenlos', wishlistToggle: 'Auf die Merkliste' });
 * ```
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.toLowerCase();
  registry.set(key, { ...registry.get(key), ...messages });
}

/** English tables already merged by `registerEnglishDefaults()`. */
const defaults = new WeakSet<object>();

/**
 * Adds an element's built-in English messages (what `CoursekitElement.define()` does with the
 * class's `messages`). A message the host registered for `en` before stays: these are defaults.
 */
export function registerEnglishDefaults(messages: Partial<Messages>): void {
  if (defaults.has(messages)) return;
  defaults.add(messages);
  registry.set('en', { ...messages, ...registry.get('en') });
}

/** The message `key` in `locale`, looked up in the locale, its base language, then English (the key itself when none has it). */
export function lookupMessage(locale: string, key: MessageKey): Message {
  const lower = locale.toLowerCase();
  return registry.get(lower)?.[key] ?? registry.get(lower.split('-')[0] ?? '')?.[key] ?? registry.get('en')?.[key] ?? key;
}

/** Replaces `{name}` placeholders; an unknown placeholder is left as is so a typo stays visible. */
export function interpolate(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Loaders of locales whose messages load on first use. */
const loaders = new Map<string, () => Promise<unknown>>();
/** Counts `registerLocaleLoader()` calls, so a localizer made before a loader came checks again. */
export let loaderGeneration = 0;
/** Locales whose loader ran (or runs). */
const started = new Set<string>();
/** Loads under way, settled or not: they never reject. */
const pending = new Map<string, Promise<void>>();

/**
 * Registers how to load a locale's messages, so a page pays for a language only when an element
 * speaks it: the first element whose language is `locale` (or a regional variant, `fr-CA` for
 * `fr`) starts `load`, shows English meanwhile and renders again once it settled. `load` must
 * register the messages, as importing `i18n/fr.js` or `i18n/ar.js` does. A failed load leaves
 * English. Register loaders before the elements first render.
 *
 * @example
 * ```ts
 * import { registerLocaleLoader } from '@coursekit/elements/i18n/messages.js';
 * registerLocaleLoader('fr', () => import('@coursekit/elements/i18n/fr.js'));
 * registerLocaleLoader('de', async () => registerMessages('de', await (await fetch('/i18n/de.json')).json()));
 * ```
 */
export function registerLocaleLoader(locale: string, load: () => Promise<unknown>): void {
  loaders.set(locale.toLowerCase(), load);
  loaderGeneration++;
}

/**
 * Starts the loaders of `locale` and its base language that have not run yet. Returns a
 * promise that settles when they did (it never rejects), or `undefined` when nothing is loading.
 */
export function loadLocale(locale: string): Promise<void> | undefined {
  const lower = locale.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  for (const key of lower === base ? [lower] : [lower, base]) {
    const load = loaders.get(key);
    if (!load || started.has(key)) continue;
    started.add(key);
    const done = Promise.resolve()
      .then(load)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => pending.delete(key));
    pending.set(key, done);
  }
  const waits = [pending.get(lower), pending.get(base)].filter((wait) => wait !== undefined);
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}
