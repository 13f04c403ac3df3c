/// <reference types="mocha" />
// A file of its own: a page loads a module once, so the test that the panel's code stays out of a
// visitor's page needs a page where no other test has shown the bell.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { STUDENT, api, mount, part, requests, until } from '../../test-support/api.js';
import type { CkitProvider } from '../provider/provider.component.js';
import type { CkitNotifications } from './notifications.component.js';
import './notifications.js';

// Watched rather than read from the timeline, whose buffer the test runner's own modules fill.
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
/** Whether the page has fetched the bell's and popover's module. */
const panelFetched = () => fetched.some((name) => name.includes('/notifications-panel.'));

describe('<ckit-notifications> on a visitor\'s page', () => {
  it('does not download the bell\'s code for a visitor, and loads it once somebody signs in', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`, { signedIn: false });
    await until(() => requests.includes('GET /me'), 'the session asked for');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="button"]')).to.equal(null);
    expect(panelFetched(), 'no panel code for a visitor').to.be.false;

    (element.parentElement as CkitProvider).setToken(api.issueToken(STUDENT.email));
    await until(() => element.shadowRoot!.querySelector('[part="button"]'), 'the bell once signed in');
    expect(panelFetched(), 'the panel code loaded').to.be.true;
    expect(part(element, '[part="button"]').getAttribute('aria-label')).to.match(/^Notifications/);
    // The popover's rules came with it: it is positioned, not in the flow of the host's header.
    expect(getComputedStyle(part(element, '[part="panel"]')).position).to.equal('fixed');
    await expect(element).to.be.accessible();
  });
});
