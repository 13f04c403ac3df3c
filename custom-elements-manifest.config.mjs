// `npm run analyze`: the custom elements manifest of @coursekit/elements, generated from the
// components' JSDoc (@summary @slot @event @csspart @cssproperty) and Lit decorators. Written to
// docs/custom-elements.json and packages/elements/custom-elements.json (the package's
// "customElements" entry, read by IDEs and Storybook). Fails when any public attribute,
// property, event, slot, part or CSS property has no description.
import { mkdirSync, writeFileSync } from 'node:fs';

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
  plugins: [stableOrder(), exportedOnly(), requireDescriptions(), publish()],
};
