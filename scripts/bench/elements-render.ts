/**
 * Render budgets of the elements, measured in headless Chromium (puppeteer-core, `/usr/bin/chromium`
 * or `CHROME_PATH`) against the reference backend over HTTP on localhost:
 *
 * - 1,000 cards given `.course`, first render to paint: the element vs a lean LitElement vs
 *   hand-written lit-html (same markup, same adopted style sheets; checked before measuring).
 * - A catalog page: 24 cards painted, from navigation, vs a hand-written fetch + lit-html page.
 * - DOM nodes after 50 catalog page changes.
 * - Heap left behind by 1,000 cards without a provider once they are gone.
 *
 * Times are the renderer's main-thread CPU time (`/proc/<pid>/task/<pid>/schedstat`, not inflated
 * by waiting for a core on a shared machine) and wall time; variants alternate inside each round
 * and the figures are medians of per-round ratios. Each card round starts on a collected heap and
 * closes its CPU window after the cards' first paint: before, the window closed when the render's
 * promise came back, so a random share of the following frame's paint (and of a GC owed by the
 * previous page) landed in it.
 *
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../lib/chromium.mjs';
import { createMockListener, type MockApi } from '@coursekit/mock/node';
import { DROP_IN_BUILD_OPTIONS, ROOT } from '../lib/drop-in-build.js';
import { median } from './stats.js';

const PAGES: Record<string, string> = {
  '/render.html': 'render-page',
  '/catalog.html': 'catalog-page',
  '/hand-catalog.html': 'hand-catalog-page',
  '/player.html': 'player-page',
};

const CATALOG_BODY = '<ckit-provider base-url="/api/v1"><ckit-course-catalog per-page="24"></ckit-course-catalog></ckit-provider>';

/** One measured variant: median CPU and wall time, and the median per-round ratio to the floor. */
export interface VariantResult {
  name: string;
  cpuMs: number;
  wallMs: number;
  cpuRatio: number;
  wallRatio: number;
  /** The per-round ratios the medians come from, in round order. */
  cpuRatios: number[];
  wallRatios: number[];
}

/** Everything the render bench measured. */
export interface RenderReport {
  /** Rounds of the card render (each round renders every variant once). */
  rounds: number;
  /** Rounds of the catalog page (each loads both pages once). */
  catalogRounds: number;
  seedCourses: number;
  cards: VariantResult[];
  /** Where each card round's time went: rendered, laid out, painted (ms from the start). */
  cardPhases: CardPhases;
  catalog: VariantResult[];
  growth: { changes: number; before: number; after: number; perChange: number };
  orphans: { cards: number; leanKB: number; ckitKB: number; heldKB: number };
}

/** Serves the bench pages and the reference backend on a free port of 127.0.0.1. */
export async function serve(): Promise<{ server: Server; url: string; api: MockApi }> {
  const result = await build({
    ...DROP_IN_BUILD_OPTIONS,
    splitting: false,
    entryPoints: Object.fromEntries(Object.values(PAGES).map((name) => [name, join(ROOT, 'scripts/bench/render', `${name}.ts`)])),
    outdir: join(ROOT, '.bench-render'),
  });
  const scripts = new Map(result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [file.path.split('/').pop()!.replace(/\.js$/, ''), file.text]));
  const api = createMockListener({ basePath: '/api/v1' });
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const page = PAGES[path];
    if (page) {
      const body = path === '/catalog.html' ? CATALOG_BODY : '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/${page}.js"></script></head><body>${body}</body></html>`);
      return;
    }
    const script = scripts.get(path.slice(1).replace(/\.js$/, ''));
    if (script !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(script);
      return;
    }
    api(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, api: api.api };
}

/** Pids of the browser's renderer processes. */
function renderers(browserPid: number): number[] {
  const parent = new Map<number, number>();
  const isRenderer = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) isRenderer.add(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p: number | undefined = pid; p; p = parent.get(p)) if (p === browserPid) return true;
    return false;
  };
  return [...isRenderer].filter(descends);
}

/** Main-thread CPU time of each of the browser's renderers now (read from /proc schedstat). */
export function rendererCpu(browserPid: number): RendererCpu {
  const perProcess = new Map<number, number>();
  for (const pid of renderers(browserPid)) {
    try {
      perProcess.set(pid, Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // Gone.
    }
  }
  return { browserPid, perProcess };
}

/** Main-thread CPU time of each renderer process of one browser, in ms, at one moment. */
export interface RendererCpu {
  readonly browserPid: number;
  readonly perProcess: ReadonlyMap<number, number>;
}

/**
 * The renderers' main-thread CPU spent since `before`, in ms: for each renderer alive now, what
 * it spent since then (all of it, for one started since). A navigation may swap the tab's renderer
 * process; a total over the processes alive at each end would then lose the old one's whole
 * lifetime and could even come out negative.
 */
export function rendererCpuSince(before: RendererCpu): number {
  let ms = 0;
  for (const [pid, now] of rendererCpu(before.browserPid).perProcess) ms += now - (before.perProcess.get(pid) ?? 0);
  return ms;
}

export function summarize(samples: Map<string, { cpu: number[]; wall: number[] }>, floor: string): VariantResult[] {
  const base = samples.get(floor)!;
  return [...samples].map(([name, { cpu, wall }]) => {
    const cpuRatios = cpu.map((value, round) => value / base.cpu[round]!);
    const wallRatios = wall.map((value, round) => value / base.wall[round]!);
    return { name, cpuMs: median(cpu), wallMs: median(wall), cpuRatio: median(cpuRatios), wallRatio: median(wallRatios), cpuRatios, wallRatios };
  });
}

/** Phase ends of one card render, in ms from its start (`RunTimes` of `render/render-page.ts`). */
interface RunTimes {
  rendered: number;
  laidOut: number;
  painted: number;
}

/** The per-round phase ends of each card variant, for the report. */
export type CardPhases = Record<string, RunTimes[]>;

async function measureCards(browser: Browser, page: Page, url: string, rounds: number): Promise<{ results: VariantResult[]; phases: CardPhases; seed: number }> {
  const pid = browser.process()!.pid!;
  const variants = ['hand', 'lean', 'ckit'] as const;
  const names = { hand: 'hand-written lit-html', lean: 'lean LitElement', ckit: '<ckit-course-card>' };
  const samples = new Map(variants.map((variant) => [names[variant], { cpu: [] as number[], wall: [] as number[] }]));
  const phases: CardPhases = Object.fromEntries(variants.map((variant) => [names[variant], [] as RunTimes[]]));
  await page.goto(`${url}/render.html`);
  await page.waitForFunction('window.bench');
  await page.evaluate('window.bench.prepare(1)');
  const check = (await page.evaluate('window.bench.sameResult()')) as { same: boolean; markup: string[]; sheets: number[] };
  if (!check.same) throw new Error(`The card variants no longer render the same thing (style sheets ${check.sheets.join(', ')}):\n${check.markup.join('\n')}`);
  let seed = 0;
  for (let round = -1; round < rounds; round += 1) {
    // Alternate the order too, so neither variant always follows the same one.
    const order = round % 2 ? [...variants] : [...variants].reverse();
    for (const variant of order) {
      await page.goto(`${url}/render.html`);
      await page.waitForFunction('window.bench');
      seed = (await page.evaluate('window.bench.prepare(1000)')) as number;
      // Start each variant on a collected heap: otherwise a major GC owed by the page load and the
      // course fetch lands inside whichever render happens to cross the threshold.
      await page.evaluate('gc(); gc()');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const cpuBefore = rendererCpu(pid);
      // Resolves after the cards' first paint, so the CPU window closes after the same work for every variant.
      const times = (await page.evaluate(`window.bench.run(${JSON.stringify(variant)}, 1000)`)) as RunTimes;
      const cpu = rendererCpuSince(cpuBefore);
      if (round < 0) continue; // warm-up
      samples.get(names[variant])!.cpu.push(cpu);
      samples.get(names[variant])!.wall.push(times.painted);
      phases[names[variant]]!.push(times);
    }
  }
  return { results: summarize(samples, names.hand), phases, seed };
}

async function measureCatalog(browser: Browser, page: Page, url: string, rounds: number): Promise<VariantResult[]> {
  const pid = browser.process()!.pid!;
  const variants = [
    ['hand-written fetch + lit-html', '/hand-catalog.html'],
    ['provider + catalog', '/catalog.html'],
  ] as const;
  const samples = new Map(variants.map(([name]) => [name, { cpu: [] as number[], wall: [] as number[] }]));
  for (let round = -1; round < rounds; round += 1) {
    const order = round % 2 ? [...variants] : [...variants].reverse();
    for (const [name, path] of order) {
      await page.goto('about:blank');
      await new Promise((resolve) => setTimeout(resolve, 30));
      const cpuBefore = rendererCpu(pid);
      await page.goto(`${url}${path}`);
      await page.waitForFunction('window.paintedAt !== undefined', { polling: 'raf', timeout: 20_000 });
      const cpu = rendererCpuSince(cpuBefore);
      const wall = (await page.evaluate('window.paintedAt')) as number;
      if (round < 0) continue;
      samples.get(name)!.cpu.push(cpu);
      samples.get(name)!.wall.push(wall);
    }
  }
  return summarize(samples, variants[0][0]);
}

async function measureGrowth(page: Page, url: string, changes: number): Promise<RenderReport['growth']> {
  await page.goto(`${url}/catalog.html`);
  await page.waitForFunction('window.paintedAt !== undefined', { timeout: 20_000 });
  await page.evaluate('window.bench.goTo(2)');
  const before = (await page.evaluate('window.bench.goTo(1)')) as number;
  let after = before;
  for (let change = 0; change < changes; change += 1) after = (await page.evaluate(`window.bench.goTo(${change % 2 ? 1 : 2})`)) as number;
  return { changes, before, after, perChange: (after - before) / changes };
}

async function measureOrphans(page: Page, url: string, rounds: number): Promise<RenderReport['orphans']> {
  const session = await page.createCDPSession();
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  const held = { lean: [] as number[], ckit: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of ['lean', 'ckit'] as const) {
      await page.goto(`${url}/render.html`);
      await page.waitForFunction('window.bench');
      await page.evaluate('window.bench.prepare(1000)');
      // Once first, so what the first thousand create for good (styles, caches, optimized code) is not counted.
      await page.evaluate(`window.bench.mountAndRemove(${JSON.stringify(variant)}, 1000)`);
      const before = await heap();
      await page.evaluate(`window.bench.mountAndRemove(${JSON.stringify(variant)}, 1000)`);
      held[variant].push((await heap()) - before);
    }
  }
  await session.detach();
  const leanKB = median(held.lean) / 1024;
  const ckitKB = median(held.ckit) / 1024;
  return { cards: 1000, leanKB, ckitKB, heldKB: ckitKB - leanKB };
}

/** Runs every render measurement; under two minutes on an idle 2-core machine. */
export async function measureRender(options: { rounds?: number; catalogRounds?: number; growthChanges?: number } = {}): Promise<RenderReport> {
  const rounds = options.rounds ?? 7;
  // A catalog round takes under a second against several for a card round, and a page load's
  // wall time strays more on a loaded machine (0.9-2.8x per round seen): three times the rounds.
  const catalogRounds = options.catalogRounds ?? rounds * 3;
  const { server, url } = await serve();
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cards = await measureCards(browser, page, url, rounds);
    const catalog = await measureCatalog(browser, page, url, catalogRounds);
    const growth = await measureGrowth(page, url, options.growthChanges ?? 50);
    const orphans = await measureOrphans(page, url, 2);
    return { rounds, catalogRounds, seedCourses: cards.seed, cards: cards.results, cardPhases: cards.phases, catalog, growth, orphans };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
