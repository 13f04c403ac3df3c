/**
 * Where focus goes when a render removes the node that had it. Browsers send focus to `<body>`
 * then, which throws a keyboard or screen-reader user back to the top of the page; the base
 * class catches that case and lands focus on the nearest thing in the element that says what is
 * happening now.
 *
 * @module
 */

/**
 * The landings, best first. Each is looked for in the part of the shadow root that survived the
 * render around the lost node, then in the whole shadow root.
 *
 * - a loading region that says so (`aria-busy="true"` with text, e.g. "Loading…");
 * - an error state's retry button: its `role="alert"` announces the error by itself, and the
 *   learner can try again at once;
 * - an error without a retry (focusing an alert reads it a second time, but beats `<body>`);
 * - the content that arrived, where it starts: the first of a spot the element made focusable
 *   for this on purpose (`tabindex="-1"`: a result count, a heading, a confirmation), a heading,
 *   a status message with text or a labelled region.
 */
const LANDINGS = [
  '[aria-busy="true"]',
  '[part~="retry-button"]',
  '[role="alert"]',
  '[tabindex="-1"], h1, h2, h3, h4, h5, h6, [role="heading"], [role="status"], section[aria-label], section[aria-labelledby], [role="region"]',
] as const;

/** Landings that must say something to be worth landing on. */
const NEEDS_TEXT = '[aria-busy="true"], [role="status"]:not([tabindex="-1"])';

/** Controls act on Enter: landing on one would be a guess at what the user wants next. */
const CONTROL = 'a[href], button, input, select, textarea, summary, [contenteditable], [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"]';

/**
 * The ancestors of the node focused in `root` (itself first), up to `root`: recorded before a
 * render, because a removed subtree no longer leads back to the part of the tree that survived.
 */
export function focusPath(root: ShadowRoot): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = root.activeElement; node; node = node.parentElement) path.push(node);
  return path;
}

/**
 * The nearest part of `root` that survived a render around the node `path` was recorded for,
 * or `root` itself when the render replaced everything.
 */
function survivingRegion(root: ShadowRoot, path: readonly Element[]): Element | ShadowRoot {
  return path.find((node) => node.isConnected && node.getRootNode() === root) ?? root;
}

/** Whether a sighted user would see focus on `element` and a screen reader would reach it. */
function perceivable(element: HTMLElement): boolean {
  if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true })) return false;
  const { width, height } = element.getBoundingClientRect();
  // Visually hidden text (`.sr-only`) is a 1 px square: focus on it would be invisible.
  return width > 1 || height > 1;
}

/** Whether `element`, found by `selector` of `LANDINGS`, may take focus. */
function suitable(element: Element, selector: string): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !perceivable(element)) return false;
  if (selector === '[part~="retry-button"]') return !(element as HTMLButtonElement).disabled;
  if (element.matches(CONTROL)) return false;
  return !element.matches(NEEDS_TEXT) || Boolean(element.textContent?.trim());
}

/**
 * The landing for focus lost in `region` of `root` (see `LANDINGS`), else the element's main
 * container (`part~="base"`, or the first element of the shadow root).
 */
function findLanding(root: ShadowRoot, region: Element | ShadowRoot): HTMLElement | undefined {
  for (const scope of region === root ? [root] : [region, root]) {
    for (const selector of LANDINGS) {
      // The region itself last: a list busy loading more, around the item that had focus.
      const own = scope instanceof Element && scope.matches(selector) ? [scope] : [];
      const found = [...scope.querySelectorAll(selector), ...own].find((element) => suitable(element, selector));
      if (found) return found;
    }
  }
  const base = root.querySelector('[part~="base"]') ?? [...root.children].find((child) => !['STYLE', 'LINK', 'SLOT'].includes(child.tagName));
  return base instanceof HTMLElement ? base : undefined;
}

/**
 * Focuses `element`, making it focusable with `tabindex="-1"` for the time it holds focus when it
 * is not (a heading, a region): out of the Tab order, and no focus ring left behind once the
 * user moves on.
 */
function land(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * After an update of `host` that removed the node focused in its shadow `root` (recorded in
 * `path` by `focusPath()` before the update): lands focus in the element, unless focus is
 * somewhere again (the element or the page moved it) or the element left the page.
 */
export function keepFocus(host: Element, root: ShadowRoot, path: readonly Element[]): void {
  const active = document.activeElement;
  if (!host.isConnected || root.activeElement || (active && active !== document.body)) return;
  const target = findLanding(root, survivingRegion(root, path));
  if (target) land(target);
}
