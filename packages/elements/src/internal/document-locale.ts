/**
 * Where an element's language and direction come from (its own `lang`/`dir`, the nearest
 * ancestor's, shadow roots crossed, the provider's `locale`, then `<html lang dir>`), and the
 * one observer that re-renders elements when the page changes them or its colours.
 *
 * @module
 */
import type { ReactiveElement } from 'lit';
import { forgetResolvedThemes } from './host-theme.js';

/** The nearest `name` attribute on `element` or its ancestors, `<html>` excluded. */
function closestAttribute(element: Element, name: string): string | null {
  let node: Node | null = element;
  while (node && node !== document.documentElement) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/** The language of `element`: own or ancestor `lang`, else `preferred` (the provider's locale), else `<html lang>`, else `en`. */
export function resolveLang(element: Element, preferred?: string): string {
  return closestAttribute(element, 'lang') || preferred || document.documentElement.lang || 'en';
}

/** The writing direction of `element`: own or ancestor `dir`, else `<html dir>`, else `ltr`. */
export function resolveDir(element: Element): 'ltr' | 'rtl' {
  const dir = closestAttribute(element, 'dir') ?? document.documentElement.dir;
  return dir?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

const watchers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
/** A second observer: observing the root again with other options would replace the first's. */
let colourObserver: MutationObserver | undefined;
let darkQuery: MediaQueryList | undefined;

function pageChanged(): void {
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
