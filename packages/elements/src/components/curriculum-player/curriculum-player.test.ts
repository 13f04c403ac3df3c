/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, networkIdle, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
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
});
