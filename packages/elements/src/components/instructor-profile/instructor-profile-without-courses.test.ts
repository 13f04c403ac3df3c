/// <reference types="mocha" />
// A file of its own: a page loads a module once, so the test that a profile without courses does
// not load the cards' code needs a page where no other test has rendered a card.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { mount, part, until } from '../../test-support/api.js';
import type { CkitInstructorProfile } from './instructor-profile.component.js';
import './instructor-profile.js';

// Watched rather than read from the timeline, whose buffer the test runner's own modules fill.
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
const cardCodeFetched = () => fetched.some((name) => name.includes('/course-card.component.'));

describe('<ckit-instructor-profile> without courses (a course page\'s)', () => {
  it('does not load the course cards\' code, and loads it when courses are shown', async () => {
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="marcus-chen" max-courses="0"></ckit-instructor-profile>`, { signedIn: false });
    await until(() => profile.shadowRoot?.querySelector('[part="name"]'), 'the profile');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardCodeFetched(), 'no card code for a profile without courses').to.be.false;
    expect(customElements.get('ckit-course-card')).to.equal(undefined);

    profile.maxCourses = 2;
    await until(() => profile.shadowRoot?.querySelectorAll('ckit-course-card').length === 2, 'two cards');
    expect(cardCodeFetched(), 'the card code loaded with the courses').to.be.true;
    await until(() => part(profile.shadowRoot!.querySelector('ckit-course-card')!, '[part~="title"]'), 'a card rendered');
    await expect(profile).to.be.accessible();
  });
});
