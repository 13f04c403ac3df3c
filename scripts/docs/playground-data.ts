/**
 * What the playground page reads (`assets/playground-data.json`): for each element its
 * attributes with the control that edits them, its CSS custom properties and the attributes its
 * live example starts from; and the global `--ckit-*` theme tokens. Built from the manifest, so
 * the playground offers exactly the elements and attributes the package declares.
 *
 * @module
 */
import { playgroundAttributes, type LiteralUnions, type PlaygroundAttribute } from './controls.js';
import { liveExampleOf } from './live-examples.js';
import type { ElementDoc, NamedDoc } from './manifest.js';

/** One element in the playground. */
export interface PlaygroundElement {
  readonly tag: string;
  readonly summary: string;
  readonly attributes: readonly PlaygroundAttribute[];
  readonly cssProperties: readonly NamedDoc[];
  /** The attributes the preview starts with: its live example's, e.g. a course slug of the seed. */
  readonly initial: Readonly<Record<string, string>>;
  /** Whether it shows more (or anything) once the demo learner is signed in. */
  readonly learner: 'none' | 'optional' | 'required';
  /** The events it dispatches, which the playground logs. */
  readonly events: readonly string[];
}

/** The playground's data file. */
export interface PlaygroundData {
  readonly elements: readonly PlaygroundElement[];
  /** The global theme tokens with their light defaults. */
  readonly tokens: readonly NamedDoc[];
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The attributes of the first `<tag …>` in `markup`: `{ 'course-slug': '…', 'no-wishlist': '' }`. */
export function attributesInMarkup(markup: string, tag: string): Record<string, string> {
  const start = new RegExp(`<${tag}((?:\\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\\s*>`).exec(markup);
  if (!start) return {};
  const attributes: Record<string, string> = {};
  for (const match of start[1]!.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) attributes[match[1]!] = decode(match[2] ?? '');
  return attributes;
}

/** The playground's data for these elements and tokens. */
export function playgroundData(elements: readonly ElementDoc[], tokens: readonly NamedDoc[], unions: LiteralUnions): PlaygroundData {
  return {
    elements: elements.map((element) => {
      const example = liveExampleOf(element.tag);
      const initial = attributesInMarkup(example.markup, element.tag);
      // The preview runs against the in-browser backend, whatever the example's provider says.
      if (element.tag === 'ckit-provider') initial['base-url'] = 'mock:';
      return {
        tag: element.tag,
        summary: element.summary,
        attributes: playgroundAttributes(element.attributes, unions),
        cssProperties: element.cssProperties,
        initial,
        learner: example.learner,
        events: element.events.map((event) => event.name),
      };
    }),
    tokens,
  };
}
