/**
 * `npm run bench`: the SDK's performance budgets. Prints a table per measurement and exits
 * non-zero when a budget is broken. Runs in a few seconds, writes nothing, not part of `npm test`.
 *
 * - Browser bundle of the whole SDK (every resource and ky inlined; no zod), min + gzip -9: <= 25 KB.
 * - `ck.courses.list({ per_page: 100 })` against a local server: schema validation <= 20 % of the
 *   median call.
 * - Element bundles, first load (entry and the chunks it imports statically), min + gzip -9: a
 *   catalog page (provider, catalog, card) <= 36 KB, the figure the performance issue sets (it
 *   replaces the product brief's earlier 30 KB).
 * - The CDN folder as it ships (`bench/page-budgets.ts`): the loader's first paint <= 3 KB, every
 *   example page's JavaScript (loader + the chunks its elements import statically) <= 40 KB; the
 *   whole library and `coursekit.js` (everything at once) are reported, not budgeted: the
 *   everything-at-once file is what a site chooses knowingly (it replaces the old "whole drop-in
 *   <= 60 KB" check).
 * - Each new element's own code on top of a provider page (player 12 KB, quiz 6 KB, outbox 3 KB,
 *   checkout with the test gateway 10 KB, Stripe adapter 2 KB, course page elements 4 KB each), none
 *   of them on the catalog page; the player's first render of 200 lectures <= 1.5x the catalog's.
 */
import { measureElements, type ElementsScenario } from './bench/elements-size.js';
import { measureSdkBundle } from './bench/bundle-size.js';
import { measureFetchParse } from './bench/fetch-parse.js';
import { reportRender } from './bench/render-report.js';
import { reportComponentBudgets } from './bench/component-budgets.js';
import { reportPlayerRender } from './bench/player-render.js';
import { reportPageBudgets } from './bench/page-budgets.js';
import { printTable } from './bench/table.js';

const KB = 1024;
const BUNDLE_BUDGET_BYTES = 25 * KB;
const VALIDATION_SHARE_GOAL = 0.2;

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
const ms = (value: number) => `${value.toFixed(3)} ms`;
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

const failures: string[] = [];

const bundle = await measureSdkBundle();
const bundleOk = bundle.gzipBytes <= BUNDLE_BUDGET_BYTES && bundle.missingResources.length === 0;
if (bundle.missingResources.length) failures.push(`resources missing from the bundle: ${bundle.missingResources.join(', ')}`);
if (bundle.gzipBytes > BUNDLE_BUDGET_BYTES) failures.push(`SDK bundle is ${kb(bundle.gzipBytes)} gzipped, budget ${kb(BUNDLE_BUDGET_BYTES)}`);
printTable(
  'SDK browser bundle (esbuild, ESM, minified, gzip -9; KB = 1024 bytes)',
  ['part', 'minified', 'gzip', 'share'],
  [
    ...bundle.groups.map((group) => [group.name, kb(group.minifiedBytes), kb(group.gzipBytes), pct(group.gzipBytes / bundle.gzipBytes)]),
    ['total', kb(bundle.minifiedBytes), kb(bundle.gzipBytes), `${verdict(bundleOk)} (budget ${kb(BUNDLE_BUDGET_BYTES)})`],
  ],
);
console.log('Per-part gzip sizes are the total gzip size split in proportion to minified bytes (from the esbuild metafile).');

const fetchParse = await measureFetchParse({ perPage: 100, warmup: 30, iterations: 200 });
const shareOk = fetchParse.validationShare <= VALIDATION_SHARE_GOAL;
if (!shareOk) failures.push(`validation takes ${pct(fetchParse.validationShare)} of a list call, goal ${pct(VALIDATION_SHARE_GOAL)}`);
printTable(
  `ck.courses.list({ per_page: 100 }) from 127.0.0.1 (${kb(fetchParse.bodyBytes)} body, ${fetchParse.iterations} timed runs after warm-up, medians)`,
  ['measure', 'time', 'note'],
  [
    ['whole call', ms(fetchParse.callMedianMs), `p90 ${ms(fetchParse.callP90Ms)}`],
    ['JSON.parse alone', ms(fetchParse.jsonParseMedianMs), ''],
    ['schema validation alone', ms(fetchParse.validateMedianMs), `${pct(fetchParse.validationShare)} of the call: ${verdict(shareOk)} (goal <= ${pct(VALIDATION_SHARE_GOAL)})`],
  ],
);

// Budget: the catalog page's from the performance issue. The whole drop-in is reported by the page budgets below (coursekit.js).
const elementScenarios: ElementsScenario[] = [
  { name: 'catalog page (provider, catalog, card)', components: ['provider', 'course-catalog', 'course-card'], budgetBytes: 36 * KB },
];
const elementRows: string[][] = [];
for (const scenario of elementScenarios) {
  const report = await measureElements(scenario);
  const ok = report.entryGzipBytes <= report.budgetBytes;
  if (!ok) failures.push(`${report.name} is ${kb(report.entryGzipBytes)} gzipped, budget ${kb(report.budgetBytes)}`);
  elementRows.push([report.name, kb(report.entryGzipBytes), report.lazyGzipBytes ? kb(report.lazyGzipBytes) : '-', `${verdict(ok)} (budget ${kb(report.budgetBytes)})`]);
}
printTable('Element bundles (esbuild, ESM, minified, gzip -9, SDK + ky + Lit inlined)', ['page', 'first load', 'on demand', 'verdict'], elementRows);

// Per-page budgets of the CDN folder (delivery issue).
failures.push(...(await reportPageBudgets()));

// Per-element budgets of the learning and commerce issues, and where each element loads.
failures.push(...(await reportComponentBudgets()));

// Render budgets from the performance issue, in headless Chromium against the reference backend.
failures.push(...(await reportRender()));
failures.push(...(await reportPlayerRender()));

if (failures.length) {
  console.error(`\nBudget broken:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll budgets met.');
}
