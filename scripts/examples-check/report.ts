/**
 * Turns the check's results into failures (what the test asserts) and a readable report.
 *
 * @module
 */
import type { AxeViolation } from './axe.js';
import type { FailedRequest, Observations } from './monitor.js';
import type { CaseResult, CheckRun } from './run.js';

/** The kinds of problem the check fails a case for, in report order. */
export const KINDS = ['run', 'render', 'content', 'csp', 'console', 'requests', 'duplicates', 'layout', 'axe'] as const;

/**
 * The most a page may move by itself while it loads (cumulative layout shift). Core Web Vitals
 * calls up to 0.1 good and above 0.25 poor; the examples measure 0 to 0.06 on a quiet machine,
 * and a shared machine that delays a response can let a placeholder show first. 0.1 fails the
 * regressions that mattered (a catalog at 0.93, a course page at 0.77, a learn page at 0.17).
 */
export const LAYOUT_SHIFT_LIMIT = 0.1;
export type Kind = (typeof KINDS)[number];

export const KIND_TITLES: Record<Kind, string> = {
  run: 'the case could not run',
  render: 'elements did not finish loading, or reported ckit-error',
  content: "the page's own checks of what it shows",
  csp: 'Content-Security-Policy violations (events and console reports)',
  console: 'console errors and uncaught exceptions',
  requests: 'failed requests',
  duplicates: 'resources read more than once in one page load',
  layout: `layout shift above ${LAYOUT_SHIFT_LIMIT} while loading`,
  axe: 'axe violations (WCAG 2 A/AA + heading and landmark rules)',
};

const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Shortens `http://localhost:41234/api/v1/courses?x` to `/api/v1/courses?x` for same-site URLs. */
export function shortUrl(url: string, origins: readonly string[]): string {
  for (const origin of origins) if (url.startsWith(origin)) return `/${url.slice(origin.length)}`;
  return url;
}

function requestLine(request: FailedRequest, origins: readonly string[]): string {
  return `${request.method} ${shortUrl(request.url, origins)}: ${request.reason}`;
}

function consoleLines(seen: Observations, origins: readonly string[], prefix = ''): string[] {
  return [
    ...seen.consoleErrors.map((entry) => `${prefix}console.error: ${clip(entry.text)}${entry.source ? ` (${shortUrl(entry.source, origins)})` : ''}`),
    ...seen.pageErrors.map((error) => `${prefix}uncaught: ${clip(error.split('\n')[0] ?? error)}`),
  ];
}

function axeLines(violations: AxeViolation[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 3).map((node) => `\n      ${clip(node.target, 160)}${node.summary ? `: ${clip(node.summary, 200)}` : ''}`);
    const more = violation.nodes.length > 3 ? `\n      … and ${violation.nodes.length - 3} more` : '';
    return `${violation.id} (${violation.impact}, ${violation.nodes.length} element${violation.nodes.length === 1 ? '' : 's'}): ${violation.help}${nodes.join('')}${more}`;
  });
}

/** The problems of one case, by kind, one line (or small block) each; empty kinds are omitted. */
export function failuresOf(result: CaseResult, origins: readonly string[]): Partial<Record<Kind, string[]>> {
  const failures: Partial<Record<Kind, string[]>> = {};
  const add = (kind: Kind, lines: string[]) => {
    if (lines.length) failures[kind] = lines;
  };
  add('run', result.error ? [result.error] : []);
  add('render', [
    ...(result.notSettled ? [result.notSettled] : []),
    ...(result.signIn?.elementErrors ?? []).map((error) => `while signing in: ckit-error ${clip(error)}`),
    ...result.load.elementErrors.map((error) => `ckit-error ${clip(error)}`),
  ]);
  add('content', result.content);
  add('csp', [...(result.signIn?.cspViolations ?? []).map((violation) => `while signing in: ${clip(violation)}`), ...result.load.cspViolations.map((violation) => clip(violation))]);
  add('console', [...(result.signIn ? consoleLines(result.signIn, origins, 'while signing in: ') : []), ...consoleLines(result.load, origins)]);
  add('requests', [
    ...(result.signIn?.failedRequests ?? []).map((request) => `while signing in: ${requestLine(request, origins)}`),
    ...result.load.failedRequests.map((request) => requestLine(request, origins)),
  ]);
  add('duplicates', result.load.duplicateReads.map((read) => `GET ${shortUrl(read.url, origins)} ×${read.count}`));
  add('layout', result.layoutShift.score > LAYOUT_SHIFT_LIMIT ? [`${result.layoutShift.score.toFixed(3)}, largest shifts: ${result.layoutShift.sources.join(', ') || 'unknown'}`] : []);
  add('axe', axeLines(result.axe));
  return failures;
}

/** The origins whose URLs are shown as paths in the report. */
export function originsOf(run: CheckRun): string[] {
  return [run.examplesUrl, run.embedUrl];
}

/** The whole report: a summary line, then each case with its failures (or "ok"), then totals by kind. */
export function formatReport(run: CheckRun): string {
  const origins = originsOf(run);
  const lines: string[] = [];
  const totals = new Map<Kind, string[]>();
  let failing = 0;
  lines.push(`Examples check: ${run.results.length} cases in ${(run.durationMs / 1000).toFixed(1)} s (bundle built in ${run.buildMs} ms)`);
  lines.push(`  examples site ${run.examplesUrl}   third-party embed ${run.embedUrl}embed.html`);
  for (const result of run.results) {
    const failures = failuresOf(result, origins);
    const kinds = KINDS.filter((kind) => failures[kind]);
    if (kinds.length) failing++;
    lines.push('');
    lines.push(`${kinds.length ? '✗' : '✓'} ${result.case.label}   ${shortUrl(result.url, origins)}`);
    lines.push(`  screenshot ${result.screenshot}; ${result.load.apiReads.length} API reads; layout shift ${result.layoutShift.score.toFixed(3)}; ${(result.durationMs / 1000).toFixed(1)} s`);
    for (const kind of kinds) {
      totals.set(kind, [...(totals.get(kind) ?? []), result.case.id]);
      lines.push(`  ${KIND_TITLES[kind]}:`);
      for (const line of failures[kind]!) lines.push(`    - ${line}`);
    }
    // The school logs each ckit-error as a "CourseKit: <operation> failed" warning: already listed above.
    const warnings = [...(result.signIn?.consoleWarnings ?? []), ...result.load.consoleWarnings].filter((warning) => !/^CourseKit: \S+ failed/.test(warning.text));
    if (warnings.length) {
      lines.push(`  console warnings (not failures):`);
      for (const warning of warnings) lines.push(`    - ${clip(warning.text)}`);
    }
  }
  lines.push('');
  lines.push(failing ? `${failing} of ${run.results.length} cases failed:` : `All ${run.results.length} cases passed.`);
  for (const kind of KINDS) {
    const cases = totals.get(kind);
    if (cases) lines.push(`  ${KIND_TITLES[kind]}: ${cases.length} case${cases.length === 1 ? '' : 's'}`);
  }
  return lines.join('\n');
}
