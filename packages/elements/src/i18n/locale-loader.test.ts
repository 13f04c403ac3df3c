/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { Localizer } from './localizer.js';
import { lookupMessage, registerLocaleLoader, registerMessages } from './messages.js';
import { mount, part, until } from '../test-support/api.js';
import { CoursekitElement } from '../internal/coursekit-element.js';
import type { CkitCourseCard } from '../components/course-card/course-card.component.js';
import '../components/course-card/course-card.js';

// This file imports no translation: French and Arabic come only through the loaders, as in the drop-in.
let frenchLoads = 0;
let openFrench: () => void = () => {};
const frenchGate = new Promise<void>((resolve) => (openFrench = resolve));
registerLocaleLoader('fr', async () => {
  frenchLoads += 1;
  await frenchGate;
  await import('./fr.js');
});
registerLocaleLoader('ar', () => import('./ar.js'));
let failedLoads = 0;
registerLocaleLoader('de', () => {
  failedLoads += 1;
  return Promise.reject(new Error('chunk failed to load'));
});

const priceOf = (card: CkitCourseCard): string => part(card, '[part="price"]').textContent!.trim();
const frames = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index++) await new Promise(requestAnimationFrame);
};

async function card(lang: string, dir = 'ltr'): Promise<CkitCourseCard> {
  const wrapper = await mount<HTMLElement>(html`<div lang=${lang} dir=${dir}><ckit-course-card course-id="1"></ckit-course-card></div>`);
  const element = wrapper.querySelector<CkitCourseCard>('ckit-course-card')!;
  await until(() => element.shadowRoot?.querySelector('[part="price"]'));
  return element;
}

describe('messages loaded on demand', () => {
  it('shows English while French loads, then renders in French once the chunk landed', async () => {
    const element = await card('fr-CA');
    expect(frenchLoads, 'the first French element started the load').to.equal(1);
    expect(priceOf(element)).to.equal('Free');
    expect(part(element, '[part~="base"]').getAttribute('lang')).to.equal('fr-CA');
    openFrench();
    await until(() => priceOf(element) === 'Gratuit', 'French after the chunk loaded');
    const second = await card('fr');
    expect(priceOf(second)).to.equal('Gratuit');
    expect(frenchLoads, 'loaded once').to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('renders Arabic right to left after its chunk loaded', async () => {
    const element = await card('ar', 'rtl');
    await until(() => priceOf(element) === 'مجاني', 'Arabic after the chunk loaded');
    expect(part(element, '[part~="base"]').getAttribute('lang')).to.equal('ar');
    expect(part(element, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  it('stays English for a locale without messages, and when a load fails', async () => {
    const swedish = await card('sv');
    const german = await card('de');
    await frames(3);
    expect(failedLoads, 'the failing loader ran once').to.equal(1);
    expect(priceOf(swedish)).to.equal('Free');
    expect(priceOf(german)).to.equal('Free');
    expect(Localizer.for('de', 'EUR').t('featured')).to.equal('Featured');
  });
});

describe('English messages of an element', () => {
  it('are registered by define(), without replacing what the host reworded before', () => {
    registerMessages('en', { loginSignOut: 'Log out' });
    const english = Localizer.for('en', 'USD');
    expect(english.t('loginTitle'), 'an unregistered key shows as itself, nothing throws').to.equal('loginTitle');
    class Probe extends CoursekitElement {
      static override messages = [{ loginTitle: 'Sign in' }, { loginSignOut: 'Sign out' }];
    }
    Probe.define('ckit-messages-probe');
    expect(english.t('loginTitle')).to.equal('Sign in');
    expect(english.t('loginSignOut')).to.equal('Log out');
    expect(lookupMessage('sv', 'loginTitle'), 'other languages fall back to it').to.equal('Sign in');
  });
});
