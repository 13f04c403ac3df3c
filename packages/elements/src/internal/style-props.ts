/**
 * `styleProps()`: sets inline style properties through the CSSOM (`element.style.setProperty`)
 * instead of writing a `style` attribute. Lit's `styleMap` writes the attribute on first render,
 * which a Content-Security-Policy without `style-src 'unsafe-inline'` blocks (a 4-star rating
 * would show 5 full stars); the CSSOM is allowed.
 *
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StylePropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <span ${styleProps({...})}>.');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/**
 * Sets CSS properties (kebab-case names, custom properties too) on the element it is placed on,
 * without a `style` attribute.
 *
 * @example
 * ```ts
 * html`<span class="fill" ${styleProps({ 'inline-size': `${percent}%` })}></span>`
 * ```
 */
export const styleProps = directive(StylePropsDirective);
