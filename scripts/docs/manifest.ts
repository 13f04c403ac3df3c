/**
 * The public API of each custom element, read from the custom elements manifest
 * (`docs/custom-elements.json`, written by `npm run analyze`) into the shape the docs pages need:
 * private, protected, static and `#private` members are dropped, and a member the class inherits
 * is listed once, marked with the class it comes from.
 *
 * @module
 */

/** The parts of the manifest schema (custom-elements-manifest 1.0) the docs read. */
interface RawType {
  text?: string;
}
interface RawInherited {
  name?: string;
}
interface RawMember {
  kind?: 'field' | 'method';
  name: string;
  type?: RawType;
  default?: string;
  description?: string;
  summary?: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: RawType; optional?: boolean; default?: string; rest?: boolean }[];
  return?: { type?: RawType };
  inheritedFrom?: RawInherited;
}
interface RawAttribute {
  name: string;
  type?: RawType;
  default?: string;
  description?: string;
  fieldName?: string;
  inheritedFrom?: RawInherited;
}
interface RawNamed {
  name: string;
  description?: string;
  default?: string;
  type?: RawType;
  inheritedFrom?: RawInherited;
}
interface RawDeclaration {
  kind?: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: RawAttribute[];
  members?: RawMember[];
  events?: RawNamed[];
  slots?: RawNamed[];
  cssParts?: RawNamed[];
  cssProperties?: RawNamed[];
}
/** A custom elements manifest, as far as the docs read it. */
export interface Manifest {
  modules: { path: string; declarations?: RawDeclaration[] }[];
}

/** One attribute, with the property it sets. */
export interface AttributeDoc {
  readonly name: string;
  /** The camelCase property behind it, when there is one. */
  readonly property?: string;
  /** The TypeScript type as written in the source, e.g. `'vertical' | 'horizontal'`. */
  readonly type: string;
  readonly default?: string;
  readonly description: string;
  /** The class it is inherited from, e.g. `CoursekitElement`. */
  readonly inheritedFrom?: string;
}

/** A public property that has no attribute (objects, arrays, read-only state). */
export interface PropertyDoc {
  readonly name: string;
  readonly type: string;
  readonly default?: string;
  readonly description: string;
  readonly readonly: boolean;
  readonly inheritedFrom?: string;
}

/** A public method, with its signature. */
export interface MethodDoc {
  readonly name: string;
  /** `name(param: Type): Return`. */
  readonly signature: string;
  readonly description: string;
  readonly inheritedFrom?: string;
}

/** An event the element dispatches. */
export interface EventDoc {
  readonly name: string;
  /** The event class, e.g. `CkitCourseLoadEvent` (from `@event {Class} name` in the JSDoc). */
  readonly eventClass?: string;
  readonly description: string;
}

/** A slot, part or CSS custom property: a name and what it is for. */
export interface NamedDoc {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
}

/** Everything a docs page shows about one custom element. */
export interface ElementDoc {
  readonly tag: string;
  readonly className: string;
  /** The source module, e.g. `packages/elements/src/components/course-card/course-card.component.ts`. */
  readonly modulePath: string;
  readonly summary: string;
  readonly description: string;
  readonly attributes: readonly AttributeDoc[];
  readonly properties: readonly PropertyDoc[];
  readonly methods: readonly MethodDoc[];
  readonly events: readonly EventDoc[];
  readonly slots: readonly NamedDoc[];
  readonly parts: readonly NamedDoc[];
  readonly cssProperties: readonly NamedDoc[];
}

const isPublic = (member: { name: string; privacy?: string; static?: boolean }) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#') && !member.name.startsWith('_');

/** The first of each name: the class's own declaration comes before an inherited one. */
function uniqueByName<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.name) && seen.add(item.name));
}

/** Own members first, so that an override wins over the base class's entry. */
function ownFirst<T extends { inheritedFrom?: RawInherited }>(items: readonly T[]): T[] {
  return [...items.filter((item) => !item.inheritedFrom), ...items.filter((item) => item.inheritedFrom)];
}

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * A default worth showing: a literal (`'vertical'`, `3`, `false`, `[]`), not the initializer code
 * the analyzer copies for an object built in place (`{ add: async (courseId) => … }`).
 */
export function readableDefault(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= 40 && !/=>|;|\bthis\.|\bnew\s|\/\*/.test(flat) ? flat : undefined;
}

const withDefault = (value: string | undefined) => {
  const shown = readableDefault(value);
  return shown !== undefined ? { default: shown } : {};
};

function signature(member: RawMember): string {
  const params = (member.parameters ?? []).map(
    (param) => `${param.rest ? '...' : ''}${param.name}${param.optional || param.default !== undefined ? '?' : ''}: ${param.type?.text ?? 'unknown'}`,
  );
  return `${member.name}(${params.join(', ')}): ${member.return?.type?.text ?? 'void'}`;
}

function named(items: readonly RawNamed[] | undefined): NamedDoc[] {
  return uniqueByName(ownFirst(items ?? [])).map((item) => ({
    name: item.name,
    description: text(item.description),
    ...withDefault(item.default),
  }));
}

/** One element's public API from its manifest declaration. */
export function elementDoc(declaration: RawDeclaration & { tagName: string }, modulePath: string): ElementDoc {
  const members = uniqueByName(ownFirst(declaration.members ?? [])).filter(isPublic);
  const attributes = uniqueByName(ownFirst(declaration.attributes ?? [])).map(
    (attribute): AttributeDoc => ({
      name: attribute.name,
      ...(attribute.fieldName ? { property: attribute.fieldName } : {}),
      type: attribute.type?.text ?? 'string',
      ...withDefault(attribute.default),
      description: text(attribute.description),
      ...(attribute.inheritedFrom?.name ? { inheritedFrom: attribute.inheritedFrom.name } : {}),
    }),
  );
  const withAttribute = new Set(attributes.flatMap((attribute) => (attribute.property ? [attribute.property] : [])));
  const properties = members
    .filter((member) => (member.kind ?? 'field') === 'field' && !member.attribute && !withAttribute.has(member.name))
    .map(
      (member): PropertyDoc => ({
        name: member.name,
        type: member.type?.text ?? 'unknown',
        ...withDefault(member.default),
        description: text(member.description ?? member.summary),
        readonly: member.readonly === true,
        ...(member.inheritedFrom?.name ? { inheritedFrom: member.inheritedFrom.name } : {}),
      }),
    );
  const methods = members
    .filter((member) => member.kind === 'method')
    .map(
      (member): MethodDoc => ({
        name: member.name,
        signature: signature(member),
        description: text(member.description ?? member.summary),
        ...(member.inheritedFrom?.name ? { inheritedFrom: member.inheritedFrom.name } : {}),
      }),
    );
  const events = uniqueByName(ownFirst(declaration.events ?? [])).map(
    (event): EventDoc => ({
      name: event.name,
      ...(event.type?.text ? { eventClass: event.type.text } : {}),
      description: text(event.description),
    }),
  );
  return {
    tag: declaration.tagName,
    className: declaration.name,
    modulePath,
    summary: text(declaration.summary),
    description: text(declaration.description),
    attributes,
    properties,
    methods,
    events,
    slots: named(declaration.slots),
    parts: named(declaration.cssParts),
    cssProperties: named(declaration.cssProperties),
  };
}

/** Every custom element of the manifest that has a tag, sorted by tag. */
export function readElements(manifest: Manifest): ElementDoc[] {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        declaration.customElement && declaration.tagName ? [elementDoc({ ...declaration, tagName: declaration.tagName }, module.path)] : [],
      ),
    )
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
