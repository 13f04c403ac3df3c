/**
 * Runs axe-core in a loaded page (it walks open shadow roots, so the elements' own markup is
 * checked too) and keeps a short summary of each violation.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Best-practice rules the pages must pass too: a sensible heading outline (the catalog's card
 * titles are headings) and landmarks (the drop-in page is a page of its own).
 */
export const AXE_EXTRA_RULES = ['heading-order', 'page-has-heading-one', 'landmark-one-main', 'region'];

/** One element that fails a rule. */
export interface AxeNode {
  /** axe's selector; a nested list steps into shadow roots (`ckit-course-catalog >> .title`). */
  readonly target: string;
  /** The first reason axe gives (e.g. the measured contrast ratio and colours). */
  readonly summary: string;
}

/** One failed rule on one page. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: AxeNode[];
}

let axeSource: Promise<string> | undefined;

function loadAxe(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface RawNode {
  target: unknown[];
  any: { message: string }[];
  all: { message: string }[];
  none: { message: string }[];
  failureSummary?: string;
}

interface RawViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: RawNode[];
}

function selector(target: unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >> ');
}

/** Injects axe-core (once per page load) and returns the violations of the WCAG A/AA rules and `AXE_EXTRA_RULES`. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const alreadyThere = await page.evaluate('typeof window.axe === "object"');
  if (!alreadyThere) await page.evaluate(await loadAxe());
  const options = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(AXE_EXTRA_RULES.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  };
  // axe skips text it takes for an icon font's ligature, judged by how the first letter's width
  // compares with the word's: Arabic's joined letters fool it, so on the right-to-left embed page
  // most text would go unchecked for contrast. The pages use no icon fonts: every font counts as
  // "no ligatures seen" (axe's per-run cache, cleared when the run ends).
  await page.evaluate(`axe._cache?.set('fonts', new Proxy({}, { get: () => ({ occurrences: Infinity, numLigatures: 0 }) }))`);
  const violations = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)}).then((results) => results.violations)`)) as RawViolation[];
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: selector(node.target),
      summary: [...node.any, ...node.all, ...node.none][0]?.message ?? node.failureSummary ?? '',
    })),
  }));
}
