/**
 * Browser side of the render bench (`/render.html`): renders 1,000 cards as the element, as a
 * lean LitElement with the same template and styles, and by hand with lit-html; and measures
 * what 1,000 cards without a provider leave behind.
 *
 * @module
 */
import { LitElement } from 'lit';
import { CourseKit, type Course } from '@coursekit/sdk';
import { CkitCourseCard } from '../../../packages/elements/src/components/course-card/course-card.component.js';
import { cardStyles, handCard, renderHandCards } from './hand-card.js';

/** The same template and styles as the card, on a plain LitElement: what Lit itself costs. */
class LeanCard extends LitElement {
  static override styles = cardStyles;
  static override properties = { course: { attribute: false } };
  course?: Course;
  protected override render() {
    return this.course ? handCard(this.course) : null;
  }
}
customElements.define('lean-card', LeanCard);
CkitCourseCard.define('ckit-course-card');

let courses: Course[] = [];

const titled = (root: ShadowRoot | null | undefined) => Boolean(root?.querySelector('[part~="title"]'));

async function settled(hosts: readonly (LitElement | HTMLElement)[]): Promise<void> {
  for (;;) {
    await Promise.all(hosts.map((host) => (host as LitElement).updateComplete));
    if (hosts.every((host) => titled(host.shadowRoot))) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Renders `count` cards of `variant` into a fresh container and waits until each shows its title and the page is laid out. */
async function run(variant: 'hand' | 'lean' | 'ckit', count = 1000): Promise<number> {
  const container = document.createElement('div');
  container.id = 'cards';
  const start = performance.now();
  document.body.append(container);
  const list = courses.slice(0, count);
  if (variant === 'hand') {
    renderHandCards(container, list);
  } else {
    const hosts = list.map((course) => {
      const host = document.createElement(variant === 'lean' ? 'lean-card' : 'ckit-course-card') as LeanCard;
      host.course = course;
      return host;
    });
    container.append(...hosts);
    await settled(hosts);
  }
  void container.offsetHeight;
  return performance.now() - start;
}

/** Loads the catalog's courses over HTTP and repeats them to `count` (each copy its own object and id). */
async function prepare(count = 1000): Promise<number> {
  const client = new CourseKit({ baseUrl: new URL('/api/v1', location.href).href });
  const seed: Course[] = [];
  for await (const course of client.courses.list({ per_page: 100, include: ['category', 'instructors', 'media', 'tags'] })) seed.push(course);
  courses = Array.from({ length: count }, (_, index) => ({ ...seed[index % seed.length]!, id: 100_000 + index }));
  return seed.length;
}

/** Mounts `count` cards of `variant` without a provider, waits `waitMs`, then removes them again. */
async function mountAndRemove(variant: 'lean' | 'ckit', count = 1000, waitMs = 100): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  for (const course of courses.slice(0, count)) {
    const host = document.createElement(variant === 'lean' ? 'lean-card' : 'ckit-course-card') as LeanCard;
    host.course = course;
    container.append(host);
  }
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  container.remove();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

Object.assign(window, { bench: { prepare, run, mountAndRemove } });
