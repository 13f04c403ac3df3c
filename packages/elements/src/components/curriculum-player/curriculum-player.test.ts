/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, networkIdle, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import { ContextEvent } from '@lit/context';
import { coursekitContext } from '../../context/coursekit-context.js';
import { outboxOf } from '../../data/outbox.js';
import type { CoursekitStore } from '../../data/store.js';
import type { CkitCurriculumPlayer } from './curriculum-player.component.js';
import type { CkitLectureCompleteEvent } from '../../events/lecture-complete.js';
import './curriculum-player.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
const items = (player: Element) => all(player, '[part="lecture-item"]');
const item = (player: Element, lectureId: number) => part(player, `[data-lecture="${lectureId}"]`);
const focused = (player: Element) => player.shadowRoot!.activeElement as HTMLElement | null;

/** The lectures of a course in outline order. */
function lecturesOf(courseId: number) {
  const sections = api.db.where('sections', (row) => row.course_id === courseId).sort((a, b) => a.position - b.position);
  return sections.flatMap((section) => api.db.where('lectures', (row) => row.section_id === section.id).sort((a, b) => a.position - b.position));
}

/** The store the player's provider gives it. */
function storeOf(player: Element): CoursekitStore {
  let store: CoursekitStore | undefined;
  player.dispatchEvent(new ContextEvent(coursekitContext, player, (value) => (store = value)));
  return store!;
}

/** The player's `<video>` once its metadata (or, with `full`, all of it) has loaded. */
async function videoOf(player: CkitCurriculumPlayer, full = false): Promise<HTMLVideoElement> {
  const video = part<HTMLVideoElement>(player, '[part="video"]');
  video.muted = true;
  await until(() => video.readyState >= (full ? 4 : 1), 'video loaded');
  return video;
}

const progressPuts = (lectureId: number) => requests.filter((line) => line === `PUT /lectures/${lectureId}/progress`);
const watched = (lectureId: number) => api.db.first('lecture_progress', (row) => row.user_id === STUDENT.id && row.lecture_id === lectureId)?.watched_seconds;

async function mountPlayer(attributes: { course?: number; lecture?: number; signedIn?: boolean } = {}): Promise<CkitCurriculumPlayer> {
  const player = await mount<CkitCurriculumPlayer>(
    html`<ckit-curriculum-player course-id=${attributes.course ?? 1} lecture-id=${attributes.lecture ?? nothing}></ckit-curriculum-player>`,
    { signedIn: attributes.signedIn ?? true },
  );
  await until(() => player.shadowRoot?.querySelector('#lecture-title'), 'lecture shown');
  await player.updateComplete;
  return player;
}

describe('<ckit-curriculum-player>', () => {
  beforeEach(() => {
    localStorage.clear();
    api.db.deleteWhere('lecture_progress', (row) => row.user_id === STUDENT.id);
  });

  it('puts its headings at heading-level: the course title, then the lecture and the sections one below', async () => {
    const player = await mountPlayer();
    const level = (selector: string) => part(player, selector).getAttribute('aria-level');
    expect([level('[part="title"]'), level('#lecture-title'), level('.section-head')]).to.deep.equal(['2', '3', '3']);
    player.headingLevel = 1;
    await player.updateComplete;
    expect([level('[part="title"]'), level('#lecture-title'), level('.section-head')]).to.deep.equal(['1', '2', '2']);
  });

  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/courses/:id/curriculum`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const player = await mount<CkitCurriculumPlayer>(html`<ckit-curriculum-player course-id="1"></ckit-curriculum-player>`);
    await until(() => requests.some((line) => line.startsWith('GET /courses/1/curriculum')));
    expect(part(player, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(player).to.be.accessible();
  });

  it('shows an accessible error state with a retry, and fires ckit-error', async () => {
    worker.use(http.get(`${API}/courses/:id/curriculum`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const errors: Event[] = [];
    document.addEventListener('ckit-error', (event) => errors.push(event), { once: true });
    const player = await mount<CkitCurriculumPlayer>(html`<ckit-curriculum-player course-id="1"></ckit-curriculum-player>`);
    await until(() => player.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(errors).to.have.length(1);
    expect(part(player, '[part="retry-button"]')).to.exist;
    await expect(player).to.be.accessible();
  });

  it('renders the outline with types, durations, section progress and states, and resumes where the learner left off', async () => {
    const lectures = lecturesOf(1);
    // The first three are complete: the player opens the fourth.
    for (const lecture of lectures.slice(0, 3)) api.db.insert('lecture_progress', { lecture_id: lecture.id, user_id: STUDENT.id, watched_seconds: lecture.duration_seconds ?? 1, last_watched_at: null });
    const player = await mountPlayer();
    expect(items(player)).to.have.length(lectures.length);
    expect(player.lectureId).to.equal(lectures[3]!.id);
    expect(item(player, lectures[3]!.id).getAttribute('aria-current')).to.equal('true');
    expect(item(player, lectures[0]!.id).classList.contains('done')).to.be.true;
    expect(item(player, lectures[0]!.id).textContent).to.contain('Completed').and.contain('video').and.contain('0:12');
    expect(all(player, '[part="section-progress"]')[0]!.textContent).to.contain('3 of 3 complete');
    expect(text(player, '[part="course-progress"]')).to.contain('20% complete');
    expect(part(player, '[part="outline"]').tagName).to.equal('NAV');
    await expect(player).to.be.accessible();
  });

  it('renders a text lecture sanitized; "Mark complete" shows at once in the outline, fires ckit-lecture-complete and reaches the backend', async () => {
    api.db.update('lectures', 2, { content: '<p>Read <strong>this</strong></p><img src=x onerror="window.hacked=1"><script>window.hacked=1</script>' });
    const player = await mountPlayer({ lecture: 2 });
    await until(() => part(player, '[part="content"]').querySelector('strong'), 'sanitized content');
    expect(part(player, '[part="content"]').querySelector('script, [onerror]')).to.equal(null);
    await expect(player).to.be.accessible();
    const button = part<HTMLButtonElement>(player, '[part="complete-button"]');
    button.focus();
    const completed = oneEvent(player, 'ckit-lecture-complete') as Promise<CkitLectureCompleteEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await completed).detail).to.deep.equal({ courseId: 1, lectureId: 2, reason: 'marked' });
    await player.updateComplete;
    expect(item(player, 2).classList.contains('done'), 'shown at once').to.be.true;
    expect(focused(player) === part(player, '[part="complete-button"]'), 'focus stays on the button').to.be.true;
    expect(part(player, '[part="complete-button"]').getAttribute('aria-disabled')).to.equal('true');
    await until(() => watched(2) !== undefined, 'progress on the backend');
    await until(() => text(player, '[part="save-status"]') === 'All progress saved.', 'saved');
    await expect(player).to.be.accessible();
  });

  it('opens a deep-linked lecture from the URL with sync-url, pushes the learner\'s choices and follows back', async () => {
    const start = location.href;
    history.replaceState(null, '', '?lecture=5');
    try {
      const player = await mount<CkitCurriculumPlayer>(html`<ckit-curriculum-player course-id="1" sync-url></ckit-curriculum-player>`);
      await until(() => player.shadowRoot?.querySelector('#lecture-title'), 'lecture shown');
      expect(player.lectureId).to.equal(5);
      const changes: number[] = [];
      player.addEventListener('ckit-lecture-change', (event) => changes.push(event.detail.lecture.id));
      item(player, 6).click();
      await player.updateComplete;
      expect(new URL(location.href).searchParams.get('lecture')).to.equal('6');
      expect(focused(player)?.id, 'focus moves to the lecture').to.equal('lecture-title');
      history.back();
      await until(() => player.lectureId === 5, 'back to lecture 5');
      await player.updateComplete;
      expect(changes).to.deep.equal([6, 5]);
      expect(item(player, 5).getAttribute('aria-current')).to.equal('true');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('offers a file lecture\'s media as a download with its name, type and size', async () => {
    const player = await mountPlayer({ lecture: 7 });
    const file = api.db.first('media', (row) => row.model_id === 7 && row.mime_type !== 'text/vtt')!;
    const link = part<HTMLAnchorElement>(player, '[part="download"]');
    expect(link.getAttribute('download')).to.equal(file.file_name);
    expect(link.textContent).to.contain(file.file_name);
    expect(text(player, '[part="file"]')).to.contain(file.mime_type!);
    expect(text(player, '[part="file"]')).to.match(/\d( |\s)?(byte|kB|KB|MB)/);
    await expect(player).to.be.accessible();
  });

  it('loads a YouTube lecture only when asked, as a privacy-enhanced embed', async () => {
    const lecture = lecturesOf(1).find((row) => row.external_url?.includes('youtube.com'))!;
    const player = await mountPlayer({ lecture: lecture.id });
    const facade = part<HTMLButtonElement>(player, '[part="embed-facade"]');
    expect(player.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => /youtube|ytimg|vimeo/.test(entry.name)), 'no third-party request').to.be.false;
    expect(facade.textContent).to.contain('YouTube');
    await expect(player).to.be.accessible();
    facade.click();
    await player.updateComplete;
    const frame = part<HTMLIFrameElement>(player, '[part="embed"]');
    expect(frame.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]+/);
    expect(frame.title).to.equal(lecture.title);
    expect(focused(player) === frame, 'focus moves to the embed').to.be.true;
  });

  it('lets a visitor play a preview lecture and asks to enroll on the others', async () => {
    const player = await mountPlayer({ signedIn: false });
    expect(player.lectureId, 'opens the first preview lecture').to.equal(1);
    expect(part<HTMLVideoElement>(player, '[part="video"]').src).to.contain('/storage/');
    expect(item(player, 2).textContent).to.contain('Preview');
    expect(item(player, 3).classList.contains('locked')).to.be.true;
    expect(item(player, 3).textContent).to.contain('Locked').and.contain('Sign in and enroll');
    expect(player.shadowRoot!.querySelector('[part="course-progress"]'), 'no progress for a visitor').to.equal(null);
    await expect(player).to.be.accessible();
    item(player, 3).click();
    await player.updateComplete;
    expect(player.shadowRoot!.querySelector('[part="video"]')).to.equal(null);
    expect(text(player, '[part="locked"]')).to.contain('This lecture is locked');
    const requested = oneEvent(player, 'ckit-enroll-request');
    player.addEventListener('ckit-enroll-request', (event) => event.preventDefault(), { once: true });
    part(player, '[part="enroll-button"]').click();
    const event = await requested;
    expect(event.detail).to.deep.equal({ courseId: 1, lectureId: 3, signedIn: false });
    expect(event.cancelable).to.be.true;
    await expect(player).to.be.accessible();
    expect(requests.filter((line) => line.startsWith('PUT')), 'a visitor writes nothing').to.deep.equal([]);
  });

  it('tells a signed-in learner who is not enrolled to enroll', async () => {
    const player = await mountPlayer({ course: 2 });
    const locked = lecturesOf(2).find((row) => !row.is_preview)!;
    expect(item(player, locked.id).textContent).to.contain('Enroll in this course to open this lecture.');
    await expect(player).to.be.accessible();
  });

  it('can be used by keyboard alone: outline, previous / next, and into the quiz it hosts', async () => {
    const player = await mountPlayer({ lecture: 2 });
    (document.activeElement as HTMLElement | null)?.blur();
    const quizLecture = lecturesOf(1).find((row) => row.type === 'quiz')!;
    // Tab from the top reaches the outline toggle, then the outline's buttons.
    await sendKeys({ press: 'Tab' });
    expect(focused(player)?.getAttribute('part')).to.equal('outline-toggle');
    for (let step = 0; step < 30 && focused(player)?.dataset['lecture'] !== String(quizLecture.id); step++) await sendKeys({ press: 'Tab' });
    expect(focused(player)?.dataset['lecture']).to.equal(String(quizLecture.id));
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.lectureId).to.equal(quizLecture.id);
    expect(focused(player)?.id).to.equal('lecture-title');
    const quiz = part(player, '[part="quiz"]');
    await until(() => quiz.shadowRoot?.querySelector('input'), 'quiz questions');
    await sendKeys({ press: 'Tab' });
    expect(quiz.shadowRoot!.activeElement, 'focus inside the quiz').to.not.equal(null);
    await expect(player).to.be.accessible();
    // Shift+P goes to the previous lecture, Shift+N to the next; not while typing.
    const input = quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]');
    if (input) {
      input.focus();
      await sendKeys({ type: 'NP' });
      expect(player.lectureId, 'typing does not navigate').to.equal(quizLecture.id);
    }
    part(player, '#lecture-title').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'P' });
    await sendKeys({ up: 'Shift' });
    await player.updateComplete;
    expect(player.lectureId).to.equal(quizLecture.id - 1);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'N' });
    await sendKeys({ up: 'Shift' });
    await player.updateComplete;
    expect(player.lectureId).to.equal(quizLecture.id);
    // The folded section hides its lectures.
    const toggle = all(player, '[part="section-toggle"]')[0]!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(item(player, 1).offsetParent, 'hidden').to.equal(null);
  });

  it('opens the outline as a drawer on narrow screens, closes it on Escape and returns focus', async () => {
    const player = await mountPlayer({ lecture: 4 });
    player.style.display = 'block';
    player.style.width = '400px';
    await until(() => player.shadowRoot!.querySelector('.narrow'), 'narrow layout');
    await player.updateComplete;
    const toggle = part(player, '[part="outline-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(player, '[part="outline"]').hidden).to.be.true;
    toggle.click();
    await player.updateComplete;
    expect(focused(player)?.dataset['lecture'], 'focus on the current lecture').to.equal('4');
    await expect(player).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(part(player, '[part="outline"]').hidden).to.be.true;
    expect(focused(player) === toggle).to.be.true;
    toggle.click();
    await player.updateComplete;
    item(player, 5).click();
    await player.updateComplete;
    expect(part(player, '[part="outline"]').hidden, 'closes after a choice').to.be.true;
    expect(focused(player)?.id).to.equal('lecture-title');
  });

  it('shows a write the server refuses for good (403 after a refund) and takes back the completion', async () => {
    worker.use(http.put(`${API}/lectures/:id/progress`, () => HttpResponse.json({ message: 'You are not enrolled in this course.' }, { status: 403 })));
    const player = await mountPlayer({ lecture: 4 });
    part(player, '[part="complete-button"]').click();
    await player.updateComplete;
    expect(item(player, 4).classList.contains('done')).to.be.true;
    await until(() => player.shadowRoot!.querySelector('[part="save-error"]'), 'failure shown');
    await player.updateComplete;
    expect(text(player, '[part="save-error"]')).to.contain('could not be saved').and.contain('do not have access');
    expect(item(player, 4).classList.contains('done'), 'reconciled with the server').to.be.false;
    await expect(player).to.be.accessible();
  });

  it('celebrates the completed course with the certificate link and fires ckit-course-complete once', async () => {
    for (const lecture of lecturesOf(1).filter((row) => row.id !== 2)) api.db.insert('lecture_progress', { lecture_id: lecture.id, user_id: STUDENT.id, watched_seconds: lecture.duration_seconds ?? 1, last_watched_at: null });
    const player = await mount<CkitCurriculumPlayer>(html`<ckit-curriculum-player course-id="1" lecture-id="2" certificate-href="/certificates/{number}"></ckit-curriculum-player>`);
    await until(() => player.shadowRoot?.querySelector('[part="complete-button"]'), 'lecture shown');
    const done: Event[] = [];
    player.addEventListener('ckit-course-complete', (event) => done.push(event));
    part(player, '[part="complete-button"]').click();
    await until(() => player.shadowRoot!.querySelector('[part="certificate"]'), 'certificate link');
    const certificate = api.db.first('certificates', (row) => row.user_id === STUDENT.id && row.course_id === 1)!;
    expect(part<HTMLAnchorElement>(player, '[part="certificate"]').getAttribute('href')).to.equal(`/certificates/${certificate.certificate_number}`);
    expect(text(player, '[part="complete"]')).to.contain('Congratulations');
    expect(done).to.have.length(1);
    expect(focused(player)?.className).to.equal('complete-title');
    await networkIdle();
    expect(done).to.have.length(1);
    await expect(player).to.be.accessible();
  });

  it('plays, pauses and seeks real media; the positions reach the backend, and 90 % completes the lecture', async () => {
    const player = await mountPlayer({ lecture: 3 });
    const video = await videoOf(player);
    expect([...video.querySelectorAll('track')].map((track) => track.srclang)).to.include('en');
    const events: number[] = [];
    player.addEventListener('ckit-progress', (event) => events.push(event.detail.watchedSeconds));
    await video.play();
    await until(() => video.currentTime >= 2, 'played 2 s');
    expect(progressPuts(3), 'nothing written while playing for less than 15 s').to.deep.equal([]);
    video.pause();
    const paused = Math.floor(video.currentTime);
    await until(() => watched(3) === paused, 'the pause position on the backend');
    expect(events).to.deep.equal([paused]);
    expect(item(player, 3).classList.contains('done')).to.be.false;
    video.currentTime = 11;
    await until(() => watched(3) === 11, 'the seek position on the backend');
    await player.updateComplete;
    expect(item(player, 3).classList.contains('done'), '11 s of 12 complete it').to.be.true;
    expect(progressPuts(3)).to.have.length(2);
    await expect(player).to.be.accessible();
  });

  it('resumes at the last position with the learner\'s speed; shortcuts work on the video and never while typing', async () => {
    api.db.insert('lecture_progress', { lecture_id: 3, user_id: STUDENT.id, watched_seconds: 6, last_watched_at: null });
    localStorage.setItem(`ckit-player-speed:${STUDENT.id}`, '1.5');
    const player = await mountPlayer({ lecture: 3 });
    const video = await videoOf(player, true);
    await until(() => Math.floor(video.currentTime) === 6, 'resumed at 6 s');
    expect(video.playbackRate).to.equal(1.5);
    video.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !video.paused, 'playing');
    await sendKeys({ press: 'Space' });
    await until(() => video.paused, 'paused');
    // Space with the focus elsewhere in the lecture (its heading) plays too.
    part(player, '#lecture-title').focus();
    await sendKeys({ press: 'Space' });
    await until(() => !video.paused, 'playing from the heading');
    video.pause();
    video.focus();
    video.currentTime = 6;
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    await sendKeys({ press: '>' });
    expect(video.playbackRate).to.equal(1.75);
    expect(localStorage.getItem(`ckit-player-speed:${STUDENT.id}`)).to.equal('1.75');
    await until(() => text(player, '[part="live"]') === 'Speed 1.75×', 'speed announced');
    await sendKeys({ press: 'm' });
    expect(video.muted).to.be.false;
    await sendKeys({ press: 'ArrowRight' });
    expect(Math.round(video.currentTime)).to.equal(11);
    await sendKeys({ press: 'c' });
    expect(video.textTracks[0]!.mode).to.equal('showing');
    // A field in the lecture (an embedded note, say): typing there leaves the video alone.
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Notes');
    part(player, '[part="lecture"]').append(field);
    field.focus();
    const rate = video.playbackRate;
    const muted = video.muted;
    await sendKeys({ type: 'm>c ' });
    expect([video.playbackRate, video.muted, video.paused, field.value]).to.deep.equal([rate, muted, true, 'm>c ']);
    field.remove();
  });

  it('saves the position on pagehide with a keepalive request, and when the page is hidden', async () => {
    const player = await mountPlayer({ lecture: 3 });
    const video = await videoOf(player, true);
    const keepalive: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'PUT' && request.keepalive) keepalive.push(new URL(request.url).pathname);
    };
    worker.events.on('request:start', listener);
    try {
      video.currentTime = 4;
      await until(() => watched(3) === 4, 'seek written');
      video.currentTime = 7;
      await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { visibilityState?: unknown }).visibilityState;
      await until(() => watched(3) === 7, 'written on hide');
      // Played on (nothing written while playing), then the page goes away mid-play.
      await video.play();
      await until(() => video.currentTime >= 9, 'played on to 9 s');
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      const position = Math.floor(video.currentTime);
      await until(() => keepalive.length > 0 && watched(3)! >= 9, 'keepalive write');
      expect(keepalive[0]).to.equal('/api/v1/lectures/3/progress');
      expect(watched(3)).to.be.within(9, position);
      video.pause();
    } finally {
      worker.events.removeListener('request:start', listener);
    }
  });

  it('closing the page on a video nobody played writes nothing', async () => {
    const player = await mountPlayer({ lecture: 3 });
    await videoOf(player, true);
    const puts: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'PUT') puts.push(new URL(request.url).pathname);
    };
    worker.events.on('request:start', listener);
    try {
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      player.remove();
      await networkIdle();
      expect(puts).to.deep.equal([]);
      expect(watched(3)).to.equal(undefined);
    } finally {
      worker.events.removeListener('request:start', listener);
    }
  });

  it('keeps progress made offline across a reload and, back online, the backend holds the final state with each write applied once', async () => {
    const applied = new Map<string, number>();
    const onResponse = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method === 'PUT' && response.ok && !response.headers.has('idempotent-replayed')) applied.set(new URL(request.url).pathname, (applied.get(new URL(request.url).pathname) ?? 0) + 1);
    };
    worker.events.on('response:mocked', onResponse);
    try {
      const player = await mountPlayer({ lecture: 3 });
      const video = await videoOf(player, true);
      worker.use(http.all('*/api/v1/*', () => HttpResponse.error()));
      // Watch the video to its end, and complete four more lectures, all offline.
      video.currentTime = 11;
      await until(() => item(player, 3).classList.contains('done'), 'video complete on the device');
      for (const id of [2, 4, 5, 14]) {
        item(player, id).click();
        await player.updateComplete;
        part(player, '[part="complete-button"]').click();
        await player.updateComplete;
      }
      await until(() => text(player, '[part="save-status"]').startsWith('Offline'), 'offline status');
      expect(items(player).filter((button) => button.classList.contains('done')).map((button) => Number(button.dataset['lecture']))).to.deep.equal([2, 3, 4, 5, 14]);
      await expect(player).to.be.accessible();
      const store = storeOf(player);
      expect((await outboxOf(store).pending()).map((entry) => entry.kind === 'progress' && entry.lecture)).to.deep.equal([3, 2, 4, 5, 14]);
      expect(api.db.where('lecture_progress', (row) => row.user_id === STUDENT.id), 'nothing reached the backend').to.deep.equal([]);

      // Reload, still offline: a fresh provider and store; the old page is gone.
      outboxOf(store).dispose();
      player.parentElement!.remove();
      const reloaded = await mount<CkitCurriculumPlayer>(html`<ckit-curriculum-player course-id="1"></ckit-curriculum-player>`);
      await until(() => reloaded.shadowRoot?.querySelector('[part="error"]'), 'offline error state');
      await expect(reloaded).to.be.accessible();

      // Back online.
      worker.resetHandlers();
      dispatchEvent(new Event('online'));
      part(reloaded, '[part="retry-button"]').click();
      await until(() => reloaded.shadowRoot?.querySelector('[part="save-status"]')?.textContent?.includes('All progress saved'), 'saved', );
      await until(() => api.db.where('lecture_progress', (row) => row.user_id === STUDENT.id).length === 5, 'five rows');
      await networkIdle();
      const rows = api.db.where('lecture_progress', (row) => row.user_id === STUDENT.id).sort((a, b) => a.lecture_id - b.lecture_id);
      expect(rows.map((row) => [row.lecture_id, row.watched_seconds])).to.deep.equal([[2, 0], [3, 11], [4, 0], [5, 0], [14, 0]]);
      expect([...applied].sort()).to.deep.equal([2, 3, 4, 5, 14].map((id) => [`/api/v1/lectures/${id}/progress`, 1]).sort());
      expect(await outboxOf(storeOf(reloaded)).pending()).to.deep.equal([]);
      await until(() => items(reloaded).filter((button) => button.classList.contains('done')).length === 5, 'the outline shows the server\'s state');
    } finally {
      worker.events.removeListener('response:mocked', onResponse);
    }
  });

  it('renders a 200-lecture outline as plain list items, and re-renders it without leaving nodes behind', async () => {
    const sections = api.db.where('sections', (row) => row.course_id === 1);
    for (let n = lecturesOf(1).length; n < 200; n++) {
      api.db.insert('lectures', { section_id: sections[n % sections.length]!.id, title: `Extra lecture ${n}`, type: 'text', external_url: null, duration_seconds: null, content: '<p>More</p>', is_preview: false, position: 100 + n });
    }
    const player = await mountPlayer({ lecture: 2 });
    expect(items(player)).to.have.length(200);
    const outlineNodes = () => {
      const walker = document.createTreeWalker(part(player, '[part="outline"]'), NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    };
    expect([...part(player, '[part="outline"]').querySelectorAll('*')].some((node) => node.localName.includes('-')), 'no custom elements').to.be.false;
    const before = outlineNodes();
    for (let round = 0; round < 10; round++) {
      item(player, round + 1).click();
      await player.updateComplete;
    }
    expect(outlineNodes()).to.equal(before);
  });
});
