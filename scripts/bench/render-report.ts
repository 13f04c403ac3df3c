/**
 * The render budgets of the performance issue, measured by `elements-render.ts` and printed as
 * tables. Returns one line per broken budget.
 *
 * @module
 */
import { measureRender, type CardPhases, type VariantResult } from './elements-render.js';
import { median } from './stats.js';
import { printTable } from './table.js';

/** 1,000 cards given `.course`: first render within this factor of hand-written lit-html (CPU). */
export const CARDS_RATIO_BUDGET = 1.2;
/** 24 catalog cards painted within this factor of a hand-written fetch + lit-html page (wall). */
export const CATALOG_RATIO_BUDGET = 1.3;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

/** The lowest and highest per-round ratio: how far one round can stray from the median. */
const spread = (ratios: readonly number[]) => (ratios.length ? `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}` : '-');

const rows = (results: readonly VariantResult[], budget: number, on: 'cpu' | 'wall', measured: string) =>
  results.map((result, index) => {
    const value = on === 'cpu' ? result.cpuRatio : result.wallRatio;
    const note = index === 0 ? 'floor' : index === results.length - 1 ? `${verdict(value <= budget)} (budget ${ratio(budget)} ${on})` : '';
    const rounds = index === 0 ? '' : spread(on === 'cpu' ? result.cpuRatios : result.wallRatios);
    return [result.name === measured ? `${result.name} *` : result.name, ms(result.cpuMs), ratio(result.cpuRatio), ms(result.wallMs), ratio(result.wallRatio), rounds, note];
  });

/** Median phase ends of each card variant: script done, style and layout done, painted. */
const phaseRows = (phases: CardPhases) =>
  Object.entries(phases).map(([name, runs]) => [name, ms(median(runs.map((run) => run.rendered))), ms(median(runs.map((run) => run.laidOut))), ms(median(runs.map((run) => run.painted)))]);

/** Measures and prints the render budgets; resolves with the broken ones. */
export async function reportRender(): Promise<string[]> {
  const failures: string[] = [];
  const report = await measureRender();
  const cards = report.cards.at(-1)!;
  if (cards.cpuRatio > CARDS_RATIO_BUDGET) failures.push(`1,000 cards render in ${ratio(cards.cpuRatio)} the CPU time of hand-written lit-html, budget ${ratio(CARDS_RATIO_BUDGET)}`);
  printTable(
    `1,000 cards given .course, first render to paint (Chromium, renderer main-thread CPU and wall, medians of ${report.rounds} alternating rounds on a collected heap, ratios per round)`,
    ['variant', 'cpu', 'cpu ratio', 'wall', 'wall ratio', 'rounds', 'verdict'],
    rows(report.cards, CARDS_RATIO_BUDGET, 'cpu', cards.name),
  );
  printTable('Where the cards\' wall time goes (medians, ms from the start of the render)', ['variant', 'script done', 'laid out', 'painted'], phaseRows(report.cardPhases));
  const catalog = report.catalog.at(-1)!;
  if (catalog.wallRatio > CATALOG_RATIO_BUDGET) failures.push(`24 catalog cards paint in ${ratio(catalog.wallRatio)} the wall time of a hand-written page, budget ${ratio(CATALOG_RATIO_BUDGET)}`);
  printTable(
    `Catalog page, navigation to 24 cards painted, reference backend over HTTP on localhost (medians of ${report.catalogRounds} alternating rounds)`,
    ['variant', 'cpu', 'cpu ratio', 'wall', 'wall ratio', 'rounds', 'verdict'],
    rows(report.catalog, CATALOG_RATIO_BUDGET, 'wall', catalog.name),
  );
  const { growth, orphans } = report;
  const growthOk = growth.after === growth.before;
  if (!growthOk) failures.push(`the catalog grows by ${growth.perChange.toFixed(1)} DOM nodes per page change, goal 0`);
  const orphansOk = orphans.heldKB <= 10;
  if (!orphansOk) failures.push(`1,000 cards without a provider leave ${orphans.heldKB.toFixed(1)} KB behind, goal 0`);
  printTable(
    'Memory (DOM nodes counted through shadow roots; heap after GC via CDP)',
    ['measure', 'value', 'verdict'],
    [
      [`DOM nodes on page 1, before and after ${growth.changes} page changes`, `${growth.before} -> ${growth.after}`, `${verdict(growthOk)} (${growth.perChange.toFixed(2)} per change, goal 0)`],
      [`heap left by ${orphans.cards} cards without a provider, removed (lean LitElement: ${orphans.leanKB.toFixed(1)} KB)`, `${orphans.heldKB.toFixed(1)} KB`, `${verdict(orphansOk)} (goal 0, 10 KB noise allowed)`],
    ],
  );
  return failures;
}
