/**
 * `npm run build:frameworks` (the last step of `npm run build`, and of `npm run analyze`): the
 * framework and editor integrations of @coursekit/elements, generated from its custom elements
 * manifest (`packages/elements/custom-elements.json`) into `packages/elements/dist/`:
 *
 * - `react.d.ts`: JSX `IntrinsicElements` for React 19, with typed event props
 *   (`"onckit-filter-change"?: (event: …CkitFilterChangeEvent…) => void`, the prop name React 19
 *   turns into `addEventListener('ckit-filter-change', …)`), from `@wc-toolkit/jsx-types`;
 * - `vue.d.ts`: Vue `GlobalComponents` with typed `@ckit-*` handlers (`onCkitFilterChange?:
 *   (e: CkitFilterChangeEvent) => void`, the prop Vue compiles `@ckit-filter-change` to), from
 *   `custom-element-vuejs-integration`;
 * - `vscode.html-custom-data.json` / `vscode.css-custom-data.json` (VS Code `html.customData` /
 *   `css.customData`), from `custom-element-vs-code-integration`;
 * - `web-types.json` (JetBrains IDEs), from `custom-element-jet-brains-integration`;
 * - `react.js` and `vue.js`: empty modules, so that a runtime `import '@coursekit/elements/react'`
 *   resolves too;
 * - `react18.js` / `react18.d.ts`: React components for React 17 and 18, which set properties and
 *   listen to custom events only through a wrapper: one `@lit/react` `createComponent()` per
 *   element, named like the element class, with an `on<Event>` prop per `ckit-*` event
 *   (`onCkitFilterChange` → `ckit-filter-change`) typed with the event's class.
 *
 * The generators' output is adjusted where it would not compile under `skipLibCheck: false`: the
 * event classes are imported (the JSX generator references them without importing them), duplicate
 * imports are merged, augmentations of JSX libraries other than React are dropped (each one needs
 * its module installed), and Vue handlers receive the event class itself rather than a
 * `CustomEvent` whose `detail` would be that class.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = join(root, 'packages', 'elements');
const outdir = join(elements, 'dist');
const barrel = './index.js';

interface ManifestEvent {
  name?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  events?: ManifestEvent[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

const read = (path: string) => readFileSync(path, 'utf8');
/** The manifest as written by `npm run analyze`; each generator gets its own copy (some annotate it). */
const raw: unknown = JSON.parse(read(join(elements, 'custom-elements.json')));
const copy = <T>(): T => structuredClone(raw) as T;
const pkg = JSON.parse(read(join(elements, 'package.json'))) as { name: string; version: string };

/** Every event class the manifest names, sorted. */
function eventClasses(from: Manifest): string[] {
  const names = new Set<string>();
  for (const module of from.modules)
    for (const declaration of module.declarations ?? [])
      for (const event of declaration.events ?? []) if (event.type?.text) names.add(event.type.text);
  return [...names].sort();
}

/** The names of the first `import type { … } from "<barrel>"`, merged with `extra`, deduplicated. */
function mergeBarrelImport(source: string, extra: string[] = []): string {
  const pattern = /import type \{([^}]*)\} from "\.\/index\.js";\n/;
  const match = pattern.exec(source);
  if (!match) throw new Error(`no import from ${barrel} in the generated types`);
  const names = [...new Set([...(match[1] ?? '').split(',').map((name) => name.trim()).filter(Boolean), ...extra])].sort();
  return source.replace(pattern, `import type {\n${names.map((name) => `  ${name},\n`).join('')}} from "${barrel}";\n`);
}

/** Removes the top-level `declare module "<name>" { … }` / `declare global { … }` blocks not kept. */
function dropAugmentations(source: string, keep: (target: string) => boolean): string {
  return source.replace(/\ndeclare (module "([^"]+)"|global) \{\n[\s\S]*?\n\}\n/g, (block, _head: string, name: string | undefined) =>
    keep(name ?? 'global') ? block : '\n',
  );
}

function check(source: string, file: string, needles: string[]): void {
  for (const needle of needles) if (!source.includes(needle)) throw new Error(`${file}: expected ${needle} in the generated types`);
}

function react(from: Manifest): void {
  const fileName = 'react.d.ts';
  generateJsxTypes(copy<Parameters<typeof generateJsxTypes>[0]>(), { outdir, fileName, globalTypePath: barrel, stronglyTypedEvents: true });
  const path = join(outdir, fileName);
  let source = mergeBarrelImport(read(path), eventClasses(from));
  source = dropAugmentations(source, (target) => target === 'react' || target === 'react/jsx-runtime' || target === 'react/jsx-dev-runtime');
  check(source, fileName, ['declare module "react" {', '"onckit-filter-change"?:', 'CkitFilterChangeEvent,']);
  writeFileSync(path, `// Generated from custom-elements.json by scripts/build-framework-types.ts: JSX types for React 19.\n${source}`);
  writeFileSync(join(outdir, 'react.js'), '// Types only: see react.d.ts (React 19 renders custom elements natively).\nexport {};\n');
}

/** `ckit-filter-change` → `onCkitFilterChange`: the prop `@lit/react` maps to the event. */
function eventProp(eventName: string): string {
  return `on${eventName.replace(/(^|-)([a-z0-9])/g, (_match, _dash, c: string) => c.toUpperCase())}`;
}

/** One element a React 18 wrapper is made for: its tag, class, registering module and typed events. */
interface WrappedElement {
  tagName: string;
  className: string;
  /** The module that defines the tag, relative to `dist/` (`./components/cart/cart.js`). */
  module: string;
  events: { prop: string; name: string; type: string }[];
}

/** Every element of the manifest, in tag order, with the events whose class the manifest names. */
function wrappedElements(from: Manifest): WrappedElement[] {
  const found: WrappedElement[] = [];
  for (const module of from.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      // `components/cart/cart.component.ts` holds the class; `components/cart/cart.ts` registers it.
      const registering = module.path.replace(/\.component\.ts$/, '.ts');
      if (registering === module.path || !existsSync(join(elements, registering))) {
        throw new Error(`${module.path}: no module beside it registers <${declaration.tagName}>`);
      }
      const events = (declaration.events ?? []).flatMap((event) =>
        event.name && event.type?.text ? [{ prop: eventProp(event.name), name: event.name, type: event.type.text }] : [],
      );
      found.push({ tagName: declaration.tagName, className: declaration.name, module: registering.replace(/^src\//, './').replace(/\.ts$/, '.js'), events });
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function react18(from: Manifest): void {
  const wrapped = wrappedElements(from);
  const header = '// Generated from custom-elements.json by scripts/build-framework-types.ts: React 17/18 components (@lit/react).\n';
  const js = [
    header,
    "import * as React from 'react';\n",
    "import { createComponent } from '@lit/react';\n",
    ...wrapped.map((element) => `import { ${element.className} as ${element.className}Element } from '${element.module}';\n`),
    ...wrapped.map((element) => {
      const events = element.events.map((event) => `    ${event.prop}: '${event.name}',\n`).join('');
      return (
        `\n/** \`<${element.tagName}>\` as a React component; importing this module registers the element. */\n` +
        `export const ${element.className} = createComponent({\n` +
        `  react: React,\n  tagName: '${element.tagName}',\n  elementClass: ${element.className}Element,\n  displayName: '${element.className}',\n` +
        `  events: {\n${events}  },\n});\n`
      );
    }),
  ].join('');
  const eventTypes = [...new Set(wrapped.flatMap((element) => element.events.map((event) => event.type)))].sort();
  const dts = [
    header,
    "import type { EventName, ReactWebComponent } from '@lit/react';\n",
    `import type {\n${wrapped.map((element) => `  ${element.className} as ${element.className}Element,\n`).join('')}${eventTypes.map((type) => `  ${type},\n`).join('')}} from '${barrel}';\n`,
    ...wrapped.map((element) => {
      const events = element.events.map((event) => `  ${event.prop}: EventName<${event.type}>;\n`).join('');
      return `\n/** \`<${element.tagName}>\` as a React component: its properties as props, \`on*\` props for its events. */\nexport declare const ${element.className}: ReactWebComponent<${element.className}Element, {\n${events}}>;\n`;
    }),
  ].join('');
  check(dts, 'react18.d.ts', ['onCkitFilterChange: EventName<CkitFilterChangeEvent>;', 'export declare const CkitCourseCatalog:']);
  writeFileSync(join(outdir, 'react18.js'), js);
  writeFileSync(join(outdir, 'react18.d.ts'), dts);
}

function vue(): void {
  const fileName = 'vue.d.ts';
  generateVuejsTypes(copy<Parameters<typeof generateVuejsTypes>[0]>(), { outdir, fileName, globalTypePath: barrel });
  const path = join(outdir, fileName);
  let source = mergeBarrelImport(read(path));
  source = source.replace(/CustomEvent<(Ckit\w+Event)>/g, '$1');
  // Volar types `@ckit-filter-change` from the camelCase prop Vue compiles it to (`onCkitFilterChange`).
  source = source.replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_match, name: string) => `on${name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase())}?:`);
  source = dropAugmentations(source, (target) => target === 'vue');
  check(source, fileName, ['declare module "vue" {', 'interface GlobalComponents', 'onCkitFilterChange?: (e: CkitFilterChangeEvent) => void']);
  writeFileSync(path, `// Generated from custom-elements.json by scripts/build-framework-types.ts: Vue GlobalComponents types.\n${source}`);
  writeFileSync(join(outdir, 'vue.js'), '// Types only: see vue.d.ts.\nexport {};\n');
}

function editors(): void {
  generateVsCodeCustomElementData(copy<Parameters<typeof generateVsCodeCustomElementData>[0]>(), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(copy<Parameters<typeof generateJetBrainsWebTypes>[0]>(), { outdir, webTypesFileName: 'web-types.json', packageJson: false });
  // The generator names the package after the working directory's package.json (the private root).
  const path = join(outdir, 'web-types.json');
  const webTypes = JSON.parse(read(path)) as Record<string, unknown>;
  writeFileSync(path, `${JSON.stringify({ ...webTypes, name: pkg.name, version: pkg.version }, null, 2)}\n`);
}

mkdirSync(outdir, { recursive: true });
react(raw as Manifest);
react18(raw as Manifest);
vue();
editors();
console.log(`framework types and editor data for ${pkg.name} written to ${outdir}`);
