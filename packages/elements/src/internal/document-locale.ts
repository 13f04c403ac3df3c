/**
 * Where an element's language and direction come from (its own `lang`/`dir`, the nearest
 * ancestor's, shadow roots crossed, the provider's `locale`, then `<html lang dir>`), and the
 * one observer that re-renders elements when the page changes them or its colours.
 *
 * @module
 */
import type { ReactiveElement } from 'lit';
import { forgetResolvedThemes } from './host-theme.js';

/** Resolved `lang` and `dir` per node (`null`: none up to `<html>`), until something may have changed them. */
let resolvedLang = new WeakMap<Node, string | null>();
let resolvedDir = new WeakMap<Node, string | null>();

/**
 * Forgets every resolved `lang` and `dir`. Called when the page changes either attribute, an
 * element connects (it may have moved) or an element's own attribute changes inside a shadow root.
 */
export function forgetResolvedLocales(): void {
  resolvedLang = new WeakMap();
  resolvedDir = new WeakMap();
}

/**
 * The nearest `name` attribute on `element` or its ancestors, `<html>` excluded. Every node on
 * the way keeps its answer, so the cards of one list walk up to their parent once, not per card
 * and per render.
 */
function closestAttribute(element: Element, name: string, cache: WeakMap<Node, string | null>): string | null {
  const cacheable = element.isConnected;
  const visited: Node[] = [];
  let value: string | null = null;
  let node: Node | null = element;
  while (node && node !== document.documentElement) {
    const known = cacheable ? cache.get(node) : undefined;
    if (known !== undefined) {
      value = known;
      break;
    }
    visited.push(node);
    if (node instanceof Element) {
      const own = node.getAttribute(name);
      if (own) {
        value = own;
        break;
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  if (cacheable) for (const each of visited) cache.set(each, value);
  return value;
}

/** The language of `element`: own or ancestor `lang`, else `preferred` (the provider's locale), else `<html lang>`, else `en`. */
export function resolveLang(element: Element, preferred?: string): string {
  return closestAttribute(element, 'lang', resolvedLang) || preferred || document.documentElement.lang || 'en';
}

/** The writing direction of `element`: own or ancestor `dir`, else `<html dir>`, else `ltr`. */
export function resolveDir(element: Element): 'ltr' | 'rtl' {
  const dir = closestAttribute(element, 'dir', resolvedDir) ?? document.documentElement.dir;
  return dir?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

const watchers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
/** A second observer: observing the root again with other options would replace the first's. */
let colourObserver: MutationObserver | undefined;
let darkQuery: MediaQueryList | undefined;

function pageChanged(): void {
  forgetResolvedLocales();
  forgetResolvedThemes();
  for (const watcher of watchers) watcher.requestUpdate();
}

/**
 * Re-renders `element` whenever a `lang`, `dir` or `theme` attribute changes anywhere in the
 * page, the root or body changes its class or style (how sites switch to dark mode), or the OS
 * colour scheme changes.
 */
export function watchDocumentLocale(element: ReactiveElement): void {
  watchers.add(element);
  if (observer) return;
  observer = new MutationObserver(pageChanged);
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir', 'theme'] });
  colourObserver = new MutationObserver(pageChanged);
  for (const root of [document.documentElement, document.body]) {
    if (root) colourObserver.observe(root, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme'] });
  }
  darkQuery = matchMedia('(prefers-color-scheme: dark)');
  darkQuery.addEventListener('change', pageChanged);
}

/** Stops re-rendering `element` on page changes; the observer goes away with the last element. */
export function unwatchDocumentLocale(element: ReactiveElement): void {
  watchers.delete(element);
  if (watchers.size) return;
  observer?.disconnect();
  colourObserver?.disconnect();
  observer = undefined;
  colourObserver = undefined;
  darkQuery?.removeEventListener('change', pageChanged);
  darkQuery = undefined;
}
