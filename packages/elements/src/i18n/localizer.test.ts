/// <reference types="mocha" />
import { expect, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import { Localizer } from './localizer.js';
import { registerMessages } from './messages.js';
import { mount, part, until } from '../test-support/api.js';
import type { CkitCourseCard } from '../components/course-card/course-card.component.js';
import '../components/course-card/course-card.js';
// Registers the catalog's English messages, which some cases below read.
import '../components/course-catalog/course-catalog.js';
import './fr.js';
import { en as shared } from './en.js';
import { ar } from './ar.js';
import { fr } from './fr.js';
import { cartButtonMessages } from '../components/cart-button/cart-button.messages.js';
import { cartMessages } from '../components/cart/cart.messages.js';
import { certificateVerifyMessages } from '../components/certificate-verify/certificate-verify.messages.js';
import { certificateMessages } from '../components/certificate/certificate.messages.js';
import { cartStatusMessages, certificateCheckMessages, courseFactsMessages, removeMessages } from './shared.messages.js';
import { checkoutMessages } from '../components/checkout/checkout.messages.js';
import { testGatewayMessages } from '../components/checkout/gateways/test-gateway.messages.js';
import { courseCatalogMessages } from '../components/course-catalog/course-catalog.messages.js';
import { courseCurriculumMessages } from '../components/course-curriculum/course-curriculum.messages.js';
import { courseDetailsMessages } from '../components/course-details/course-details.messages.js';
import { courseReviewsMessages } from '../components/course-reviews/course-reviews.messages.js';
import { curriculumPlayerMessages } from '../components/curriculum-player/curriculum-player.messages.js';
import { enrollButtonMessages } from '../components/enroll-button/enroll-button.messages.js';
import { instructorProfileMessages } from '../components/instructor-profile/instructor-profile.messages.js';
import { loginMessages } from '../components/login/login.messages.js';
import { myLearningMessages } from '../components/my-learning/my-learning.messages.js';
import { notificationsMessages } from '../components/notifications/notifications.messages.js';
import { orderHistoryMessages } from '../components/order-history/order-history.messages.js';
import { profileMessages } from '../components/profile/profile.messages.js';
import { quizMessages } from '../components/quiz/quiz.messages.js';
import { wishlistMessages } from '../components/wishlist/wishlist.messages.js';
import type { Messages } from './messages.js';

/** Every English table: the shared one and each element's (the union `MessageKey` names). */
const tables = [
  shared, cartButtonMessages, cartMessages, cartStatusMessages, certificateVerifyMessages, certificateCheckMessages, certificateMessages,
  checkoutMessages, testGatewayMessages, courseCatalogMessages, courseCurriculumMessages, courseDetailsMessages, courseReviewsMessages, curriculumPlayerMessages,
  enrollButtonMessages, instructorProfileMessages, loginMessages, myLearningMessages, notificationsMessages, orderHistoryMessages,
  profileMessages, quizMessages, wishlistMessages, courseFactsMessages, removeMessages,
];
const en = Object.assign({}, ...tables) as Messages;

describe('i18n', () => {
  it('picks plural forms, and "zero" for 0 when a message has one', () => {
    const en = Localizer.for('en', 'USD');
    expect(en.t('lectures', { count: 1 })).to.equal('1 lecture');
    expect(en.t('lectures', { count: 1200 })).to.equal('1,200 lectures');
    expect(en.t('resultCount', { count: 0 })).to.equal('No courses');
    const fr = Localizer.for('fr', 'EUR');
    expect(fr.t('lectures', { count: 1 })).to.equal('1 leçon');
    expect(fr.t('lectures', { count: 2 })).to.equal('2 leçons');
  });

  it('speaks Arabic with all six Arabic plural forms', () => {
    const l = Localizer.for('ar', 'EGP');
    const n = (value: number): string => new Intl.NumberFormat('ar').format(value);
    expect(l.t('free')).to.equal('مجاني');
    expect(l.t('ratingAtLeast', { rating: l.rating(4) })).to.equal(`${l.rating(4)} فأعلى`);
    expect(l.t('wishlistRemoveCourse', { title: 'JavaScript' })).to.equal('إزالة JavaScript من قائمة رغباتك');
    const courses = (count: number): string => l.t('resultCount', { count });
    expect(courses(0)).to.equal('لا توجد دورات');
    expect(courses(1)).to.equal('دورة واحدة');
    expect(courses(2)).to.equal('دورتان');
    expect(courses(3)).to.equal(`${n(3)} دورات`);
    expect(courses(10)).to.equal(`${n(10)} دورات`);
    expect(courses(11)).to.equal(`${n(11)} دورة`);
    expect(courses(99)).to.equal(`${n(99)} دورة`);
    expect(courses(100)).to.equal(`${n(100)} دورة`);
    expect(courses(103)).to.equal(`${n(103)} دورات`);
    expect(courses(1200)).to.equal(`${n(1200)} دورة`);
    expect(l.t('students', { count: 2 })).to.equal('طالبان');
    expect(l.t('students', { count: 5 })).to.equal(`${n(5)} طلاب`);
    expect(l.t('students', { count: 25 })).to.equal(`${n(25)} طالبًا`);
    expect(l.t('students', { count: 300 })).to.equal(`${n(300)} طالب`);
    expect(l.t('histogramRow', { stars: l.t('starOption', { count: 5 }), count: 1 })).to.equal(`${n(5)} نجوم: مراجعة واحدة`);
    expect(Localizer.for('ar-EG', 'EGP').t('lectures', { count: 2 })).to.equal('محاضرتان');
  });

  it('keeps each English key in one table only', () => {
    const keys = tables.flatMap((table) => Object.keys(table));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).to.deep.equal([]);
  });

  it('translates every English message into French and Arabic, Arabic with the same placeholders', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(ar).sort()).to.deep.equal(Object.keys(en).sort());
    const placeholders = (message: string | Readonly<Record<string, string>>): string[] =>
      [...new Set((typeof message === 'string' ? [message] : Object.values(message)).join(' ').match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(en) as (keyof Messages)[]) {
      const source = en[key];
      const message = ar[key];
      expect(typeof message, key).to.equal(typeof source);
      if (typeof message === 'string') {
        expect(placeholders(message), key).to.deep.equal(placeholders(source));
      } else {
        // "one" and "two" spell the count out, so only the other forms need {count}.
        expect(Object.keys(message).sort(), key).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
        expect(placeholders(message), key).to.deep.equal(placeholders(source));
        for (const form of ['few', 'many', 'other'] as const) expect(message[form], `${key}.${form}`).to.include('{count}');
      }
    }
  });

  it('formats money exactly from decimal strings, and ratings, percentages, durations and dates', () => {
    const en = Localizer.for('en', 'USD');
    expect(en.money('19.90')).to.equal('$19.90');
    expect(en.money('12345678901234.99')).to.equal('$12,345,678,901,234.99');
    expect(en.rating('4.25')).to.equal('4.3');
    expect(en.percent(45)).to.equal('45%');
    expect(en.duration(320)).to.equal('5 hr, 20 min');
    expect(en.duration(45)).to.equal('45 min');
    expect(en.date('2026-01-02T03:04:05.000Z')).to.equal('Jan 2, 2026');
    const fr = Localizer.for('fr', 'EUR');
    expect(fr.money('19.90')).to.equal('19,90\u00a0€');
    expect(fr.date('2026-01-02T03:04:05.000Z')).to.equal('2 janv. 2026');
  });

  it('joins names as the locale lists them', () => {
    expect(Localizer.for('en', 'USD').list(['Ada', 'Grace', 'Alan'])).to.equal('Ada, Grace, and Alan');
    expect(Localizer.for('fr', 'EUR').list(['Ada', 'Grace'])).to.equal('Ada et Grace');
    expect(Localizer.for('en', 'USD').list([])).to.equal('');
  });

  it('formats each duration once and answers the same text for it again', () => {
    // A currency no other test uses: a fresh localizer whose durations nobody formatted yet.
    const en = Localizer.for('en', 'NZD');
    const constructions = countConstructions();
    try {
      expect([en.duration(320), en.duration(45)]).to.deep.equal(['5 hr, 20 min', '45 min']);
      const calls = constructions.formatCalls;
      expect(calls, 'format calls for two new durations').to.be.greaterThan(0);
      expect([en.duration(320), en.duration(45)]).to.deep.equal(['5 hr, 20 min', '45 min']);
      expect(constructions.formatCalls, 'format calls for the same durations again').to.equal(calls);
    } finally {
      constructions.restore();
    }
  });

  it('builds every formatter a list of courses needs on prepare(), none on the renders after it', () => {
    const en = Localizer.for('en', 'CAD');
    const constructions = countConstructions();
    try {
      en.prepare();
      const prepared = constructions.built;
      expect(prepared, 'formatters built by prepare()').to.be.greaterThan(3);
      const texts = [en.t('students', { count: 1200 }), en.money('19.90'), en.rating('4.25'), en.list(['Ada', 'Grace']), en.duration(90), en.number(3)];
      expect(texts).to.deep.equal(['1,200 students', 'CA$19.90', '4.3', 'Ada and Grace', '1 hr, 30 min', '3']);
      expect(constructions.built, 'formatters built after prepare()').to.equal(prepared);
    } finally {
      constructions.restore();
    }
  });

  it('keeps a Latin currency code whole on a right-to-left line ("US$ 64.99", not "$US 64.99")', async () => {
    const price = Localizer.for('ar', 'USD').money('64.99');
    expect(price).to.contain('\u2066US$\u2069');
    const line = fixtureSync<HTMLParagraphElement>(html`<p dir="rtl" style="unicode-bidi: plaintext; font: 16px monospace; inline-size: max-content"></p>`);
    const node = line.appendChild(document.createTextNode(price));
    // "US" renders left of "$" only when the code stays whole: compare the glyph positions.
    const range = document.createRange();
    const at = (char: string) => {
      range.setStart(node, price.indexOf(char));
      range.setEnd(node, price.indexOf(char) + 1);
      return range.getBoundingClientRect().left;
    };
    expect(at('U')).to.be.below(at('$'));
    expect(Localizer.for('en', 'USD').money('64.99'), 'left-to-right locales are untouched').to.equal('$64.99');
  });

  it('falls back from a regional locale to its language, then to English', () => {
    registerMessages('de', { free: 'Kostenlos' });
    const de = Localizer.for('de-AT', 'EUR');
    expect(de.t('free')).to.equal('Kostenlos');
    expect(de.t('featured')).to.equal('Featured');
    expect(Localizer.for('not a locale!', 'USD').locale).to.equal('en');
  });

  it('lets a host reword any message', () => {
    registerMessages('en-GB', { free: 'No charge' });
    expect(Localizer.for('en-GB', 'GBP').t('free')).to.equal('No charge');
    expect(Localizer.for('en', 'USD').t('free')).to.equal('Free');
  });

  it('renders an element in the language of its own or an ancestor\'s lang, and follows changes', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="fr"><ckit-course-card course-id="1"></ckit-course-card></div>`);
    const card = wrapper.querySelector<CkitCourseCard>('ckit-course-card')!;
    await until(() => card.shadowRoot?.querySelector('[part="price"]'));
    expect(part(card, '[part="price"]').textContent!.trim()).to.equal('Gratuit');
    expect(part(card, '[part~="base"]').getAttribute('lang')).to.equal('fr');
    wrapper.lang = 'en';
    await until(() => part(card, '[part="price"]').textContent!.trim() === 'Free', 'English after lang changed');
    card.lang = 'fr';
    await until(() => part(card, '[part="price"]').textContent!.trim() === 'Gratuit', 'the element\'s own lang wins');
    await expect(card).to.be.accessible();
  });

  it('renders a card on an Arabic right-to-left page without English words', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="ar" dir="rtl"><ckit-course-card course-id="1"></ckit-course-card></div>`);
    const card = wrapper.querySelector<CkitCourseCard>('ckit-course-card')!;
    await until(() => card.shadowRoot?.querySelector('[part="price"]'));
    expect(part(card, '[part="price"]').textContent!.trim()).to.equal('مجاني');
    expect(part(card, '[part~="base"]').getAttribute('lang')).to.equal('ar');
    expect(part(card, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    for (const selector of ['[part="meta"]', '[part="rating"]', '[part="footer"]']) {
      const text = part(card, selector).textContent!.replace(/\s+/g, ' ').trim();
      expect(text, selector).to.not.match(/[A-Za-z]/);
      expect(text, selector).to.match(/[\u0600-\u06FF]/);
    }
    expect(part(card, '.stars').getAttribute('aria-label')).to.match(/^التقييم .+ من 5$/);
    await expect(card).to.be.accessible();
  });
});

/** Counts the `Intl` formatters built from now on, and the `format` calls of the number and duration formats, until `restore()`. */
function countConstructions(): { readonly built: number; readonly formatCalls: number; restore(): void } {
  const intl = Intl as unknown as Record<string, unknown>;
  const names = ['NumberFormat', 'PluralRules', 'ListFormat', 'DurationFormat'].filter((name) => typeof intl[name] === 'function');
  const originals = new Map(names.map((name) => [name, intl[name] as new (...args: unknown[]) => object]));
  const counts = { built: 0, formatCalls: 0 };
  for (const [name, Original] of originals) {
    intl[name] = new Proxy(Original, {
      construct(target, args) {
        counts.built += 1;
        const formatter = Reflect.construct(target, args) as { format?: (...values: unknown[]) => string };
        if (name === 'DurationFormat' || name === 'NumberFormat') {
          // `format` is a getter on NumberFormat's prototype: shadow it on the instance.
          const format = formatter.format!.bind(formatter);
          Object.defineProperty(formatter, 'format', { value: (...values: unknown[]) => ((counts.formatCalls += 1), format(...values)) });
        }
        return formatter;
      },
    });
  }
  return {
    get built() {
      return counts.built;
    },
    get formatCalls() {
      return counts.formatCalls;
    },
    restore: () => originals.forEach((Original, name) => (intl[name] = Original)),
  };
}
