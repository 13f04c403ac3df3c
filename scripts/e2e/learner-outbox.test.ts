/**
 * The learner's outbox end to end, in headless Chromium against the examples site: the elements
 * as the site serves them, the school's learn page (`<ckit-curriculum-player>` with its
 * `<ckit-quiz>`) and the reference backend in-process over HTTP. No service worker is involved:
 * offline means the browser's own network emulation, so every fetch of the page fails (and the
 * backend drops API connections meanwhile, see `setOffline`).
 *
 * 1. Two pages of one browser context (a tab and the window it opened) share one outbox
 *    (IndexedDB, Web Locks). Offline, five lectures are completed across them (one of them in
 *    both), one is reloaded, both come back online: the backend holds exactly the final state,
 *    and each queued write reached it once.
 * 2. A quiz submitted offline, reloaded, sent once online: one graded attempt, shown.
 * 3. The quiz as the learner's browser receives it carries no answer.
 *
 * What reached the backend is read in-process: every HTTP request the server receives (through
 * Node's `http.server.request.start` diagnostics channel) and every transaction its database
 * commits (`db.onCommit`). Run with `npm run test:node -- e2e`.
 */
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { CHROME_PATH, launchChromium } from '../lib/chromium.mjs';
import { startExamplesServer, type ExamplesServer } from '../lib/examples-server.js';

const SLUG = 'modern-javascript-from-scratch';
const STUDENT = 'student@coursekit.test';
/** The player and everything in its shadow root (`>>>` pierces shadow roots, nested ones too). */
const PLAYER = 'ckit-curriculum-player';
const skip = existsSync(CHROME_PATH) ? false : `no browser at ${CHROME_PATH} (install Chromium or set CHROME_PATH)`;

/** One HTTP request the examples server received. */
interface ServerRequest {
  method: string;
  path: string;
  /** Its `Idempotency-Key`, if any. */
  key: string | undefined;
  /** The answer's status; 0 while there is none. */
  status: number;
  /** Whether the backend answered from its idempotency store instead of running the request. */
  replayed: boolean;
}

/** An entry of the outbox as IndexedDB holds it (see `data/outbox.ts`). */
interface OutboxRow {
  kind: 'progress' | 'attempt';
  key: string;
  lecture?: number;
  watched?: number;
  complete?: boolean;
  quiz?: number;
}

/** A row the database committed (its state after the transaction; `null` when deleted). */
interface Commit {
  table: string;
  row: Record<string, unknown> | null;
}

/** The outbox's IndexedDB database and Web Lock (its default name, shared by the tabs of an origin). */
const OUTBOX_LOCK = 'coursekit-outbox';
const PROGRESS_PUT = /^\/api\/v1\/lectures\/(\d+)\/progress$/;

describe('learner outbox end to end (two tabs, offline, examples site)', { skip, timeout: 120_000 }, () => {
  let server: ExamplesServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let stopCommits: () => void = () => {};
  let requests: ServerRequest[] = [];
  let commits: Commit[] = [];
  let course = 0;
  let student = 0;

  /** Records each request to this server with its answer (the listener wraps `writeHead`). */
  const onRequest = (message: unknown): void => {
    const { request, response, server: from } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    if ((from.address() as AddressInfo | null)?.port !== server?.port) return;
    const entry: ServerRequest = { method: request.method ?? '', path: (request.url ?? '').split('?')[0]!, key: headerOf(request.headers['idempotency-key']), status: 0, replayed: false };
    requests.push(entry);
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      entry.status = status;
      const headers = rest.find((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
      entry.replayed = String(headers?.['idempotent-replayed'] ?? '') === 'true';
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse['writeHead'];
  };

  before(async () => {
    server = await startExamplesServer({ port: 0 });
    subscribe('http.server.request.start', onRequest);
    const db = server.api.db;
    stopCommits = db.onCommit((changes) => commits.push(...changes.map(({ table, row }) => ({ table, row: row as Record<string, unknown> | null }))));
    course = db.first('courses', (row) => row.slug === SLUG)!.id;
    student = db.first('users', (row) => row.email === STUDENT)!.id;
    browser = await launchChromium();
  });

  after(async () => {
    unsubscribe('http.server.request.start', onRequest);
    stopCommits();
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    // Each case: the seed again (sessions and idempotency keys included), a fresh browser
    // context (no IndexedDB, storage or cache), empty logs.
    server.api.reset();
    server.api.faults.reset();
    requests = [];
    commits = [];
    context = await browser.createBrowserContext();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  // --- Helpers ------------------------------------------------------------------------------

  const learnUrl = (lecture?: number) => `${server.url}school/learn.html?slug=${SLUG}${lecture ? `&lecture=${lecture}` : ''}`;

  async function newPage(): Promise<Page> {
    const page = await context!.newPage();
    page.setDefaultTimeout(10_000);
    await page.setViewport({ width: 1280, height: 900 });
    return page;
  }

  /**
   * Waits for an element, inside shadow roots too (`>>>`). Polled: Puppeteer's own wait for such
   * selectors watches the document's mutations, which do not include those inside shadow roots.
   */
  async function waitDeep(page: Page, selector: string, timeoutMs = 10_000): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await page.$(selector);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`${selector} did not appear within ${timeoutMs} ms on ${page.url()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function clickDeep(page: Page, selector: string): Promise<void> {
    await (await waitDeep(page, selector)).click();
  }

  /** Waits for the player of a signed-in, enrolled learner (the save status is shown to them only). */
  async function playerReady(page: Page): Promise<void> {
    await waitDeep(page, `${PLAYER} >>> [part="save-status"]`);
    await waitDeep(page, `${PLAYER} >>> [part="lecture-title"]`);
  }

  /** Opens the learn page and signs in with the page's demo button (the token goes to this tab's sessionStorage). */
  async function openSignedIn(page: Page, lecture?: number): Promise<void> {
    await page.goto(learnUrl(lecture), { waitUntil: 'load' });
    await page.locator('#sign-in').click();
    await page.waitForSelector('#sign-out:not([hidden])');
    await playerReady(page);
  }

  /** The open lecture's id, as the player reflects it. */
  const openLecture = (page: Page) => page.$eval(PLAYER, (player) => Number(player.getAttribute('lecture-id')));

  async function goToLecture(page: Page, lectureId: number): Promise<void> {
    await clickDeep(page, `${PLAYER} >>> [part="lecture-item"][data-lecture="${lectureId}"]`);
    await page.waitForFunction(`document.querySelector('${PLAYER}').getAttribute('lecture-id') === '${lectureId}'`, { polling: 50 });
  }

  /** Presses "Mark complete" on the open lecture and waits until it says so. */
  async function markComplete(page: Page, lectureId: number): Promise<void> {
    await goToLecture(page, lectureId);
    await clickDeep(page, `${PLAYER} >>> [part="complete-button"][aria-disabled="false"]`);
    await waitDeep(page, `${PLAYER} >>> [part="complete-button"][aria-disabled="true"]`);
  }

  /**
   * The outbox's entries in this page's origin, read straight from IndexedDB (a source string:
   * tsx adds helpers to compiled functions that do not exist in the page).
   */
  const outboxRows = (page: Page) =>
    page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open(${JSON.stringify(OUTBOX_LOCK)});
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('e')) return resolve([]);
        const read = db.transaction('e').objectStore('e').getAll();
        read.onsuccess = () => { db.close(); resolve(read.result); };
        read.onerror = () => reject(read.error);
      };
    })`) as Promise<OutboxRow[]>;

  const lecturesOf = (rows: OutboxRow[]) => rows.map((row) => row.lecture).sort((a, b) => a! - b!);

  /** Polls `check` (which throws while unmet) until it passes or `timeoutMs` is over, then rethrows its last failure. */
  async function eventually(check: () => void | Promise<void>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /**
   * Takes the network away from `pages`, or gives it back: the browser's offline emulation for
   * each page (fetches fail, `navigator.onLine` and the `online` event follow), and meanwhile the
   * backend drops every API connection (`api.faults`), as a server behind a dead network would
   * never see them. Both, because the emulation has a gap: a request that a page starts while it
   * unloads (a reload) can go out anyway; here one reached the backend in the middle of an
   * offline reload, and was applied.
   */
  async function setOffline(offline: boolean, ...pages: Page[]): Promise<void> {
    if (offline) server.api.faults.set({ offline: true });
    await Promise.all(pages.map((page) => page.setOfflineMode(offline)));
    for (const page of pages) if (!page.url().startsWith('chrome-error:')) await page.waitForFunction(`navigator.onLine === ${!offline}`, { polling: 50 });
    if (!offline) server.api.faults.set({ offline: false });
  }

  /** The requests the backend answered (those it dropped while offline have no status). */
  const answered = (list: ServerRequest[]) => list.filter((item) => item.status !== 0);

  /** The student's progress rows in the course, by lecture id. */
  function progressRows(): Map<number, { watched: number; completed: boolean }> {
    const db = server.api.db;
    const lectures = new Map(
      db
        .where('sections', (row) => row.course_id === course)
        .flatMap((section) => db.where('lectures', (row) => row.section_id === section.id))
        .map((lecture) => [lecture.id, lecture] as const),
    );
    const rows = db.where('lecture_progress', (row) => row.user_id === student && lectures.has(row.lecture_id));
    return new Map(
      rows.map((row) => {
        const duration = lectures.get(row.lecture_id)!.duration_seconds;
        // The backend's rule (domain/learning.ts): no duration, or 90 % of it watched.
        return [row.lecture_id, { watched: row.watched_seconds, completed: !duration || row.watched_seconds >= 0.9 * duration }] as const;
      }),
    );
  }

  const describeRows = (rows: Map<number, { watched: number; completed: boolean }>) =>
    [...rows].sort(([a], [b]) => a - b).map(([id, row]) => `lecture ${id}: watched ${row.watched} s${row.completed ? ', completed' : ''}`).join('; ') || '(none)';

  const describeRequests = (list: ServerRequest[]) =>
    list.map((item) => `${item.method} ${item.path} key=${item.key ?? '-'} → ${item.status || 'no answer'}${item.replayed ? ' (replayed)' : ''}`).join('\n  ') || '(none)';

  // --- Cases ------------------------------------------------------------------------------------

  it('two tabs offline: five lectures completed, one tab reloaded, back online: each write applied once, nothing lost', async () => {
    const tabA = await newPage();
    await openSignedIn(tabA);
    // The second page is opened from the first with window.open, as a learner's "open in new
    // window" would: the browser copies the opener's sessionStorage, so it is signed in with the
    // same token (the school keeps its demo token there, per tab). Signing in again in it would
    // work too, but would start a second session for the same learner. A window rather than a
    // tab: a background tab is hidden, so its video would record its position on
    // `visibilitychange` whenever the other tab comes to the front, and it paints no frames
    // (clicks wait for them); two windows side by side are both visible.
    const opened = context!.waitForTarget((target) => target.opener() === tabA.target());
    await tabA.evaluate(`void window.open(${JSON.stringify(learnUrl(3))}, '_blank', 'popup')`);
    const tabB = (await (await opened).page())!;
    tabB.setDefaultTimeout(10_000);
    await playerReady(tabB);
    assert.equal(await openLecture(tabB), 3, 'tab B opens the video lecture of its address');
    assert.equal(await tabB.$eval('#sign-out', (button) => (button as HTMLElement).hidden), false, 'tab B is signed in through the sessionStorage it was given');

    // The 12 s sample video of lecture 3 must be in the media cache before the network goes away.
    const video = `${PLAYER} >>> video[part="video"]`;
    await waitDeep(tabB, video);
    await tabB.$eval(video, (element) => {
      const media = element as HTMLVideoElement;
      media.preload = 'auto';
      media.load();
    });
    await tabB.waitForFunction(
      `(() => { const v = document.querySelector('${PLAYER}').shadowRoot.querySelector('video'); return v.readyState >= 4 && v.buffered.length > 0 && v.buffered.end(v.buffered.length - 1) >= v.duration - 0.1; })()`,
      { polling: 100 },
    );

    const puts = () => requests.filter((item) => item.method === 'PUT' && PROGRESS_PUT.test(item.path));
    const status = (tab: Page) => tab.$eval(`${PLAYER} >>> [part="save-status"]`, (element) => element.textContent?.trim() ?? '');
    const savedText = await status(tabB);
    assert.deepEqual(puts(), [], `signing in and opening lectures (a video included) writes no progress:\n  ${describeRequests(puts())}`);
    const seeded = progressRows();
    const failedPuts: string[] = [];
    for (const tab of [tabA, tabB]) tab.on('requestfailed', (request) => request.method() === 'PUT' && failedPuts.push(request.url()));

    await setOffline(true, tabA, tabB);
    const offlineFrom = requests.length;

    // Tab A: three text lectures. Tab B: the video seeked near its end, the cheat sheet (a file
    // lecture), and lecture 5 again, which tab A completed already: one entry for it in the
    // shared outbox, not two.
    for (const lecture of [2, 4, 5]) await markComplete(tabA, lecture);
    // The button turns at once; the entry reaches IndexedDB a moment later.
    let byA: OutboxRow[] = [];
    await eventually(async () => {
      byA = await outboxRows(tabA);
      assert.deepEqual(lecturesOf(byA), [2, 4, 5]);
    });
    await tabB.$eval(video, (element) => void ((element as HTMLVideoElement).currentTime = 11.5));
    await waitDeep(tabB, `${PLAYER} >>> [part="lecture-item"][data-lecture="3"].done`);
    for (const lecture of [7, 5]) await markComplete(tabB, lecture);
    // Lecture 5 again: coalesced into tab A's entry, which gets a new key (a new request body).
    const keyOf = (rows: OutboxRow[], lecture: number) => rows.find((row) => row.lecture === lecture)?.key;
    let queued: OutboxRow[] = [];
    await eventually(async () => {
      queued = await outboxRows(tabB);
      assert.deepEqual(lecturesOf(queued), [2, 3, 4, 5, 7]);
      assert.notEqual(keyOf(queued, 5), keyOf(byA, 5));
    }).catch(async () => assert.fail(`one outbox entry per lecture while offline, lecture 5 re-keyed by tab B; tab A queued ${JSON.stringify(byA)}, now ${JSON.stringify(await outboxRows(tabB))}`));
    assert.deepEqual(answered(requests.slice(offlineFrom)), [], 'nothing reaches the backend while offline');
    await eventually(() => assert.ok(failedPuts.length > 0, 'the outbox tried to send and the browser failed the request'));
    for (const tab of [tabA, tabB]) await eventually(async () => assert.match(await status(tab), /offline/i, 'the player says the progress is kept on the device'));

    // Reloading offline: without a service worker the browser shows its offline error page, and
    // the page that queued the writes is gone. The writes must survive it, in IndexedDB.
    await tabA.reload({ waitUntil: 'load' });
    assert.match(tabA.url(), /^chrome-error:/, 'offline, the reload shows the browser\'s error page');
    assert.deepEqual((await outboxRows(tabB)).map((row) => row.key).sort(), queued.map((row) => row.key).sort(), 'the queued writes survive the reload, unchanged');
    assert.deepEqual(progressRows(), seeded, 'the backend still holds the seed');

    // Back online: tab B flushes on `online`, tab A loads the learn page again and flushes on
    // load. So that both really contend, the test holds the outbox's Web Lock (from tab B's
    // page) until both tabs wait for it; the lock must then let one send at a time, and the
    // second find nothing left to send.
    await tabB.evaluate(`new Promise((held) => navigator.locks.request(${JSON.stringify(OUTBOX_LOCK)}, () => {
      held();
      return new Promise((release) => { window.releaseOutboxLock = release; });
    }))`);
    await setOffline(false, tabB, tabA);
    await tabA.goto(learnUrl(), { waitUntil: 'load' });
    await eventually(async () => {
      const waiting = (await tabB.evaluate(`navigator.locks.query().then(({ pending }) => pending.filter((lock) => lock.name === ${JSON.stringify(OUTBOX_LOCK)}).map((lock) => lock.clientId))`)) as string[];
      assert.equal(new Set(waiting).size, 2, `both tabs wait to send, got ${waiting.length} waiting`);
    });
    await tabB.evaluate('window.releaseOutboxLock()');

    const expected = new Map(seeded);
    for (const lecture of [2, 4, 5, 7]) expected.set(lecture, { watched: 0, completed: true });
    expected.set(3, { watched: 11, completed: true });
    await eventually(async () => {
      assert.deepEqual(progressRows(), expected);
      assert.equal((await outboxRows(tabB)).length, 0);
    }).catch(() => {
      assert.fail(`the backend should hold ${describeRows(expected)}\nbut holds ${describeRows(progressRows())}\nrequests that reached it:\n  ${describeRequests(puts())}`);
    });
    // Give a duplicate send the time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 750));

    const sent = answered(puts());
    const report = `\nprogress writes that reached the backend:\n  ${describeRequests(puts())}`;
    assert.equal(sent.length, 5, `one PUT per lecture, five in all${report}`);
    assert.deepEqual(sent.map((item) => Number(PROGRESS_PUT.exec(item.path)![1])).sort((a, b) => a - b), [2, 3, 4, 5, 7], `each lecture written once${report}`);
    assert.deepEqual(sent.map((item) => item.key).sort(), queued.map((row) => row.key).sort(), `each with the key it was queued under${report}`);
    assert.ok(sent.every((item) => item.status === 200 && !item.replayed), `each applied (200), none replayed${report}`);
    const written = commits.filter((commit) => commit.table === 'lecture_progress').map((commit) => Number(commit.row?.['lecture_id']));
    assert.deepEqual(written.sort((a, b) => a - b), [2, 3, 4, 5, 7], 'the database committed one progress write per lecture');
    assert.deepEqual(progressRows(), expected, 'the backend holds exactly the final state');

    // Tab B says everything is saved; a fresh load of tab B shows the six completed lectures.
    await eventually(async () => assert.equal(await status(tabB), savedText, 'tab B says all progress is saved, as when it loaded'));
    await tabB.reload({ waitUntil: 'load' });
    await playerReady(tabB);
    await eventually(async () => {
      const done = await tabB.$$eval(`${PLAYER} >>> [part="lecture-item"].done`, (items) => items.map((item) => Number(item.getAttribute('data-lecture'))));
      assert.deepEqual(done.sort((a, b) => a - b), [1, 2, 3, 4, 5, 7]);
    });
  });

  it('a quiz submitted offline, reloaded, sent online: one attempt recorded, graded and shown', async () => {
    const quizRow = server.api.db.first('quizzes', (row) => row.course_id === course)!;
    const quizLecture = server.api.db.first('lectures', (row) => row.type === 'quiz' && server.api.db.find('sections', row.section_id)?.course_id === course)!;
    const tab = await newPage();
    await openSignedIn(tab, quizLecture.id);
    const quiz = `${PLAYER} >>> ckit-quiz`;
    await waitDeep(tab, `${quiz} >>> [part="question"]`);

    await setOffline(true, tab);
    const offlineFrom = requests.length;
    // One question of each type, in the seed's order; every answer right. Paged layout: Next, then Review.
    const next = `${quiz} >>> [part="nav"] button:last-of-type`;
    // Checks the choice whose label is exactly `label` (the page's own click on the input, as a tap would).
    const pick = (label: string) =>
      tab.evaluate(`(() => {
        const quiz = document.querySelector('${PLAYER}').shadowRoot.querySelector('ckit-quiz').shadowRoot;
        const option = [...quiz.querySelectorAll('label[part="option"]')].find((item) => item.textContent.trim() === ${JSON.stringify(label)});
        if (!option) throw new Error('no option ' + ${JSON.stringify(label)});
        option.querySelector('input').click();
      })()`);
    await pick('PUT');
    await clickDeep(tab, next);
    for (const label of ['string', 'symbol', 'bigint']) await pick(label);
    await clickDeep(tab, next);
    await clickDeep(tab, `${quiz} >>> label[part="option"]:first-of-type input`);
    await clickDeep(tab, next);
    await (await waitDeep(tab, `${quiz} >>> input[part="text-input"]`)).type('application programming interface');
    await clickDeep(tab, next);
    await waitDeep(tab, `${quiz} >>> [part="review"]`);
    await clickDeep(tab, `${quiz} >>> [part="review"] [part="nav"] button`);
    // Kept on this device: the submission waits in the outbox.
    await waitDeep(tab, `${quiz} >>> [part="status"]`);
    await eventually(async () => {
      const rows = await outboxRows(tab);
      assert.deepEqual(rows.map((row) => [row.kind, row.quiz]), [['attempt', quizRow.id]], `one attempt in the outbox, got ${JSON.stringify(rows)}`);
    });
    const [entry] = await outboxRows(tab);
    assert.deepEqual(answered(requests.slice(offlineFrom)), [], 'nothing reaches the backend while offline');

    await tab.reload({ waitUntil: 'load' });
    assert.match(tab.url(), /^chrome-error:/, 'offline, the reload shows the browser\'s error page');
    await setOffline(false, tab);
    await tab.goto(learnUrl(quizLecture.id), { waitUntil: 'load' });

    // Graded and shown: the score of an all-right attempt.
    await waitDeep(tab, `${quiz} >>> [part="result"].passed`, 15_000);
    const score = await tab.$eval(`${quiz} >>> [part="score"]`, (element) => element.textContent ?? '');
    assert.match(score, /100/, `the quiz shows the graded score, got "${score}"`);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const attempts = server.api.db.where('quiz_attempts', (row) => row.user_id === student && row.quiz_id === quizRow.id);
    const all = requests.filter((item) => item.method === 'POST' && item.path === `/api/v1/quizzes/${quizRow.id}/attempts`);
    const posts = answered(all);
    const report = `\nattempt requests that reached the backend:\n  ${describeRequests(all)}`;
    assert.equal(attempts.length, 1, `exactly one attempt recorded, got ${JSON.stringify(attempts)}${report}`);
    assert.equal(Number(attempts[0]!.score), 100, 'graded by the backend: every answer right');
    // The reloaded page may send it again under the same key (its quiz asks for the grade of the
    // attempt it submitted): the backend then replays its first answer and records nothing.
    assert.ok(posts.length >= 1 && posts.every((item) => item.key === entry!.key), `every send under the key it was queued with (${entry!.key})${report}`);
    assert.equal(posts.filter((item) => item.status === 201 && !item.replayed).length, 1, `applied once${report}`);
    assert.equal(commits.filter((commit) => commit.table === 'quiz_attempts').length, 1, 'the database committed one attempt');
    await eventually(async () => assert.equal((await outboxRows(tab)).length, 0, 'the outbox is empty'));
    // Passing completes the quiz lecture.
    await eventually(() => assert.equal(progressRows().get(quizLecture.id)?.completed, true, 'the quiz lecture is complete on the backend'));
  });

  it("the learner's quiz as the browser receives it carries no answer", async () => {
    const db = server.api.db;
    const quizRow = db.first('quizzes', (row) => row.course_id === course)!;
    const quizLecture = db.first('lectures', (row) => row.type === 'quiz' && db.find('sections', row.section_id)?.course_id === course)!;
    const keyRows = db.where('quiz_questions', (row) => row.quiz_id === quizRow.id);
    // Server-side, each question row holds its answer key under `answer`.
    assert.ok(keyRows.length === 4 && keyRows.every((row) => row.answer !== undefined && row.answer !== null), 'the seed quiz has four questions with answers');

    const tab = await newPage();
    const bodies: Promise<string>[] = [];
    tab.on('response', (response) => {
      if (response.request().method() === 'GET' && new URL(response.url()).pathname === `/api/v1/quizzes/${quizRow.id}`) bodies.push(response.text());
    });
    await openSignedIn(tab, quizLecture.id);
    await waitDeep(tab, `${PLAYER} >>> ckit-quiz >>> [part="question"]`);
    assert.ok(bodies.length > 0, 'the page read the quiz');

    // Field names that would give an answer away, anywhere in a payload.
    const suspiciousFields = (payload: unknown): string[] => {
      const found: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}[${index}]`));
        if (value === null || typeof value !== 'object') return;
        for (const [name, item] of Object.entries(value)) {
          if (/answer|correct|solution|right|key|explanation/i.test(name)) found.push(`${path}.${name}`);
          visit(item, `${path}.${name}`);
        }
      };
      visit(payload, '$');
      return found;
    };
    const questionsOf = (payload: Record<string, unknown>) => ((payload['data'] ?? payload) as { questions?: Array<Record<string, unknown>> }).questions ?? [];

    // The check itself sees answers where they are: the course's staff get them on the same route.
    const staff = await fetch(new URL(`api/v1/quizzes/${quizRow.id}`, server.url), { headers: { Accept: 'application/json', Authorization: `Bearer ${server.api.issueToken('admin@coursekit.test')}` } });
    assert.equal(staff.status, 200);
    assert.equal(suspiciousFields(await staff.json()).length, 4, "the staff's payload has the four answers, which the check finds");

    for (const text of await Promise.all(bodies)) {
      const payload = JSON.parse(text) as Record<string, unknown>;
      const questions = questionsOf(payload);
      assert.equal(questions.length, 4, `the payload has the four questions: ${text}`);
      assert.deepEqual(suspiciousFields(payload), [], `no answer-like field in the learner's payload: ${text}`);
      for (const row of keyRows) {
        const served = questions.find((item) => item['id'] === row.id);
        assert.ok(served, `question ${row.id} is in the payload`);
        // No field carries the answer under another name (a single choice's answer is one of its options, as it must be).
        for (const [name, value] of Object.entries(served)) {
          if (name !== 'options') assert.notDeepEqual(value, row.answer, `question ${row.id}.${name} carries the answer`);
        }
        if (row.type === 'short_answer') {
          for (const accepted of [row.answer].flat()) assert.ok(!text.toLowerCase().includes(String(accepted).toLowerCase()), `the accepted answer "${accepted}" appears in the payload`);
        }
        if (row.type === 'true_false' || row.type === 'short_answer') assert.equal(served['options'], null, `question ${row.id} has no options`);
      }
    }
  });
});

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
