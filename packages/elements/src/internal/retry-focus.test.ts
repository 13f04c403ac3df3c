import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, deferred, mount, part, testClient, until, untilTestEnds, worker } from '../test-support/api.js';
import { CoursekitElement } from './coursekit-element.js';
import type { CkitProvider } from '../components/provider/provider.component.js';
import '../components/course-card/course-card.js';
import '../components/course-catalog/course-catalog.js';
import '../components/course-curriculum/course-curriculum.js';
import '../components/course-details/course-details.js';
import '../components/course-reviews/course-reviews.js';
import '../components/curriculum-player/curriculum-player.js';

/** The focused element, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Where focus is, for failure messages: `tag[part]`. */
const describeFocus = () => {
  const active = deepActive();
  return active ? `${active.localName}${active.getAttribute('part') ? `[part="${active.getAttribute('part')}"]` : ''}` : 'nothing';
};

/**
 * Expects focus on `target` in `element`'s shadow root. Compares in the test, not in chai: a
 * failure report that carries elements cannot be sent back from the browser.
 */
function expectFocusOn(element: Element, target: Element | null, step: string): void {
  expect(element.shadowRoot!.activeElement === target, `${step}: focus on ${describeFocus()}`).to.equal(true);
}

/** The element's update, and the focus moves that wait for it. */
async function settled(element: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

/** Expects focus inside `element` (its shadow root, or one nested in it), never on `<body>`. */
function expectFocusInside(element: Element, step: string): void {
  expect(document.activeElement === document.body, `${step}: focus dropped to <body>`).to.equal(false);
  expect(element.shadowRoot!.activeElement !== null, `${step}: focus inside <${element.localName}>, not on ${describeFocus()}`).to.equal(true);
}

/**
 * Answers the first GET of `path` with a 503 and holds the next one until `release()`, then lets
 * the mock backend answer it.
 */
function failOnceThenHold(path: string): { release: () => void; held: Promise<void> } {
  const gate = deferred();
  const reached = deferred();
  let calls = 0;
  worker.use(
    http.get(`${API}${path}`, async () => {
      calls += 1;
      if (calls === 1) return HttpResponse.json({ message: 'Down' }, { status: 503 });
      reached.resolve();
      await Promise.race([gate.promise, untilTestEnds()]);
      return undefined;
    }),
  );
  return { release: gate.resolve, held: reached.promise };
}

interface RetryCase {
  name: string;
  path: string;
  template: TemplateResult;
  signedIn?: boolean;
  /** What focus lands on while the retry loads. */
  loading: string;
  /** What shows once the content arrived, and where focus lands then. */
  content: string;
  landed: string;
}

const cases: RetryCase[] = [
  {
    name: 'course card',
    path: '/courses/:key',
    template: html`<ckit-course-card course-id="2"></ckit-course-card>`,
    loading: '[part~="base"][aria-busy="true"]',
    content: '[part="title"]',
    landed: '[part="title"]',
  },
  {
    name: 'course details',
    path: '/courses/:key',
    template: html`<ckit-course-details course-id="1" no-json-ld></ckit-course-details>`,
    signedIn: false,
    loading: '[part="skeleton"]',
    content: '[part="title"]',
    landed: '[part="title"]',
  },
  {
    name: 'curriculum',
    path: '/courses/:id/curriculum',
    template: html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`,
    signedIn: false,
    loading: '[part="skeleton"]',
    content: '[part="section"]',
    landed: '[part="heading"]',
  },
  {
    name: 'reviews',
    path: '/courses/:id/reviews/summary',
    template: html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`,
    loading: '[part~="skeleton"]',
    content: '[part="summary"]',
    landed: '[part="summary"]',
  },
  {
    name: 'curriculum player',
    path: '/courses/:id/curriculum',
    template: html`<ckit-curriculum-player course-id="1"></ckit-curriculum-player>`,
    loading: '[part="skeleton"]',
    content: '#lecture-title',
    landed: '[part="title"]',
  },
  {
    name: 'catalog',
    path: '/courses',
    template: html`<ckit-course-catalog no-toolbar></ckit-course-catalog>`,
    // The result count is the catalog's landing (as after paging): it announces the count once the courses arrive.
    loading: '[part="result-count"]',
    content: 'ckit-course-card',
    landed: '[part="result-count"]',
  },
];

describe('focus after "Try again"', () => {
  for (const { name, path, template, signedIn, loading, content, landed } of cases) {
    it(`stays in the ${name}: on the loading state, then on the content`, async () => {
      const { release, held } = failOnceThenHold(path);
      const element = await mount<CoursekitElement>(template, { signedIn: signedIn ?? true });
      await until(() => element.shadowRoot?.querySelector('[part="retry-button"]'), 'error state with a retry');
      part(element, '[part="retry-button"]').focus();
      await sendKeys({ press: 'Enter' });

      await held;
      await until(() => !element.shadowRoot!.querySelector('[part="error"]'), 'the error state replaced');
      await settled(element);
      expectFocusInside(element, 'while loading');
      expectFocusOn(element, part(element, loading), `while loading, ${loading}`);
      await expect(element).to.be.accessible();

      release();
      await until(() => element.shadowRoot!.querySelector(content), 'the content');
      await settled(element);
      expectFocusInside(element, 'with the content');
      expectFocusOn(element, part(element, landed), `with the content, ${landed}`);
      await expect(element).to.be.accessible();
    });
  }

  it('lands on the retry button again when the retry fails too, not on <body>', async () => {
    let calls = 0;
    worker.use(http.get(`${API}/courses/:key`, () => ((calls += 1) <= 2 ? HttpResponse.json({ message: 'Down' }, { status: 503 }) : undefined)));
    const details = await mount<CoursekitElement>(html`<ckit-course-details course-id="1" no-json-ld></ckit-course-details>`, { signedIn: false });
    await until(() => details.shadowRoot?.querySelector('[part="retry-button"]'), 'error state');
    const first = part(details, '[part="retry-button"]');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.shadowRoot!.querySelector('[part="retry-button"]') !== first && details.shadowRoot!.querySelector('[part="retry-button"]'), 'the second error');
    await settled(details);
    expectFocusInside(details, 'after the second failure');
    expectFocusOn(details, part(details, '[part="retry-button"]'), 'the new retry button');
    await sendKeys({ press: 'Enter' });
    await until(() => details.shadowRoot!.querySelector('[part="title"]'), 'the course');
    expectFocusInside(details, 'with the content');
  });

  it('leaves focus on the host page while an element re-renders', async () => {
    const { release, held } = failOnceThenHold('/courses/:key');
    const provider = await fixture<CkitProvider>(
      html`<ckit-provider locale="en" .client=${testClient()}><label>Search <input /></label><ckit-course-card course-id="2"></ckit-course-card></ckit-provider>`,
    );
    const card = provider.querySelector('ckit-course-card')!;
    const input = provider.querySelector('input')!;
    await until(() => card.shadowRoot?.querySelector('[part="retry-button"]'), 'error state');
    // Focus was in the card, then the user moved on to the page's own field.
    part(card, '[part="retry-button"]').focus();
    input.focus();
    part(card, '[part="retry-button"]').click();
    await held;
    await until(() => !card.shadowRoot!.querySelector('[part="error"]'), 'loading');
    release();
    await until(() => card.shadowRoot!.querySelector('[part="title"]'), 'the course');
    await settled(card);
    expect(document.activeElement === input, `focus stays on the page's field, not on ${describeFocus()}`).to.equal(true);
  });
});

/** An element that renders what a test gives it, to remove focused nodes at will. */
class FocusProbe extends CoursekitElement {
  static override properties = { view: { attribute: false } };
  view: TemplateResult = html``;
  /** Set by a test: what `updated()` focuses, as the elements that move focus on purpose do. */
  focusInUpdated = '';

  protected override render() {
    return html`<div part="base">${this.view}</div>`;
  }

  protected override updated(): void {
    if (this.focusInUpdated) this.renderRoot.querySelector<HTMLElement>(this.focusInUpdated)?.focus();
  }
}
FocusProbe.define('ckit-focus-probe');

describe('focus when a render removes the focused node', () => {
  async function probe(view: TemplateResult): Promise<FocusProbe> {
    const element = await fixture<FocusProbe>(html`<ckit-focus-probe .view=${view}></ckit-focus-probe>`);
    await settled(element);
    return element;
  }

  it('moves to the heading of what replaced it, focusable only while it holds focus', async () => {
    const element = await probe(html`<section><button>Done</button></section>`);
    part(element, 'button').focus();
    element.view = html`<section><div role="heading" aria-level="2">All done</div><button>Next</button></section>`;
    await settled(element);
    const heading = part(element, '[role="heading"]');
    expectFocusOn(element, heading, 'the heading');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expectFocusOn(element, part(element, 'button'), 'Tab goes on to the next control');
    expect(heading.hasAttribute('tabindex'), 'no tab stop left behind').to.equal(false);
  });

  it('prefers what survived around the lost node, and falls back to the element\'s main container', async () => {
    const layout = (left: TemplateResult) => html`<h2>Title</h2><div class="left">${left}</div><div class="right"><p role="status">Saved</p></div>`;
    const element = await probe(layout(html`<button>Gone</button>`));
    part(element, 'button').focus();
    element.view = layout(html`<p role="status">Loading</p>`);
    await settled(element);
    expect(element.shadowRoot!.activeElement?.textContent, 'the status that replaced it').to.equal('Loading');

    element.view = html`<span>Nothing to land on</span>`;
    await settled(element);
    expectFocusOn(element, part(element, '[part="base"]'), 'the main container');
  });

  it('never lands on a control, nor on anything hidden or visually hidden', async () => {
    const element = await probe(html`<button>Go</button>`);
    part(element, 'button').focus();
    element.view = html`<a href="#x">A link</a><p class="sr-only" role="status">Loading</p><h2 hidden>Hidden</h2><div aria-hidden="true"><h2>Unseen</h2></div>`;
    await settled(element);
    expectFocusOn(element, part(element, '[part="base"]'), 'the main container');
  });

  it('lets the element choose first, in updated() or once the update completed', async () => {
    const element = await probe(html`<button>Go</button>`);
    part(element, 'button').focus();
    element.focusInUpdated = 'input';
    element.view = html`<h2>Heading</h2><input aria-label="Chosen" />`;
    await settled(element);
    expectFocusOn(element, part(element, 'input'), 'focused in updated()');

    element.focusInUpdated = '';
    part(element, 'input').focus();
    const focused: string[] = [];
    element.shadowRoot!.addEventListener('focusin', (event) => focused.push((event.target as Element).localName));
    element.view = html`<h2>Heading</h2><button class="chosen">Chosen</button>`;
    await element.updateComplete.then(() => part(element, '.chosen').focus());
    await settled(element);
    expectFocusOn(element, part(element, '.chosen'), 'focused after updateComplete');
    expect(focused, 'focus moved once').to.deep.equal(['button']);
  });

  it('works for an element nested in another one\'s shadow root', async () => {
    const inner = document.createElement('ckit-focus-probe') as FocusProbe;
    inner.view = html`<button>Inner</button>`;
    const outer = await probe(html`<h2>Outer</h2>${inner}`);
    await settled(inner);
    part(inner, 'button').focus();
    expectFocusOn(outer, inner, 'the inner element');

    inner.view = html`<h3>Inner heading</h3>`;
    await settled(inner);
    expectFocusOn(inner, part(inner, 'h3'), 'the inner element keeps it');
    expectFocusOn(outer, inner, 'inside the inner element');

    outer.view = html`<h2>Outer only</h2>`;
    await settled(outer);
    expectFocusOn(outer, part(outer, 'h2'), 'the outer element takes it when the inner one goes');
  });

  it('does nothing when focus was not inside', async () => {
    const element = await probe(html`<button>Go</button>`);
    element.view = html`<h2>Heading</h2>`;
    await settled(element);
    expect(element.shadowRoot!.activeElement === null && document.activeElement === document.body, describeFocus()).to.equal(true);
  });
});
