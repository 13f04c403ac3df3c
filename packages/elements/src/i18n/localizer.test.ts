/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { Localizer } from './localizer.js';
import { registerMessages } from './messages.js';
import { mount, part, until } from '../test-support/api.js';
import type { CkitCourseCard } from '../components/course-card/course-card.component.js';
import '../components/course-card/course-card.js';
import './fr.js';

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
});
