/**
 * Where an element's language, direction and theme come from: its own `lang`/`dir`/`theme`,
 * the nearest ancestor's (shadow roots are crossed, so an element inside another element's
 * shadow DOM follows its host), the provider's `locale`, then the page's `<html lang dir>`.
 *
 * @module
 */
import type { ReactiveElement } from 'lit';
import type { Theme } from './store.js';

/** The nearest `name` attribute on `element` or its ancestors (only those `accept`ed), `<html>` excluded. */
function closestAttribute(element: Element, name: string, accept: (element: Element) => boolean = () => true): string | null {
  let node: Node | null = element;
  while (node && node !== document.documentElement) {
    if (node instanceof Element && accept(node)) {
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

const THEMES: readonly string[] = ['light', 'dark', 'auto', 'inherit'];

/**
 * The theme of `element`: its own `theme`, else that of the nearest CourseKit element around it
 * (a card inside a dark catalog is dark, every element inside `<ckit-provider theme>` follows
 * it), else `light`. Other elements' `theme` attributes are not ours to read.
 */
export function resolveTheme(element: Element): Theme {
  const theme = closestAttribute(element, 'theme', (node) => node.localName.startsWith('ckit-') || node === element);
  return theme && THEMES.includes(theme) ? (theme as Theme) : 'light';
}

const watchers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Re-renders `element` whenever a `lang`, `dir` or `theme` attribute changes anywhere in the page. */
export function watchDocumentLocale(element: ReactiveElement): void {
  watchers.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const watcher of watchers) watcher.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir', 'theme'] });
  }
}

/** Stops re-rendering `element` on `lang`/`dir` changes; the observer goes away with the last element. */
export function unwatchDocumentLocale(element: ReactiveElement): void {
  watchers.delete(element);
  if (!watchers.size) {
    observer?.disconnect();
    observer = undefined;
  }
}
