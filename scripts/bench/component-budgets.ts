/**
 * Size budgets of single elements: what each adds to a page that already has `<ckit-provider>`
 * (Lit, the SDK with ky, the base class), bundled as a site ships them (esbuild with
 * `DROP_IN_BUILD_OPTIONS`: minified, chunks loaded on demand split out, each chunk gzip -9).
 *
 * - First load added: first-load bytes of `provider + X` minus those of `provider` alone (first
 *   load = the entry and every chunk it imports statically).
 * - On demand: the chunks X loads later that are X's own (the checkout's gateway adapters);
 *   chunks of other elements or shared ones (the quiz the player opens, the HTML sanitizer) are
 *   listed apart and count against their own budgets.
 * - Own modules: the gzip share of X's source files (each chunk's gzip size split in proportion
 *   to the metafile's `bytesInOutput`), in its first load and its own on-demand chunks. The
 *   budgets are on this figure: the issues budget an element's own code, "without Lit, the SDK
 *   and shared base". The first two columns are printed beside it: they also hold the SDK
 *   resources, schemas, shared templates and separately budgeted modules (the outbox) that X is
 *   the first to use on a page.
 *
 * Also proves where each element loads: none of their modules may be part of the catalog page
 * (`provider + course-catalog + course-card`), nor of another element's page unless it imports
 * them on purpose (the player and the quiz write through the outbox); a module loaded on demand
 * elsewhere (the quiz in the player) must not be in that page's first load.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { DROP_IN_BUILD_OPTIONS, ROOT } from '../lib/drop-in-build.js';
import { printTable } from './table.js';

const KB = 1024;
const SRC = 'packages/elements/src/';
const COMPONENTS = `${SRC}components/`;

/** One budgeted element (or module) and how to recognize its code. */
export interface ComponentTarget {
  name: string;
  /** Module code added to the provider's page, resolved from `packages/elements/src/components`. */
  page: string;
  /** Path prefixes (from the repository root) of the target's own source files. */
  own: string[];
  /** Prefixes inside `own` that belong to another row (the Stripe adapter inside the checkout). */
  except?: string[];
  /** The budget covers only the target's on-demand chunks (an adapter loaded when chosen). */
  onDemandOnly?: boolean;
  /** Budget for the target's own modules (first load and own on-demand chunks), gzipped; none: reported only. */
  budgetBytes?: number;
  /** Other targets this one imports statically on purpose (their modules may be in its first load). */
  uses?: string[];
  /** Source file whose absence means the element is not built yet: the row is skipped. */
  requires?: string;
}

const element = (name: string, budgetKB?: number, extra: Partial<ComponentTarget> = {}): ComponentTarget => ({
  name,
  page: `import './${name}/${name}.js';`,
  own: [`${COMPONENTS}${name}/`],
  ...(budgetKB === undefined ? {} : { budgetBytes: budgetKB * KB }),
  requires: `${COMPONENTS}${name}/${name}.ts`,
  ...extra,
});

/** The budgets of the learning, commerce and account issues. */
export const COMPONENT_TARGETS: ComponentTarget[] = [
  element('curriculum-player', 12, { uses: ['outbox'] }),
  element('quiz', 6, { uses: ['outbox'] }),
  { name: 'outbox', page: "export * from '../data/outbox.js';", own: [`${SRC}data/outbox.ts`], budgetBytes: 3 * KB },
  element('checkout', 10, { except: [`${COMPONENTS}checkout/gateways/stripe-gateway.ts`] }),
  { ...element('checkout', 2), name: 'checkout: Stripe adapter', own: [`${COMPONENTS}checkout/gateways/stripe-gateway.ts`], onDemandOnly: true, requires: `${COMPONENTS}checkout/gateways/stripe-gateway.ts` },
  element('course-details', 4),
  element('course-curriculum', 4),
  element('instructor-profile', 4),
  element('enroll-button', 4, { uses: ['cart'] }),
  element('cart'),
  element('cart-button', undefined, { uses: ['cart'] }),
  // The account issue: 3 KB each, the QR encoder may add 3 KB to the certificate.
  element('login', 3),
  element('my-learning', 3),
  element('certificate', 6, { own: [`${COMPONENTS}certificate/`, `${SRC}internal/qr.ts`] }),
  element('certificate-verify', 3),
  element('notifications', 3),
  element('order-history', 3),
  element('profile', 3),
];

/** The page every budget is measured against. */
const PROVIDER_PAGE = "import './provider/provider.js';";
/** The page none of the targets may be part of, up front or on demand. */
const CATALOG_PAGE = `${PROVIDER_PAGE}\nimport './course-catalog/course-catalog.js';\nimport './course-card/course-card.js';`;

/** One output chunk of a page build. */
interface Chunk {
  path: string;
  gzipBytes: number;
  firstLoad: boolean;
  /** The module a dynamic `import()` loads through this chunk, if it is one's entry. */
  entryPoint: string | undefined;
  /** Chunks it imports statically. */
  imports: string[];
  /** Source files with bytes in this chunk, and their gzip share. */
  inputs: Map<string, number>;
}

/** Bundles `contents` as a page would load it; returns its chunks. */
async function buildPage(contents: string): Promise<Chunk[]> {
  const result = await build({
    ...DROP_IN_BUILD_OPTIONS,
    stdin: { contents, resolveDir: `${ROOT}${COMPONENTS}`, sourcefile: 'page.ts', loader: 'ts' },
    outdir: 'bench-out',
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === `${COMPONENTS}page.ts`);
  if (!entry) throw new Error(`No page chunk among ${Object.keys(outputs).join(', ')}`);
  const firstLoad = closure(entry, (path) => outputs[path]!.imports.filter((item) => item.kind === 'import-statement' && !item.external).map((item) => item.path));
  return result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => {
      const path = Object.keys(outputs).find((key) => file.path.endsWith(`/${key}`))!;
      const output = outputs[path]!;
      const gzipBytes = gzipSync(file.contents, { level: 9 }).length;
      const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
      const attributed = inputs.reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
      return {
        path,
        gzipBytes,
        firstLoad: firstLoad.has(path),
        entryPoint: path === entry ? undefined : output.entryPoint,
        imports: output.imports.filter((item) => item.kind === 'import-statement' && !item.external).map((item) => item.path),
        // gzip works across module boundaries: a file's share is in proportion to its minified bytes.
        inputs: new Map(inputs.map(([input, { bytesInOutput }]) => [input, (gzipBytes * bytesInOutput) / attributed])),
      };
    });
}

function closure(start: string, next: (path: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    next(path).forEach(visit);
  };
  visit(start);
  return seen;
}

const sum = (chunks: readonly Chunk[]) => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);
const owns = (target: ComponentTarget) => (path: string) => target.own.some((prefix) => path.startsWith(prefix)) && !target.except?.some((prefix) => path.startsWith(prefix));

/** A chunk loaded on demand, with the name of whoever it belongs to. */
export interface OnDemandChunk {
  owner: string;
  gzipBytes: number;
}

/** What one target adds to the provider's page. */
export interface ComponentSizeReport {
  target: ComponentTarget;
  /** The target's source is not there yet: nothing measured. */
  skipped: boolean;
  firstLoadAddedBytes: number;
  /** The target's own chunks loaded on demand. */
  onDemandBytes: number;
  /** Other chunks the page may load on demand (another element's, the sanitizer). */
  otherOnDemand: OnDemandChunk[];
  /** The gzip share of the target's own source files, wherever they are. */
  ownModulesBytes: number;
  /** The rest of what it adds, by group (another element, a folder of the elements, the SDK, a package), largest first. */
  alsoAdded: { group: string; gzipBytes: number }[];
  /** What the budget is checked on. */
  measuredBytes: number;
  ok: boolean;
}

/** A page on which a target's modules are found. */
export interface Placement {
  /** `catalog page` or the name of the target whose page it is. */
  page: string;
  where: 'first load' | 'on demand';
  /** Whether that is allowed: on demand anywhere but the catalog page, up front only where imported on purpose. */
  allowed: boolean;
  modules: string[];
}

export interface ComponentBudgetsReport {
  providerBytes: number;
  /** What the provider alone loads, by group (an npm package, the SDK, a folder of the elements), gzip shares, largest first. */
  providerParts: { group: string; gzipBytes: number }[];
  catalogFirstLoadBytes: number;
  rows: ComponentSizeReport[];
  /** Every page, other than its own, where each target's modules turn up. */
  placements: Map<string, Placement[]>;
}

/** Names a chunk loaded on demand: the target whose modules it holds most of, else its entry module. */
function ownerOf(chunk: Chunk, targets: readonly ComponentTarget[]): string {
  let best: [string, number] = ['', 0];
  for (const target of targets) {
    const share = [...chunk.inputs].filter(([path]) => owns(target)(path)).reduce((total, [, bytes]) => total + bytes, 0);
    if (share > best[1]) best = [target.name, share];
  }
  if (best[1] > chunk.gzipBytes / 2) return best[0];
  const entry = chunk.entryPoint ?? chunk.path;
  return entry.includes('purify') ? 'HTML sanitizer' : entry.replace(SRC, '');
}

/** The group a source file is reported under: an element, a folder of the elements, the SDK, an npm package. */
function groupOf(path: string): string {
  const packageName = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (packageName) return packageName;
  if (path.startsWith('packages/sdk/')) return 'SDK';
  if (path.startsWith(COMPONENTS)) return path.slice(COMPONENTS.length).split('/')[0]!;
  if (path.startsWith(SRC)) return `${path.slice(SRC.length).split('/')[0]}/`;
  return path;
}

/** Measures every target; `targets` defaults to the issues' budgets. */
export async function measureComponentBudgets(targets: readonly ComponentTarget[] = COMPONENT_TARGETS): Promise<ComponentBudgetsReport> {
  const providerChunks = (await buildPage(PROVIDER_PAGE)).filter((chunk) => chunk.firstLoad);
  const providerBytes = sum(providerChunks);
  const providerModules = new Set(providerChunks.flatMap((chunk) => [...chunk.inputs.keys()]));
  const parts = new Map<string, number>();
  for (const chunk of providerChunks) for (const [path, bytes] of chunk.inputs) parts.set(groupOf(path), (parts.get(groupOf(path)) ?? 0) + bytes);
  const providerParts = [...parts].map(([group, gzipBytes]) => ({ group, gzipBytes })).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const available = targets.filter((target) => !target.requires || existsSync(`${ROOT}${target.requires}`));
  const pages = new Map<string, Chunk[]>([['catalog page', await buildPage(CATALOG_PAGE)]]);
  for (const target of available) if (!pages.has(target.page)) pages.set(target.page, await buildPage(`${PROVIDER_PAGE}\n${target.page}`));

  const rows = targets.map((target): ComponentSizeReport => {
    const chunks = pages.get(target.page);
    const empty = { firstLoadAddedBytes: 0, onDemandBytes: 0, otherOnDemand: [], ownModulesBytes: 0, alsoAdded: [], measuredBytes: 0 };
    if (!available.includes(target) || !chunks) return { target, skipped: true, ok: true, ...empty };
    const mine = owns(target);
    const firstLoad = chunks.filter((chunk) => chunk.firstLoad);
    const firstLoadAddedBytes = target.onDemandOnly ? 0 : sum(firstLoad) - providerBytes;
    // An on-demand chunk is the target's when its entry module is; the chunks only it imports come along.
    const lazy = new Map(chunks.filter((chunk) => !chunk.firstLoad).map((chunk) => [chunk.path, chunk]));
    const lazyClosure = (chunk: Chunk) => [...closure(chunk.path, (path) => lazy.get(path)?.imports ?? [])].filter((path) => lazy.has(path));
    const ownLazy = new Set([...lazy.values()].filter((chunk) => chunk.entryPoint && mine(chunk.entryPoint)).flatMap(lazyClosure));
    const onDemandBytes = sum([...ownLazy].map((path) => lazy.get(path)!));
    const otherOnDemand = [...lazy.values()]
      .filter((chunk) => chunk.entryPoint && !ownLazy.has(chunk.path))
      .map((chunk) => ({ owner: ownerOf(chunk, targets), gzipBytes: sum(lazyClosure(chunk).filter((path) => !ownLazy.has(path)).map((path) => lazy.get(path)!)) }));
    const counted = chunks.filter((chunk) => ownLazy.has(chunk.path) || (chunk.firstLoad && !target.onDemandOnly));
    const ownModulesBytes = counted.reduce((total, chunk) => total + [...chunk.inputs].filter(([path]) => mine(path)).reduce((share, [, bytes]) => share + bytes, 0), 0);
    // What else the page gains over the provider's: modules the provider's page does not have.
    const others = new Map<string, number>();
    for (const chunk of counted) for (const [path, bytes] of chunk.inputs) if (!mine(path) && !providerModules.has(path)) others.set(groupOf(path), (others.get(groupOf(path)) ?? 0) + bytes);
    const alsoAdded = [...others].map(([group, bytes]) => ({ group, gzipBytes: bytes })).sort((a, b) => b.gzipBytes - a.gzipBytes);
    const measuredBytes = ownModulesBytes;
    const ok = target.budgetBytes === undefined || measuredBytes <= target.budgetBytes;
    return { target, skipped: false, firstLoadAddedBytes, onDemandBytes, otherOnDemand, ownModulesBytes, alsoAdded, measuredBytes, ok };
  });

  // Where the targets' modules are: never on the catalog page, up front elsewhere only where imported on purpose.
  const placements = new Map<string, Placement[]>(available.map((target) => [target.name, []]));
  for (const [page, chunks] of pages) {
    const hosts = available.filter((target) => target.page === page);
    if (hosts.length && hosts.every((host) => host.onDemandOnly)) continue;
    const name = hosts[0]?.name ?? page;
    for (const target of available) {
      if (hosts.some((host) => host.name === target.name)) continue;
      const mine = owns(target);
      for (const where of ['first load', 'on demand'] as const) {
        const modules = [...new Set(chunks.filter((chunk) => chunk.firstLoad === (where === 'first load')).flatMap((chunk) => [...chunk.inputs.keys()].filter(mine)))];
        if (!modules.length) continue;
        const allowed = page !== 'catalog page' && (where === 'on demand' || hosts.some((host) => host.uses?.includes(target.name)));
        placements.get(target.name)!.push({ page: name, where, allowed, modules: modules.map((path) => path.replace(SRC, '')) });
      }
    }
  }
  const catalogFirstLoadBytes = sum(pages.get('catalog page')!.filter((chunk) => chunk.firstLoad));
  return { providerBytes, providerParts, catalogFirstLoadBytes, rows, placements };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

/** Measures and prints the element budgets and where each element loads; resolves with the broken ones. */
export async function reportComponentBudgets(): Promise<string[]> {
  const failures: string[] = [];
  const report = await measureComponentBudgets();
  const rows = report.rows.map((row) => {
    const { target } = row;
    if (row.skipped) {
      console.log(`\n${target.name}: not built yet (${target.requires} is missing), skipped.`);
      return [target.name, '-', '-', '-', target.budgetBytes === undefined ? '-' : kb(target.budgetBytes), 'not built yet', ''];
    }
    if (!row.ok) failures.push(`${target.name} has ${kb(row.measuredBytes)} gzipped of its own code, budget ${kb(target.budgetBytes!)}`);
    const verdict = target.budgetBytes === undefined ? 'no budget set' : row.ok ? 'ok' : 'OVER BUDGET';
    const also = row.alsoAdded.filter((item) => item.gzipBytes >= 100).slice(0, 3).map((item) => `${item.group} ${(item.gzipBytes / KB).toFixed(1)}`).join(', ');
    return [target.name, target.onDemandOnly ? '-' : kb(row.firstLoadAddedBytes), row.onDemandBytes ? kb(row.onDemandBytes) : '-', kb(row.ownModulesBytes), target.budgetBytes === undefined ? '-' : kb(target.budgetBytes), verdict, also];
  });
  printTable(
    `Element code on top of a provider page (provider alone: ${kb(report.providerBytes)} first load; esbuild, ESM, minified, each chunk gzip -9)`,
    ['element', 'first load added', 'on demand', 'own modules', 'budget', 'verdict', 'also added, largest (KB)'],
    rows,
  );
  console.log('Budgets apply to "own modules": the gzip share of the element\'s own source files, first load and its own on-demand chunks (split by minified bytes);');
  console.log('the rest of what it adds is listed by group (other elements, shared folders, SDK resources and schemas, packages).');
  // What every page pays before its own elements, so a page budget can be read against it.
  console.log(`The provider alone, by group (KB): ${report.providerParts.filter((part) => part.gzipBytes >= 100).map((part) => `${part.group} ${(part.gzipBytes / KB).toFixed(1)}`).join(', ')}.`);
  for (const row of report.rows) {
    if (row.otherOnDemand.length && !row.target.onDemandOnly) console.log(`- ${row.target.name} may also load on demand: ${row.otherOnDemand.map((chunk) => `${chunk.owner} ${kb(chunk.gzipBytes)}`).join(', ')}`);
  }

  const placementRows = [...report.placements].map(([name, placements]) => {
    const catalog = placements.filter((placement) => placement.page === 'catalog page');
    const elsewhere = placements.filter((placement) => placement.page !== 'catalog page').map((placement) => `${placement.where} of ${placement.page}${placement.allowed ? '' : ' (should not be)'}`);
    const wrong = placements.filter((placement) => !placement.allowed);
    for (const placement of wrong) failures.push(`${name} is in the ${placement.where} of the ${placement.page === 'catalog page' ? 'catalog page' : `${placement.page} page`}: ${placement.modules.join(', ')}`);
    return [name, catalog.length ? catalog.map((placement) => `IN ${placement.where}: ${placement.modules.length} modules`).join(', ') : 'absent', elsewhere.join('; ') || '-', wrong.length ? 'LOADS WHERE UNUSED' : 'ok'];
  });
  printTable(
    `Where each element's modules load (esbuild metafile inputs; catalog page = provider + course-catalog + course-card, ${kb(report.catalogFirstLoadBytes)} first load)`,
    ['element', 'catalog page', 'pages of the other elements', 'verdict'],
    placementRows,
  );
  return failures;
}
