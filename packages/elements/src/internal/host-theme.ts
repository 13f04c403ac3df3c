/**
 * Which theme an element paints with. An explicit `light`, `dark` or `inherit` wins; without
 * one, an element follows the CourseKit element around it (a card inside a catalog); the
 * outermost one reads the host page: the nearest opaque background behind it, else the page's
 * `color-scheme`. So a CourseKit element on a dark page is dark without being told.
 *
 * @module
 */

/** How an element looks: fixed light or dark, following the host page (`auto`), or the host page's font and colours (`inherit`). */
export type Theme = 'light' | 'dark' | 'auto' | 'inherit';

/** The theme an element actually paints with. */
export type ResolvedTheme = 'light' | 'dark' | 'inherit';

const EXPLICIT: readonly string[] = ['light', 'dark', 'inherit'];

/** Resolved themes per element, until the page's colours or theme attributes change. */
let resolved = new WeakMap<Element, ResolvedTheme>();

/** The page's scheme behind each node, shared by every element below it. */
let schemes = new WeakMap<Node, 'light' | 'dark'>();

/** Forgets every resolved theme (the page changed a class, a style or a theme attribute). */
export function forgetResolvedThemes(): void {
  resolved = new WeakMap();
  schemes = new WeakMap();
}

const parentOf = (node: Node): Node | null => (node instanceof ShadowRoot ? node.host : node.parentNode);
const isCoursekit = (node: Node): node is Element => node instanceof Element && node.localName.startsWith('ckit-');

/** The theme `element` paints with. */
export function resolveTheme(element: Element): ResolvedTheme {
  let theme = resolved.get(element);
  if (!theme) {
    theme = resolveUncached(element);
    resolved.set(element, theme);
  }
  return theme;
}

function resolveUncached(element: Element): ResolvedTheme {
  const own = element.getAttribute('theme') ?? '';
  if (EXPLICIT.includes(own)) return own as ResolvedTheme;
  // `auto` reads the page directly; no attribute follows the CourseKit element around it first.
  for (let node = parentOf(element); node && own !== 'auto'; node = parentOf(node)) {
    if (isCoursekit(node)) return resolveTheme(node);
  }
  return pageScheme(element);
}

/** `light` or `dark`: the nearest opaque background behind `element`, else the page's colour scheme. */
function pageScheme(element: Element): 'light' | 'dark' {
  // Each ancestor keeps its answer: a thousand cards in one list read the page's colours once.
  const visited: Node[] = [];
  let scheme: 'light' | 'dark' | undefined;
  for (let node = parentOf(element); node && !scheme; node = parentOf(node)) {
    scheme = schemes.get(node);
    if (scheme) break;
    visited.push(node);
    if (!(node instanceof Element)) continue;
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) scheme = luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  scheme ??= rootScheme();
  if (element.isConnected) for (const node of visited) schemes.set(node, scheme);
  return scheme;
}

/** The scheme of the page's canvas: `color-scheme` (property or meta tag) and, when it allows both, the OS preference. */
function rootScheme(): 'light' | 'dark' {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const property = getComputedStyle(document.documentElement).colorScheme;
  const declared = property && property !== 'normal' ? property : meta;
  const schemes = declared.split(/\s+/);
  if (!schemes.includes('dark')) return 'light';
  if (!schemes.includes('light')) return 'dark';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let probe: CanvasRenderingContext2D | null | undefined;

/** `[r, g, b, a]` (0–255, alpha 0–1) of a computed CSS colour, in any syntax the browser computes. */
export function parseColor(color: string): [number, number, number, number] | undefined {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
  // oklch(), color(srgb ...), lab()...: let a 1×1 canvas convert it.
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
