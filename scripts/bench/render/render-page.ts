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
import { courseImage } from '../../../packages/elements/src/internal/course-view.js';
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

const HREF_TEMPLATE = '/courses/{slug}';

let courses: Course[] = [];
/** The decoded cover images, held so the memory cache keeps them. */
let covers: HTMLImageElement[] = [];

const titled = (root: ShadowRoot | null | undefined) => Boolean(root?.querySelector('[part~="title"]'));

async function settled(hosts: readonly (LitElement | HTMLElement)[]): Promise<void> {
  for (;;) {
    await Promise.all(hosts.map((host) => (host as LitElement).updateComplete));
    if (hosts.every((host) => titled(host.shadowRoot))) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Where the time of one `run()` went, in ms from its start. */
export interface RunTimes {
  /** Every card's shadow root holds its title (script: templates, elements, updates). */
  rendered: number;
  /** Style and layout forced on top of that (`offsetHeight`). */
  laidOut: number;
  /** The frame that shows the cards has painted: what the bench compares. */
  painted: number;
}

/** Resolves after the next frame's paint: a task queued from that frame's animation callbacks runs once it has committed. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A card of `variant` for `course`; the element gets the link the hand-written card has. */
function createCard(variant: 'lean' | 'ckit', course: Course): HTMLElement {
  const host = document.createElement(variant === 'lean' ? 'lean-card' : 'ckit-course-card') as LeanCard & CkitCourseCard;
  host.course = course;
  if (variant === 'ckit') host.hrefTemplate = HREF_TEMPLATE;
  return host;
}

/**
 * Renders `count` cards of `variant` into a fresh container and resolves once they have
 * painted, with the time each phase ended. Every variant ends the same way (forced layout, then
 * the next frame), so none is measured to an earlier point than another.
 */
async function run(variant: 'hand' | 'lean' | 'ckit', count = 1000): Promise<RunTimes> {
  const container = document.createElement('div');
  container.id = 'cards';
  const start = performance.now();
  document.body.append(container);
  const list = courses.slice(0, count);
  if (variant === 'hand') {
    renderHandCards(container, list);
  } else {
    const hosts = list.map((course) => createCard(variant, course));
    container.append(...hosts);
    await settled(hosts);
  }
  const rendered = performance.now() - start;
  void container.offsetHeight;
  const laidOut = performance.now() - start;
  await nextPaint();
  return { rendered, laidOut, painted: performance.now() - start };
}

/**
 * The shadow DOM of a card as text: elements with their attributes sorted (a bound attribute
 * comes after the static ones in Lit's output), class lists normalized, text trimmed; comments
 * (Lit's markers) left out.
 */
function markupOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim();
  if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
  const children = [...node.childNodes].map(markupOf).join('');
  if (node instanceof ShadowRoot) return children;
  const attributes = [...node.attributes]
    .map(({ name, value }) => `${name}="${name === 'class' ? value.trim().split(/\s+/).join(' ') : value}"`)
    .sort()
    .join(' ');
  return `<${node.localName} ${attributes}>${children}</${node.localName}>`;
}

/**
 * Whether the three variants render the same thing for the first course: the same markup in
 * each shadow root and the same style sheets adopted. The bench refuses to compare otherwise.
 */
async function sameResult(): Promise<{ same: boolean; markup: string[]; sheets: number[] }> {
  const course = courses[0]!;
  const hand = document.createElement('div');
  document.body.append(hand);
  renderHandCards(hand, [course]);
  const hosts = (['lean', 'ckit'] as const).map((variant) => createCard(variant, course));
  document.body.append(...hosts);
  await settled(hosts);
  const roots = [hand.firstElementChild!.shadowRoot!, ...hosts.map((host) => host.shadowRoot!)];
  const markup = roots.map((root) => markupOf(root));
  const sheets = roots.map((root) => root.adoptedStyleSheets.length);
  const sameSheets = roots.every((root) => root.adoptedStyleSheets.length === cardStyles.length && root.adoptedStyleSheets.every((sheet, index) => sheet === cardStyles[index]!.styleSheet));
  hand.remove();
  for (const host of hosts) host.remove();
  return { same: sameSheets && markup.every((each) => each === markup[0]), markup, sheets };
}

/**
 * Loads the catalog's courses over HTTP and repeats them to `count` (each copy its own object and
 * id), and loads and decodes their cover images: the cards then find them in the memory cache.
 * Otherwise the covers of the first rows arrive while the cards render and paint, and their
 * loading and decoding (each SVG cover lays out its own document) lands in a random share of rounds.
 */
async function prepare(count = 1000): Promise<number> {
  const client = new CourseKit({ baseUrl: new URL('/api/v1', location.href).href });
  const seed: Course[] = [];
  for await (const course of client.courses.list({ per_page: 100, include: ['category', 'instructors', 'media', 'tags'] })) seed.push(course);
  courses = Array.from({ length: count }, (_, index) => ({ ...seed[index % seed.length]!, id: 100_000 + index }));
  covers = seed.map(courseImage).filter((url): url is string => url !== undefined).map((url) => Object.assign(new Image(), { src: url }));
  await Promise.all(covers.map((image) => image.decode().catch(() => undefined)));
  return seed.length;
}

/** Mounts `count` cards of `variant` without a provider, waits `waitMs`, then removes them again. */
async function mountAndRemove(variant: 'lean' | 'ckit', count = 1000, waitMs = 100): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  for (const course of courses.slice(0, count)) container.append(createCard(variant, course));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  container.remove();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

Object.assign(window, { bench: { prepare, run, sameResult, mountAndRemove } });
