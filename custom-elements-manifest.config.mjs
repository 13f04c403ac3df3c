// `npm run analyze`: the custom elements manifest of @coursekit/elements, generated from the
// components' JSDoc (@summary @slot @event @csspart @cssproperty) and Lit decorators. Written to
// docs/custom-elements.json and packages/elements/custom-elements.json (the package's
// "customElements" entry, read by IDEs and Storybook). Fails when any public attribute,
// property, event, slot, part or CSS property has no description.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Only the element classes and what their API is made of: no tests, no test support. */
const globs = ['packages/elements/src/components/**/*.component.ts', 'packages/elements/src/internal/coursekit-element.ts'];

/**
 * Keeps only exported declarations: the analyzer also lists some local variables (an object
 * shorthand property inside a class field initializer reads to it as a module variable).
 */
function exportedOnly() {
  return {
    name: 'coursekit-exported-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
      }
    },
  };
}

/** Event name → the class that carries it, read from `src/events/*.ts` (`super('ckit-…', …)`). */
function eventClasses(dir = 'packages/elements/src/events') {
  const classes = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()) {
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    for (const [, className, body] of source.matchAll(/export class (\w+) extends \w*Event\b([\s\S]*?)\n}/g)) {
      const name = /super\(\s*'([^']+)'/.exec(body)?.[1];
      if (name) classes.set(name, className);
    }
  }
  return classes;
}

/**
 * Every public event carries its class as its type (`"type": { "text": "CkitFilterChangeEvent" }`),
 * so the JSX, Vue and editor types generated from the manifest type each handler's `detail`. An
 * `@event` tag without `{Type}` gets the class that fires that name; a `{Type}` that names another
 * class fails. Unnamed entries (the analyzer's reading of the internal store-request protocol,
 * `dispatchEvent(new StoreRequestEvent(…))`) are not public events and are dropped.
 */
function eventTypes() {
  return {
    name: 'coursekit-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventClasses();
      const problems = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name);
          if (!declaration.events.length) delete declaration.events;
          for (const event of declaration.events ?? []) {
            const className = classes.get(event.name);
            const where = `${declaration.tagName ? `<${declaration.tagName}>` : declaration.name} event ${event.name}`;
            if (!className) problems.push(`${where}: no class in src/events fires it`);
            else if (event.type?.text && event.type.text !== className) problems.push(`${where}: documented as {${event.type.text}}, fired as ${className}`);
            else event.type = { text: className };
          }
        }
      }
      if (problems.length) throw new Error(`Event types:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** Writes the manifest to every place it is published, with paths relative to the package. */
function publish() {
  return {
    name: 'coursekit-publish',
    packageLinkPhase({ customElementsManifest }) {
      const json = `${JSON.stringify(customElementsManifest, null, 2)}\n`;
      mkdirSync('docs', { recursive: true });
      writeFileSync('docs/custom-elements.json', json);
      const forPackage = JSON.parse(json);
      for (const module of forPackage.modules) module.path = module.path.replace(/^packages\/elements\//, '');
      writeFileSync('packages/elements/custom-elements.json', `${JSON.stringify(forPackage, null, 2)}\n`);
    },
  };
}

/** Modules in path order: the analyzer follows the file system's order, which differs between checkouts. */
function stableOrder() {
  return {
    name: 'coursekit-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** Refuses a manifest with an undocumented piece of public API. */
function requireDescriptions() {
  return {
    name: 'coursekit-require-descriptions',
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const where = `<${declaration.tagName}>`;
          if (!declaration.summary && !declaration.description) missing.push(`${where} summary`);
          const check = (kind, items, isPublic = () => true) => {
            for (const item of items ?? []) if (isPublic(item) && !item.description?.trim()) missing.push(`${where} ${kind} ${item.name}`);
          };
          check('attribute', declaration.attributes);
          check('property', declaration.members, (member) => member.kind === 'field' && !member.privacy && !member.static && !member.name.startsWith('#'));
          check('method', declaration.members, (member) => member.kind === 'method' && !member.privacy && !member.static && !member.name.startsWith('#'));
          check('event', declaration.events);
          check('slot', declaration.slots);
          check('part', declaration.cssParts);
          check('CSS property', declaration.cssProperties);
        }
      }
      if (missing.length) throw new Error(`Undocumented public API:\n  ${missing.join('\n  ')}`);
    },
  };
}

export default {
  globs,
  exclude: ['**/*.test.ts', '**/test-support/**'],
  outdir: 'docs',
  litelement: true,
  // The manifest is linked from packages/elements/package.json; the private root package needs no entry.
  packagejson: false,
  dev: false,
  plugins: [stableOrder(), exportedOnly(), eventTypes(), requireDescriptions(), publish()],
};
