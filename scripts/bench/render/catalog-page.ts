/**
 * Browser side of the catalog bench (`/catalog.html`): a provider and a catalog of 24 cards
 * against the reference backend, with a probe that notes when the 24th card has painted, and
 * a page-through helper that counts DOM nodes.
 *
 * @module
 */
import '../../../packages/elements/src/components/provider/provider.js';
import '../../../packages/elements/src/components/course-catalog/course-catalog.js';
import '../../../packages/elements/src/components/course-card/course-card.js';
import { countNodes, whenPainted } from './probe.js';

const cards = () => [...(document.querySelector('ckit-course-catalog')?.shadowRoot?.querySelectorAll('ckit-course-card') ?? [])];
whenPainted(() => {
  const found = cards();
  return found.length >= 24 && found.every((card) => card.shadowRoot?.querySelector('[part~="title"]'));
});

/** Shows `page` and waits until its first card shows that page's first course. */
async function goTo(page: number): Promise<number> {
  const catalog = document.querySelector('ckit-course-catalog') as HTMLElement & { page: number; updateComplete: Promise<boolean> };
  const before = cards()[0]?.shadowRoot?.querySelector('[part~="title"]')?.textContent;
  catalog.page = page;
  const deadline = performance.now() + 5000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const first = cards()[0]?.shadowRoot?.querySelector('[part~="title"]')?.textContent;
    const busy = catalog.shadowRoot?.querySelector('[aria-busy="true"]');
    if (first && first !== before && !busy) break;
    if (performance.now() > deadline) throw new Error(`page ${page} did not show`);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return countNodes(document);
}

Object.assign(window, { bench: { goTo, countNodes: () => countNodes(document) } });
