/**
 * Waits until a page has finished loading: the network is quiet and every `ckit-*` element is
 * defined, has rendered into its shadow root, and shows no `aria-busy="true"` (a skeleton or a
 * pending list) any more.
 *
 * @module
 */
import type { Page } from 'puppeteer-core';

/**
 * In the page: why it is not settled yet (`''` when it is). A source string rather than a
 * function: tsx compiles functions with name helpers that do not exist in the page.
 */
const PENDING_ELEMENTS = `(() => {
  const pending = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName;
      if (name.startsWith('ckit-')) {
        if (!customElements.get(name)) pending.push('<' + name + '> is not defined');
        else if (!element.shadowRoot) pending.push('<' + name + '> has no shadow root');
      }
      if (element.shadowRoot) {
        for (const busy of element.shadowRoot.querySelectorAll('[aria-busy="true"]')) {
          const part = busy.getAttribute('part');
          pending.push('<' + name + '> shows ' + busy.localName + (part ? '[part="' + part + '"]' : '') + ' aria-busy="true"');
        }
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return [...new Set(pending)].join('; ');
})()`;

/**
 * Resolves `''` once the page is settled, or the reason it did not settle within `timeoutMs`
 * (the elements still loading), so that a stuck page is reported rather than thrown.
 */
export async function settle(page: Page, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(500, deadline - Date.now());
  const quiet = () =>
    page.waitForNetworkIdle({ idleTime: 300, timeout: left() }).then(
      () => true,
      () => false,
    );
  await quiet();
  await page.waitForFunction(`${PENDING_ELEMENTS} === ''`, { timeout: left(), polling: 100 }).catch(() => undefined);
  // Rendering may start more requests (a lazy chunk, a second query): let them finish too.
  const idle = await quiet();
  const reason = (await page.evaluate(PENDING_ELEMENTS)) as string;
  if (reason) return `still loading after ${timeoutMs} ms: ${reason}`;
  if (!idle) return `the network was still busy after ${timeoutMs} ms`;
  return '';
}
