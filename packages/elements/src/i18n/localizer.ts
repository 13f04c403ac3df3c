/**
 * Locale-aware text for the elements: messages with plurals, money, numbers, ratings,
 * durations and dates, all through `Intl`. One cached instance per locale and currency.
 *
 * @module
 */
import type { MessageKey } from './en.js';
import { interpolate, loadLocale, loaderGeneration, lookupMessage, type MessageValues } from './messages.js';

// Intl.DurationFormat is not in TypeScript's lib yet; Chrome 129+, Safari 16.4+, Firefox 136+ ship it.
type DurationFormatCtor = new (locale: string, options: { style: 'narrow' | 'short' | 'long' }) => {
  format(duration: DurationParts): string;
};

type DurationParts = { hours?: number; minutes?: number };

/** Formats messages and values for one locale and currency. Get one with `Localizer.for()`. */
export class Localizer {
  static readonly #cache = new Map<string, Localizer>();

  /**
   * The shared localizer of `locale` and `currency` (ISO 4217). When the locale's messages load
   * on demand (`registerLocaleLoader()`), the first call starts the load, and `requester` renders
   * again once it settled (meanwhile, messages fall back to English).
   */
  static for(locale: string, currency: string, requester?: { requestUpdate(): void }): Localizer {
    const key = `${locale}|${currency}`;
    let localizer = this.#cache.get(key);
    if (!localizer) {
      localizer = new Localizer(locale, currency);
      this.#cache.set(key, localizer);
    }
    if (localizer.#loadersSeen !== loaderGeneration) localizer.#load();
    if (requester) localizer.#waiting?.add(requester);
    return localizer;
  }

  /** The BCP 47 locale, canonicalized (an unknown tag falls back to `en`). */
  readonly locale: string;
  /** The ISO 4217 currency money is shown in. */
  readonly currency: string;
  // Each `Intl` formatter is built on first use: building one costs milliseconds, and an element
  // that shows only a "Loading…" message (a first render, before the data came) needs none.
  #plural: Intl.PluralRules | undefined;
  #numberFormat: Intl.NumberFormat | undefined;
  #money: Intl.NumberFormat | undefined;
  #rating: Intl.NumberFormat | undefined;
  #percent: Intl.NumberFormat | undefined;
  #date: Intl.DateTimeFormat | undefined;
  #list: Intl.ListFormat | undefined;
  #duration: ((parts: DurationParts) => string) | undefined;
  /**
   * Formatted durations by minutes: a list repeats a handful of lengths, and one
   * `Intl.DurationFormat#format` call costs tens of microseconds (40 ms for 1,000 cards).
   */
  readonly #durations = new Map<number, string>();
  /** The `loaderGeneration` last checked for loaders of this locale. */
  #loadersSeen = -1;
  /** Elements that rendered while this locale's messages were loading. */
  #waiting: Set<{ requestUpdate(): void }> | undefined;

  private constructor(locale: string, currency: string) {
    this.locale = canonicalLocale(locale);
    this.currency = currency;
  }

  /** Starts loading the locale's messages if a loader waits; the elements that render meanwhile render again when it settled. */
  #load(): void {
    this.#loadersSeen = loaderGeneration;
    const loading = loadLocale(this.locale);
    if (!loading) return;
    const waiting = (this.#waiting ??= new Set());
    void loading.then(() => {
      if (this.#waiting === waiting) this.#waiting = undefined;
      for (const element of waiting) element.requestUpdate();
    });
  }

  /**
   * Builds the formatters a list of courses uses (plurals, numbers, money, ratings, durations,
   * lists) now rather than on first use. The first `Intl` formatter of a page costs about 15 ms
   * (the locale's data loads): an element that is about to receive a page of courses calls this
   * while its request is out, so the render after the response does not pay for it.
   *
   * @example
   * ```ts
   * const page = read(courseList(params));
   * setTimeout(() => i18n.prepare()); // after the request has left
   * ```
   */
  prepare(): void {
    this.#plural ??= new Intl.PluralRules(this.locale);
    void this.#number;
    this.#moneyFormat();
    this.#ratingFormat();
    this.#listFormat();
    this.#duration ??= durationFormatter(this.locale);
  }

  get #number(): Intl.NumberFormat {
    return (this.#numberFormat ??= new Intl.NumberFormat(this.locale));
  }

  /**
   * The message `key` with `values` filled in. A numeric `count` picks the plural form and is
   * shown with the locale's digits and separators.
   */
  t(key: MessageKey, values: MessageValues = {}): string {
    const message = lookupMessage(this.locale, key);
    if (typeof message === 'string') return interpolate(message, values);
    const count = Number(values['count'] ?? 0);
    const form = count === 0 && message.zero !== undefined ? 'zero' : (this.#plural ??= new Intl.PluralRules(this.locale)).select(count);
    return interpolate(message[form] ?? message.other, { ...values, count: this.#number.format(count) });
  }

  /** A decimal string such as `"19.90"` as money. Strings are formatted exactly, never through a float. */
  money(amount: string): string {
    const parts = this.#moneyFormat().formatToParts(amount as Intl.StringNumericLiteral);
    // Right-to-left locales put a Latin code after the number ("‏64.99 US$"); on an RTL line the
    // bidi algorithm then moves its "$" away from "US" ("$US 64.99"). Isolating the code keeps it whole.
    const rtl = parts[0]?.value.startsWith('\u200f') || parts[0]?.value.startsWith('\u061c');
    return parts.map(({ type, value }) => (rtl && type === 'currency' && /[A-Za-z]/.test(value) ? `\u2066${value}\u2069` : value)).join('');
  }

  #moneyFormat(): Intl.NumberFormat {
    return (this.#money ??= new Intl.NumberFormat(this.locale, { style: 'currency', currency: this.currency }));
  }

  #ratingFormat(): Intl.NumberFormat {
    return (this.#rating ??= new Intl.NumberFormat(this.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  }

  #listFormat(): Intl.ListFormat {
    return (this.#list ??= new Intl.ListFormat(this.locale));
  }

  /** A count with the locale's grouping: `1,200`. */
  number(value: number): string {
    return this.#number.format(value);
  }

  /** A rating with one decimal: `4.7`. */
  rating(value: string | number): string {
    return this.#ratingFormat().format(Number(value));
  }

  /** A 0–100 percentage: `45%`. */
  percent(value: number): string {
    return (this.#percent ??= new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 })).format(value / 100);
  }

  /** Minutes as a short duration: `5 hr 20 min` (`5h 20m` in narrow locales). */
  duration(totalMinutes: number): string {
    let text = this.#durations.get(totalMinutes);
    if (text === undefined) {
      const hours = Math.floor(totalMinutes / 60);
      const minutes = Math.round(totalMinutes % 60);
      const parts = { ...(hours ? { hours } : {}), ...(minutes || !hours ? { minutes } : {}) };
      this.#duration ??= durationFormatter(this.locale);
      text = this.#duration(parts);
      this.#durations.set(totalMinutes, text);
    }
    return text;
  }

  /** Names joined as the locale lists them: `Ada, Grace, and Alan`. */
  list(items: readonly string[]): string {
    return this.#listFormat().format(items);
  }

  /** An ISO timestamp as a medium date: `Jan 2, 2026`. */
  date(iso: string): string {
    return (this.#date ??= new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' })).format(new Date(iso));
  }
}

/** Formats hours and minutes with `Intl.DurationFormat`, or as unit numbers joined by a space where it is missing. */
function durationFormatter(locale: string): (parts: DurationParts) => string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (DurationFormat) {
    const format = new DurationFormat(locale, { style: 'short' });
    return (parts) => format.format(parts);
  }
  const units = {
    hours: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
    minutes: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
  };
  return (parts) =>
    (Object.entries(parts) as [keyof DurationParts, number][]).map(([unit, value]) => units[unit].format(value)).join(' ');
}

function canonicalLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
