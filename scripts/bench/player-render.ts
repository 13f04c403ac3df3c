/**
 * First render of the curriculum player with a 200-lecture course, against the catalog page's
 * first render of 24 cards measured in the same run: both pages served over HTTP with the
 * reference backend (`serve()` of `elements-render.ts`), in headless Chromium, alternating
 * inside each round; renderer main-thread CPU (schedstat) and wall time from navigation to
 * painted, medians of per-round ratios.
 *
 * The reference backend's courses have about fifteen lectures: before measuring, a course the
 * bench learner (the seeded student) is enrolled in gets sections and lectures up to 200, shaped
 * like its own (same mix of types, durations and text). The player page signs that learner in
 * with a token issued by the backend, so the player resumes as for an enrolled learner
 * (curriculum, enrollments and progress loaded).
 *
 * @module
 */
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../lib/chromium.mjs';
import type { MockApi } from '@coursekit/mock/node';
import { rendererCpu, rendererCpuSince, serve, summarize, type VariantResult } from './elements-render.js';
import { printTable } from './table.js';

/** The player's first render within this factor of the catalog's 24 cards (wall). */
export const PLAYER_RATIO_BUDGET = 1.5;
const LEARNER = 'student@coursekit.test';

/** What the player page is pointed at. */
export interface LongCourse {
  courseId: number;
  lectures: number;
  sections: number;
  /** A bearer token of the enrolled learner. */
  token: string;
}

/**
 * Grows a course the bench learner is actively enrolled in to `lectures` lectures in `sections`
 * sections (new ones after its own, ten lectures each for 200), copying its lectures' types,
 * durations and text in turn.
 */
export function arrangeLongCourse(api: MockApi, lectures = 200, sections = 20): LongCourse {
  const { db } = api;
  const learner = db.first('users', (row) => row.email === LEARNER);
  const enrollment = learner && db.first('enrollments', (row) => row.user_id === learner.id && row.status === 'active');
  if (!enrollment) throw new Error(`${LEARNER} has no active enrollment in the reference backend's seed.`);
  const courseId = enrollment.course_id;
  const ordered = <T extends { position: number }>(rows: T[]) => rows.sort((a, b) => a.position - b.position);
  const own = ordered(db.where('sections', (row) => row.course_id === courseId));
  for (let position = own.length + 1; position <= sections; position += 1) {
    db.insert('sections', { course_id: courseId, title: `Part ${position}`, position: own.at(-1)!.position + position - own.length });
  }
  const all = ordered(db.where('sections', (row) => row.course_id === courseId));
  const lecturesOf = (sectionId: number) => db.where('lectures', (row) => row.section_id === sectionId);
  const models = all.flatMap((section) => ordered(lecturesOf(section.id)));
  const perSection = Math.ceil(lectures / all.length);
  let count = models.length;
  for (const section of all) {
    let position = Math.max(0, ...lecturesOf(section.id).map((row) => row.position));
    for (let n = lecturesOf(section.id).length; n < perSection && count < lectures; n += 1, count += 1) {
      const model = models[count % models.length]!;
      position += 1;
      db.insert('lectures', {
        section_id: section.id,
        title: `${model.title} (${count + 1})`,
        type: model.type,
        external_url: model.external_url,
        duration_seconds: model.duration_seconds,
        content: model.content,
        is_preview: false,
        position,
      });
    }
  }
  const total = all.reduce((sum, section) => sum + lecturesOf(section.id).length, 0);
  if (total !== lectures) throw new Error(`Course ${courseId} has ${total} lectures, wanted ${lectures}.`);
  return { courseId, lectures, sections: all.length, token: api.issueToken(LEARNER) };
}

/** The player's first render against the catalog's, with what the player showed. */
export interface PlayerRenderReport {
  rounds: number;
  course: LongCourse;
  /** The catalog first (the floor), then the player. */
  results: VariantResult[];
  /** The open lecture once painted, and the parts of its body. */
  shown: { items: number; title: string; parts: string[] };
}

async function paint(page: Page, url: string, pid: number): Promise<{ cpu: number; wall: number }> {
  await page.goto('about:blank');
  await new Promise((resolve) => setTimeout(resolve, 30));
  const cpuBefore = rendererCpu(pid);
  await page.goto(url);
  await page.waitForFunction('window.paintedAt !== undefined', { polling: 'raf', timeout: 20_000 });
  const cpu = rendererCpuSince(cpuBefore);
  return { cpu, wall: (await page.evaluate('window.paintedAt')) as number };
}

/** Measures the player page against the catalog page, alternating, after a warm-up round. */
export async function measurePlayerRender(options: { rounds?: number } = {}): Promise<PlayerRenderReport> {
  const rounds = options.rounds ?? 10;
  const { server, url, api } = await serve();
  const course = arrangeLongCourse(api);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const pid = browser.process()!.pid!;
    const playerUrl = `${url}/player.html?${new URLSearchParams({ course: String(course.courseId), lectures: String(course.lectures), token: course.token })}`;
    const variants = [
      ['catalog: provider + 24 cards', `${url}/catalog.html`],
      [`player: ${course.lectures} lectures, enrolled`, playerUrl],
    ] as const;
    const samples = new Map(variants.map(([name]) => [name, { cpu: [] as number[], wall: [] as number[] }]));
    for (let round = -1; round < rounds; round += 1) {
      const order = round % 2 ? [...variants] : [...variants].reverse();
      for (const [name, address] of order) {
        const { cpu, wall } = await paint(page, address, pid);
        if (round < 0) continue; // warm-up
        samples.get(name)!.cpu.push(cpu);
        samples.get(name)!.wall.push(wall);
      }
    }
    await paint(page, playerUrl, pid);
    const shown = (await page.evaluate('window.bench.state()')) as PlayerRenderReport['shown'];
    return { rounds, course, results: summarize(samples, variants[0][0]), shown };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;

/** Measures and prints the player's first render; resolves with the broken budget, if it is. */
export async function reportPlayerRender(): Promise<string[]> {
  const report = await measurePlayerRender();
  const [catalog, player] = report.results as [VariantResult, VariantResult];
  const ok = player.wallRatio <= PLAYER_RATIO_BUDGET;
  printTable(
    `Curriculum player first render: navigation to its ${report.course.lectures} outline items and the first lecture painted, vs the catalog page's 24 cards (same run, ${report.rounds} alternating rounds, medians)`,
    ['page', 'cpu', 'cpu ratio', 'wall', 'wall ratio', 'verdict'],
    [
      [catalog.name, ms(catalog.cpuMs), ratio(catalog.cpuRatio), ms(catalog.wallMs), ratio(catalog.wallRatio), 'floor'],
      [player.name, ms(player.cpuMs), ratio(player.cpuRatio), ms(player.wallMs), ratio(player.wallRatio), `${ok ? 'ok' : 'OVER BUDGET'} (goal ${ratio(PLAYER_RATIO_BUDGET)} wall)`],
    ],
  );
  console.log(`Course ${report.course.courseId} grown to ${report.course.lectures} lectures in ${report.course.sections} sections; the player opened "${report.shown.title}" (${report.shown.parts.join(', ')}).`);
  return ok ? [] : [`the player's first render of ${report.course.lectures} lectures takes ${ratio(player.wallRatio)} the catalog's 24 cards (wall), goal ${ratio(PLAYER_RATIO_BUDGET)}`];
}
