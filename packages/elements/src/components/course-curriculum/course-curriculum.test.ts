/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, mount, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitPreviewRequestEvent } from '../../events/preview-request.js';
import type { CkitCourseCurriculum } from './course-curriculum.component.js';
import './course-curriculum.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loaded = (syllabus: CkitCourseCurriculum) => until(() => syllabus.shadowRoot?.querySelector('[part="section"]'), 'sections');
const focused = (syllabus: CkitCourseCurriculum) => syllabus.shadowRoot!.activeElement as HTMLElement | null;
const dialog = (syllabus: CkitCourseCurriculum) => part<HTMLDialogElement>(syllabus, 'dialog');
const previewButton = (syllabus: CkitCourseCurriculum, lectureId: number) => part<HTMLButtonElement>(syllabus, `[part="preview-button"][data-lecture="${lectureId}"]`);

describe('<ckit-course-curriculum>', () => {
  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/courses/:id/curriculum`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await until(() => requests.includes('GET /courses/1/curriculum'), 'curriculum request');
    expect(part(syllabus, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(syllabus).to.be.accessible();
  });

  it('lists sections in position order with totals, the first one expanded, accessibly', async () => {
    // Reverse the first two sections: the server's order is not the display order.
    api.db.update('sections', 1, { position: 2 });
    api.db.update('sections', 2, { position: 1 });
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-slug="modern-javascript-from-scratch"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    expect(text(part(syllabus, '[part="heading"]'))).to.equal('Course content');
    expect(part(syllabus, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    expect(text(part(syllabus, '[part="totals"]'))).to.match(/^5 sections · 15 lectures · .+ total length$/);
    const buttons = all(syllabus, '[part="section-button"]');
    expect(buttons.map((button) => text(button.querySelector('.section-title')))).to.deep.equal([
      'JavaScript Core Concepts',
      'Getting Started with JavaScript',
      'Hands-on JavaScript',
      'Going Further with JavaScript',
      'Wrap-up and Assessment',
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    expect(text(buttons[1]!.querySelector('[part="section-meta"]'))).to.equal('3 lectures · 1 min');
    expect(buttons[0]!.parentElement!.getAttribute('aria-level')).to.equal('3');
    const panel = syllabus.shadowRoot!.getElementById(buttons[1]!.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.be.true;
    // Lectures in order, with their type for screen readers and their length.
    const firstPanel = syllabus.shadowRoot!.getElementById(buttons[0]!.getAttribute('aria-controls')!)!;
    expect([...firstPanel.querySelectorAll('[part="lecture"]')].map((item) => text(item.querySelector('.sr-only')))).to.deep.equal(['Article:', 'Article:', 'Video:', 'Download:']);
    expect(all(syllabus, '[part="duration"]')[0]!.getAttribute('datetime')).to.equal('PT0M12S');
    expect(text(all(syllabus, '[part="duration"]')[0])).to.equal('0:12');
    await expect(syllabus).to.be.accessible();
  });

  it('expands and collapses sections by keyboard, and all at once', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    const second = () => all(syllabus, '[part="section-button"]')[1]!;
    second().focus();
    await sendKeys({ press: 'Enter' });
    await syllabus.updateComplete;
    expect(second().getAttribute('aria-expanded')).to.equal('true');
    expect(syllabus.shadowRoot!.getElementById(second().getAttribute('aria-controls')!)!.hidden).to.be.false;
    await sendKeys({ press: 'Space' });
    await syllabus.updateComplete;
    expect(second().getAttribute('aria-expanded')).to.equal('false');

    const toggleAll = part<HTMLButtonElement>(syllabus, '[part="toggle-all"]');
    expect(text(toggleAll)).to.equal('Expand all sections');
    toggleAll.click();
    await syllabus.updateComplete;
    expect(all(syllabus, '[part="section-button"]').every((button) => button.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(text(toggleAll)).to.equal('Collapse all sections');
    await expect(syllabus).to.be.accessible();
    toggleAll.click();
    await syllabus.updateComplete;
    expect(all(syllabus, '[part="section-button"]').every((button) => button.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect(all(syllabus, '[part="lectures"]').every((list) => list.hidden)).to.be.true;
  });

  it('plays a video preview with captions in a modal dialog; Escape closes it and focus returns to its button', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    // Only preview lectures offer a preview.
    expect(all(syllabus, '[part="preview-button"]').map((button) => button.dataset['lecture'])).to.deep.equal(['1', '2']);
    const button = previewButton(syllabus, 1);
    expect(text(button)).to.equal('Preview: Welcome to Modern JavaScript from Scratch');
    button.focus();
    const requested = oneEvent(syllabus, 'ckit-preview-request');
    await sendKeys({ press: 'Enter' });
    const event = (await requested) as CkitPreviewRequestEvent;
    expect(event.cancelable && event.composed && event.bubbles).to.be.true;
    expect(event.detail.courseId).to.equal(1);
    expect(event.detail.lecture.id).to.equal(1);
    await until(() => dialog(syllabus).open, 'dialog open');
    expect(dialog(syllabus).matches(':modal')).to.be.true;
    expect(text(part(syllabus, '[part="dialog-title"]'))).to.equal('Welcome to Modern JavaScript from Scratch');
    const video = part<HTMLVideoElement>(syllabus, '[part="video"]');
    expect(new URL(video.src).pathname).to.equal('/api/v1/storage/lectures/1/sample-lecture.webm');
    expect([...video.querySelectorAll('track')].map((track) => [track.srclang, track.label, track.kind, track.default])).to.deep.equal([
      ['en', 'English', 'captions', true],
      ['fr', 'Français', 'captions', false],
    ]);
    expect(focused(syllabus)?.getAttribute('part')).to.equal('close-button');
    await expect(syllabus).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(syllabus).open, 'dialog closed');
    await until(() => focused(syllabus) === previewButton(syllabus, 1), 'focus back on the preview button');
    // The video left the page with the dialog: nothing keeps playing.
    expect(syllabus.shadowRoot!.querySelector('video')).to.equal(null);
  });

  it('lets the host play the preview itself by cancelling the request', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    let seen = 0;
    syllabus.addEventListener('ckit-preview-request', (event) => {
      seen += 1;
      event.preventDefault();
    });
    previewButton(syllabus, 1).click();
    await syllabus.updateComplete;
    expect(seen).to.equal(1);
    expect(dialog(syllabus).open).to.be.false;
    expect(syllabus.shadowRoot!.querySelector('video')).to.equal(null);
  });

  it('shows a YouTube preview behind a facade: nothing from YouTube before the click, the no-cookie player after', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="2"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    previewButton(syllabus, 16).click();
    await until(() => dialog(syllabus).open, 'dialog open');
    expect(syllabus.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => /youtube|ytimg|vimeo/.test(entry.name))).to.be.false;
    expect(text(part(syllabus, '.facade p'))).to.equal('The video loads from YouTube when you play it.');
    await expect(syllabus).to.be.accessible();
    part<HTMLButtonElement>(syllabus, '[part="facade"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => syllabus.shadowRoot!.querySelector('iframe'), 'player');
    const frame = part<HTMLIFrameElement>(syllabus, '[part="embed"]');
    expect(frame.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/eRsGyueVLvQ?autoplay=1&rel=0');
    expect(frame.title).to.equal(api.db.find('lectures', 16)!.title);
    // The facade that had focus is gone; focus stays in the dialog, on the player.
    expect(focused(syllabus) === frame).to.be.true;
    part<HTMLButtonElement>(syllabus, '[part="close-button"]').click();
    await until(() => !dialog(syllabus).open && !syllabus.shadowRoot!.querySelector('iframe'), 'player gone');
  });

  it('shows a text preview as sanitized HTML', async () => {
    api.db.update('lectures', 2, { content: '<p>Read <strong>this</strong> first.</p><img src="x" onerror="window.hacked = true"><script>window.hacked = true</script>' });
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    previewButton(syllabus, 2).click();
    await until(() => syllabus.shadowRoot!.querySelector('.content strong'), 'sanitized content');
    const content = part(syllabus, '.content');
    expect(text(content)).to.equal('Read this first.');
    expect(content.querySelector('img, script')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    expect(syllabus.shadowRoot!.querySelector('video, iframe, [part="facade"]')).to.equal(null);
    await expect(syllabus).to.be.accessible();
  });

  it('ticks completed lectures and resumes an enrolled learner where they stopped', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(
      html`<ckit-course-curriculum course-id="1" resume-href-template="/learn/{slug}?lecture={lectureId}"></ckit-course-curriculum>`,
    );
    await until(() => syllabus.shadowRoot?.querySelector('[part="resume"]'), 'resume link');
    const resume = part<HTMLAnchorElement>(syllabus, '[part="resume"]');
    expect(resume.getAttribute('href')).to.equal('/learn/modern-javascript-from-scratch?lecture=2');
    expect(text(resume)).to.equal('Continue learning: How this course works');
    expect(text(part(syllabus, '[part="totals"]'))).to.contain('1 of 15 lectures completed');
    const ticked = all(syllabus, '[part="lecture"]').filter((item) => item.querySelector('[part="completed"]'));
    expect(ticked.map((item) => text(item.querySelector('.lecture-title')))).to.deep.equal(['Welcome to Modern JavaScript from Scratch']);
    expect(ticked[0]!.querySelector('[part="completed"]')!.getAttribute('aria-label')).to.equal('Completed');
    await expect(syllabus).to.be.accessible();

    let navigated = '';
    syllabus.addEventListener('ckit-navigate-request', (event) => {
      navigated = event.detail.href;
      event.preventDefault();
    });
    resume.click();
    expect(navigated).to.equal('/learn/modern-javascript-from-scratch?lecture=2');
  });

  it('opens the section of the lecture to resume', async () => {
    for (const id of [1, 2, 3, 4, 5, 6, 7]) api.db.deleteWhere('lecture_progress', (row) => row.lecture_id === id);
    for (const id of [1, 2, 3, 4, 5, 6, 7]) api.db.insert('lecture_progress', { user_id: 2, lecture_id: id, watched_seconds: 12, last_watched_at: null });
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1" resume-href-template="/learn/{id}/{lectureId}"></ckit-course-curriculum>`);
    await until(() => syllabus.shadowRoot?.querySelector('[part="resume"]'), 'resume link');
    expect(part(syllabus, '[part="resume"]').getAttribute('href')).to.equal('/learn/1/8');
    expect(all(syllabus, '[part="section-button"]').map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'true', 'false', 'false']);
  });

  it('shows no ticks and no resume link to a visitor', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1" resume-href-template="/learn/{slug}"></ckit-course-curriculum>`, { signedIn: false });
    await loaded(syllabus);
    await until(() => requests.includes('GET /courses/1/curriculum'));
    expect(syllabus.shadowRoot!.querySelector('[part="resume"], [part="completed"]')).to.equal(null);
    expect(requests.some((line) => line.includes('/progress'))).to.be.false;
  });

  it('says so when the course has no content yet', async () => {
    worker.use(http.get(`${API}/courses/:id/curriculum`, () => HttpResponse.json({ data: [] })));
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1"></ckit-course-curriculum>`, { signedIn: false });
    await until(() => syllabus.shadowRoot?.querySelector('[part="empty"]'), 'empty state');
    expect(text(part(syllabus, '[part="empty"]'))).to.equal('The content of this course is not published yet.');
    expect(syllabus.shadowRoot!.querySelector('[part="toggle-all"]')).to.equal(null);
    await expect(syllabus).to.be.accessible();
  });

  it('renders a failure with a retry and reports it as ckit-error', async () => {
    let fail = true;
    worker.use(http.get(`${API}/courses/:id/curriculum`, () => (fail ? HttpResponse.json({ message: 'Down' }, { status: 500 }) : undefined)));
    const errors: string[] = [];
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum course-id="1" @ckit-error=${(event: CustomEvent<{ operation: string }>) => errors.push(event.detail.operation)}></ckit-course-curriculum>`, {
      signedIn: false,
    });
    await until(() => syllabus.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(errors).to.deep.equal(['curriculum.retrieve']);
    await expect(syllabus).to.be.accessible();
    fail = false;
    part<HTMLButtonElement>(syllabus, '[part="retry-button"]').click();
    await loaded(syllabus);
  });

  it('says which course is missing instead of loading forever', async () => {
    const syllabus = await mount<CkitCourseCurriculum>(html`<ckit-course-curriculum></ckit-course-curriculum>`, { signedIn: false });
    await until(() => syllabus.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(text(part(syllabus, '[part="error"] strong'))).to.equal('No course selected');
  });
});
