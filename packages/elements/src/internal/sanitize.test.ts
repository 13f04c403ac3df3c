/// <reference types="mocha" />
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { withoutInlineCode } from './html-allowlist.js';
import { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';
import { htmlText, safeHtml } from './sanitize.js';

/**
 * A test page cannot enforce Trusted Types (that takes a response header), so these tests record
 * what reaches the HTML sinks instead: under `require-trusted-types-for 'script'` every string
 * among them would throw.
 */
interface TrustedTypesApi {
  createPolicy(name: string, rules: object): unknown;
  isHTML(value: unknown): boolean;
}
const trustedTypes = (window as { trustedTypes?: TrustedTypesApi }).trustedTypes;

/** Names passed to `trustedTypes.createPolicy` since this file loaded (Lit's own came before). */
const policiesCreated: string[] = [];
/** Every value given to an HTML sink since this file loaded: `sink: string` or `sink: TrustedHTML`. */
const sinkInputs: string[] = [];

function kindOf(value: unknown): string {
  return typeof value === 'string' ? 'string' : trustedTypes?.isHTML(value) ? 'TrustedHTML' : typeof value;
}

if (trustedTypes) {
  const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => {
    policiesCreated.push(name);
    return createPolicy(name, rules);
  };
}
const parseFromString = DOMParser.prototype.parseFromString;
DOMParser.prototype.parseFromString = function (this: DOMParser, input: string, type: DOMParserSupportedType) {
  sinkInputs.push(`DOMParser.parseFromString: ${kindOf(input)}`);
  return parseFromString.call(this, input, type);
};
for (const [prototype, name] of [
  [Element.prototype, 'innerHTML'],
  [Element.prototype, 'outerHTML'],
  [ShadowRoot.prototype, 'innerHTML'],
] as const) {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  Object.defineProperty(prototype, name, {
    ...descriptor,
    set(this: Element, value: unknown) {
      sinkInputs.push(`${name}: ${kindOf(value)}`);
      descriptor.set!.call(this, value);
    },
  });
}

const HOSTILE =
  '<p style="color: red">Loved <strong onclick="window.hacked = true">it</strong></p>' +
  '<img src="/x.png" onerror="window.hacked = true"><script>window.hacked = true</script><style>p { display: none }</style>' +
  '<a href="javascript:window.hacked = true">bad</a> <a href="https://example.com/">good</a>';

/** The sanitizing module with a view of its `safeHtml()`: one template for every render, as an element has (Lit keeps its parts from one render to the next). */
type Sanitizer = typeof import('./sanitize.js') & { view: (source: string) => TemplateResult };
const withView = (module: typeof import('./sanitize.js')): Sanitizer => ({ ...module, view: (source) => html`${module.safeHtml(source)}` });

/** Renders `sanitizer.safeHtml(source)` into a fresh container. */
async function renderSafe(sanitizer: Sanitizer, source: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  render(sanitizer.view(source), container);
  return container;
}

const until = async (condition: () => unknown, what: string) => {
  const deadline = performance.now() + 5000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

// Watched rather than read from the timeline, whose buffer the test runner's own modules fill.
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });

const setHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
/**
 * Each sanitizer a browser may get: its own HTML Sanitizer API where it has one, and DOMPurify
 * (a copy of the module, whose first use comes while `Element.prototype.setHTML` is hidden).
 */
const BACKENDS = [
  { name: "the browser's HTML Sanitizer API", native: true, supported: setHtml !== undefined, load: async () => import('./sanitize.js') },
  { name: 'DOMPurify', native: false, supported: true, load: async () => (await import(/* @vite-ignore */ `./sanitize.ts?${'dompurify'}`)) as typeof import('./sanitize.js') },
];

for (const backend of BACKENDS) {
  describe(`sanitize, with ${backend.name}`, () => {
    let sanitizer: Sanitizer;

    before(async function () {
      if (!backend.supported) this.skip();
      if (!backend.native && setHtml) delete (Element.prototype as { setHTML?: unknown }).setHTML;
      sanitizer = withView(await backend.load());
    });

    after(() => {
      if (setHtml) Object.defineProperty(Element.prototype, 'setHTML', setHtml);
    });

    beforeEach(() => {
      sinkInputs.length = 0;
    });

    it('returns a fragment of the page, never a string, with only formatting and safe links left', async () => {
      const fragment = await sanitizer.sanitizeHtml(HOSTILE);
      expect(fragment).to.be.instanceOf(DocumentFragment);
      expect(fragment.ownerDocument).to.equal(document);
      const box = document.createElement('div');
      box.append(fragment);
      expect(box.querySelector('strong')?.textContent).to.equal('it');
      expect(box.querySelector('img, script, style, [style], [onclick], [onerror]')).to.equal(null);
      const links = [...box.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([null, 'https://example.com/']);
      expect(links[1]!.rel).to.equal('noopener noreferrer ugc');
      expect(links[1]!.target).to.equal('_blank');
      expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    });

    it('gives a new fragment each time: inserting one leaves the next whole', async () => {
      const first = await sanitizer.sanitizeHtml('<p><em>Again</em></p>');
      document.createElement('div').append(first);
      const second = await sanitizer.sanitizeHtml('<p><em>Again</em></p>');
      expect(first.childNodes.length).to.equal(0);
      expect(second.querySelector('em')?.textContent).to.equal('Again');
    });

    it('shows the plain text until the sanitizer answers, then the sanitized nodes', async () => {
      const source = '<p>Plain <b>first</b>,</p><p>then&nbsp;bold &amp; safe.</p><script>ignored()</script>';
      const container = await renderSafe(sanitizer, source);
      expect(container.querySelector('b')).to.equal(null);
      expect(container.textContent).to.equal('Plain first, then bold & safe.');
      await until(() => container.querySelector('b'), 'the sanitized HTML');
      expect(container.querySelector('b')!.textContent).to.equal('first');
      expect(container.querySelector('script')).to.equal(null);
    });

    it('keeps the nodes it shows when re-rendered with the same HTML', async () => {
      const source = '<p><strong>Stable</strong></p>';
      const container = await renderSafe(sanitizer, source);
      await until(() => container.querySelector('strong'), 'the sanitized HTML');
      const shown = container.querySelector('strong');
      render(sanitizer.view(source), container);
      expect(container.querySelector('strong')).to.equal(shown);
      // Another place with the same HTML gets it at once, from the sanitized cache.
      const other = await renderSafe(sanitizer, source);
      expect(other.querySelector('strong')?.textContent).to.equal('Stable');
      expect(other.querySelector('strong')).not.to.equal(shown);
    });

    // DOMPurify's own: the browser's sanitizer uses no HTML sink and no policy (below).
    if (!backend.native) it('gives the HTML sinks TrustedHTML only, never a string, where Trusted Types exist', async function () {
      if (!trustedTypes) this.skip();
      const container = await renderSafe(sanitizer, `${HOSTILE}<p>Sinks.</p>`);
      await until(() => container.querySelector('strong'), 'the sanitized HTML');
      expect(sinkInputs.length).to.be.greaterThan(0);
      expect(sinkInputs.filter((input) => !input.endsWith(': TrustedHTML'))).to.deep.equal([]);
    });

    if (!backend.native) it(`creates one Trusted Types policy, "${TRUSTED_TYPES_POLICY_NAME}", and keeps DOMPurify from creating its own`, async function () {
      if (!trustedTypes) this.skip();
      for (const source of ['<p>One</p>', '<p>Two</p>', '<p><em>Three</em></p>']) {
        const container = await renderSafe(sanitizer, source);
        await until(() => container.querySelector('p'), 'the sanitized HTML');
      }
      expect(TRUSTED_TYPES_POLICY_NAME).to.equal('coursekit');
      expect(policiesCreated).to.deep.equal(['coursekit']);
    });

    if (backend.native) it('uses no HTML sink and no Trusted Types policy, and does not load DOMPurify', async () => {
      const container = await renderSafe(sanitizer, `${HOSTILE}<p>Native.</p>`);
      await until(() => container.querySelector('strong'), 'the sanitized HTML');
      expect(sinkInputs).to.deep.equal([]);
      expect(policiesCreated).to.deep.equal([]);
      expect(fetched.filter((name) => /native-sanitizer\./.test(name)), 'the native sanitizer loaded').to.have.length(1);
      expect(fetched.filter((name) => /dompurify|\/purify\./.test(name))).to.deep.equal([]);
    });

    it('narrows the browser\'s output to the allow-list as DOMPurify does: other elements give way to their content', async () => {
      const fragment = await sanitizer.sanitizeHtml(
        '<div><p>x</p>tail</div><section>s</section><h1>big</h1><font color="red">f</font><foo-bar>custom</foo-bar>' +
          '<svg><a href="javascript:alert(1)">x</a></svg><math><mi>y</mi></math><template><p>t</p></template>' +
          '<p data-note="1" aria-label="l" class="c" id="i" title="t" lang="fr" dir="rtl">attrs</p>' +
          '<a href="  java\tscript:alert(1)">ws</a><a href="data:text/html,x">d</a><a href="mailto:a@b.c">m</a><a href="/rel">r</a><!-- c -->',
      );
      const box = document.createElement('div');
      box.append(fragment);
      expect(box.innerHTML).to.equal(
        '<p>x</p>tailsbigfcustom<p data-note="1" aria-label="l" title="t" lang="fr" dir="rtl">attrs</p>' +
          '<a rel="noopener noreferrer ugc" target="_blank">ws</a><a rel="noopener noreferrer ugc" target="_blank">d</a>' +
          '<a href="mailto:a@b.c" rel="noopener noreferrer ugc" target="_blank">m</a><a href="/rel" rel="noopener noreferrer ugc" target="_blank">r</a>',
      );
    });
  });
}

describe('sanitize, where the browser\'s setHTML() does not take the configuration', () => {
  it('falls back to DOMPurify', async () => {
    const refusing = () => {
      throw new TypeError('Unknown sanitizer configuration');
    };
    Object.defineProperty(Element.prototype, 'setHTML', { value: refusing, configurable: true, writable: true });
    try {
      const { sanitizeHtml } = (await import(/* @vite-ignore */ `./sanitize.ts?${'refusing'}`)) as typeof import('./sanitize.js');
      sinkInputs.length = 0;
      const box = document.createElement('div');
      box.append(await sanitizeHtml(HOSTILE));
      expect(box.querySelector('strong')?.textContent).to.equal('it');
      expect(box.querySelector('img, script, style, [onclick]')).to.equal(null);
      // DOMPurify parses through an HTML sink; the browser's sanitizer uses none.
      expect(sinkInputs.length, 'DOMPurify parsed it').to.be.greaterThan(0);
    } finally {
      if (setHtml) Object.defineProperty(Element.prototype, 'setHTML', setHtml);
      else delete (Element.prototype as { setHTML?: unknown }).setHTML;
    }
  });
});

describe('sanitize, either way', () => {
  it('shows text without a tag or an entity as it is, with no sanitizer to load', async () => {
    const plain = 'A friendly introduction.\nNo prior experience needed (really).';
    expect(safeHtml(plain)).to.equal(plain);
    for (const markup of ['<p>One</p>', 'Tom &amp; Jerry', 'a < b']) expect(safeHtml(markup)).not.to.be.a('string');
    const container = await fixture<HTMLDivElement>(html`<div>${safeHtml(plain)}</div>`);
    expect(container.textContent).to.equal(plain);
    expect(container.children).to.have.length(0);
  });

  it('reads the text of HTML without a parser', () => {
    expect(htmlText('<h3>Title</h3><ul><li>One</li><li>Two&#x21;</li></ul><img src="/y.png" onerror="window.hacked = true"><style>x{}</style>')).to.equal('Title One Two!');
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('strips inline styles and event handlers before parsing, so a strict policy reports nothing', () => {
    expect(withoutInlineCode('<p style="color: red" title="t">a</p><img/onerror=alert(1) src=x><a onclick=\'x()\' href="/h">b</a><style>p{}</style>c')).to.equal(
      '<p  title="t">a</p><img  src=x><a  href="/h">b</a>c',
    );
  });
});

/**
 * A second copy of the sanitizer module, loaded while `window.trustedTypes` is `value`: its policy
 * state starts empty. The stand-in stays in place until `body` has finished.
 */
let copies = 0;
async function withTrustedTypes(value: unknown, body: (module: typeof import('./purify.js')) => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
  Object.defineProperty(window, 'trustedTypes', { value, configurable: true, writable: true });
  try {
    await body((await import(/* @vite-ignore */ `./purify.ts?copy=${++copies}`)) as typeof import('./purify.js'));
  } finally {
    if (own) Object.defineProperty(window, 'trustedTypes', own);
    else delete (window as { trustedTypes?: unknown }).trustedTypes;
  }
}

describe('sanitizer without the coursekit policy', () => {
  it('works with plain strings where the browser has no Trusted Types', async () => {
    await withTrustedTypes(undefined, async ({ createPurifier }) => {
      const box = document.createElement('div');
      box.append(document.importNode(createPurifier()('<p>No <b>policy</b><img src=x onerror="window.hacked = true"></p>'), true));
      expect(box.querySelector('b')?.textContent).to.equal('policy');
      expect(box.querySelector('img')).to.equal(null);
    });
  });

  it('refuses to sanitize, and says why once, where the page refuses the policy', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    const refusing = {
      createPolicy(name: string) {
        throw new TypeError(`Policy "${name}" disallowed.`);
      },
    };
    try {
      await withTrustedTypes(refusing, async ({ createPurifier }) => {
        expect(() => createPurifier()).to.throw(TypeError, 'Policy "coursekit" disallowed.');
      });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('"coursekit"');
  });
});
