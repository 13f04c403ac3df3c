import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Course, Section, User } from '@coursekit/sdk';
import { UrlStateController } from '../../controllers/url-state.js';
import { course as courseQuery, curriculum, enrollments, isActiveEnrollment, progress, session } from '../../data/queries.js';
import { CkitCourseCompleteEvent } from '../../events/course-complete.js';
import { CkitEnrollRequestEvent } from '../../events/enroll-request.js';
import { CkitLectureChangeEvent } from '../../events/lecture-change.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { styleProps } from '../../internal/style-props.js';
import { errorMessageKey, errorState } from '../../internal/templates.js';
import { lectureBody } from './lecture-view.js';
import { icon, outline } from './outline.js';
import { certificatesQuery, lectureQuery, lecturesOf, loadLastLecture, mediaOf, saveLastLecture, type PlayerLecture } from './player-data.js';
import { playerStyles } from './curriculum-player.styles.js';
import { ProgressTracker } from './progress-tracker.js';
import { isTyping, VideoController } from './video-controller.js';
import { curriculumPlayerMessages } from './curriculum-player.messages.js';

type PlayerData = { course: Course; user: User | null; sections: Section[]; enrolled: boolean; lectures: PlayerLecture[] };

/**
 * @tag ckit-curriculum-player
 * @summary The course player: an outline of sections and lectures with the learner's progress,
 * and the open lecture (video with captions, speed and keyboard shortcuts; YouTube and Vimeo
 * behind a click-to-load facade; text, files, quizzes, assignments). It resumes at the last
 * lecture and position, records progress through the outbox (kept on the device while offline),
 * and lets visitors play preview lectures with a call to enroll on the others.
 * @status experimental
 *
 * @event {CkitLectureChangeEvent} ckit-lecture-change - A lecture was opened (on load, too). `detail: { courseId, lecture, previousLectureId }`.
 * @event {CkitLectureCompleteEvent} ckit-lecture-complete - A lecture counts as complete on this device. `detail: { courseId, lectureId, reason }`.
 * @event {CkitProgressEvent} ckit-progress - A video position was recorded (at most every 15 s while playing, and on pause, seek and hide). `detail: { courseId, lectureId, watchedSeconds, durationSeconds }`.
 * @event {CkitCourseCompleteEvent} ckit-course-complete - The learner completed the course's last lecture. `detail: { courseId, certificateNumber }`.
 * @event {CkitEnrollRequestEvent} ckit-enroll-request - A visitor chose "Enroll" on a locked lecture; cancelable (else `enroll-href` is followed). `detail: { courseId, lectureId, signedIn }`.
 * @event {CkitErrorEvent} ckit-error - Loading the course or saving progress failed. `detail: { error, operation }`.
 *
 * @csspart base - The player.
 * @csspart header - The course title, progress, saving state and the outline toggle.
 * @csspart title - The course title.
 * @csspart outline-toggle - The button that shows and hides the outline (a drawer on narrow screens).
 * @csspart course-progress - The course's completion bar and percentage.
 * @csspart save-status - Whether progress is saved, being saved or kept on this device while offline.
 * @csspart save-error - A write the server refused for good (e.g. after a refund).
 * @csspart outline - The outline (a `<nav>`).
 * @csspart section - Each section of the outline.
 * @csspart section-toggle - The button that folds a section.
 * @csspart section-progress - "2 of 5 complete" of a section.
 * @csspart lecture-item - Each lecture of the outline (`aria-current` on the open one).
 * @csspart lecture - The open lecture.
 * @csspart lecture-title - Its title.
 * @csspart video - The `<video>`.
 * @csspart embed-facade - The button that loads a YouTube or Vimeo embed.
 * @csspart embed - The embed's `<iframe>`.
 * @csspart content - Sanitized lecture text and assignment instructions.
 * @csspart file - The download of a file lecture; `download` is its link.
 * @csspart download - The download link.
 * @csspart quiz - The hosted `<ckit-quiz>`.
 * @csspart complete-button - "Mark complete".
 * @csspart locked - The locked lecture's panel; `enroll-button` is its call to action.
 * @csspart enroll-button - "Enroll to unlock".
 * @csspart nav - Previous and next.
 * @csspart nav-button - Each of them.
 * @csspart complete - The course completion panel; `certificate` is its link.
 * @csspart certificate - The certificate link.
 * @csspart empty - A course without lectures, a lecture without media.
 * @csspart live - The visually hidden live region.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-player-outline-width - Width of the outline beside the lecture. Defaults to `20rem`.
 *
 * @example
 * ```html
 * <ckit-curriculum-player course-slug="modern-javascript-from-scratch" sync-url enroll-href="/enroll" certificate-href="/certificates/{number}"></ckit-curriculum-player>
 * ```
 */
export class CkitCurriculumPlayer extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = playerStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = curriculumPlayerMessages;

  /** Id of the course to play (or use `course-slug`). */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;
  /** Slug of the course to play, when no `course-id` is given. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;
  /** The open lecture: set it to open one (a deep link); follows the learner's navigation. Defaults to where the learner left off. */
  @property({ attribute: 'lecture-id', type: Number, reflect: true }) lectureId?: number;
  /** Keeps the open lecture in the page's query string (`?lecture=12`), with back and forward. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /** Heading level of the course title (1–5); the lecture title, the outline's sections and the completion panel are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Where "Enroll" leads when no listener cancels `ckit-enroll-request`. */
  @property({ attribute: 'enroll-href' }) enrollHref?: string;
  /** Link of the certificate once the course is complete; `{number}` is replaced with its number. */
  @property({ attribute: 'certificate-href' }) certificateHref?: string;

  @state() private outlineOpen = true;
  @state() private narrow = false;
  @state() private embedLoaded = 0;
  @state() private announcement = '';

  readonly #collapsed = new Set<number>();
  #shown: number | undefined;
  #focus = '';
  #sawIncomplete = false;
  #ready = false;
  #celebrated = false;
  readonly #resize = new ResizeObserver(([entry]) => {
    const narrow = entry!.contentRect.width < 720;
    // Next frame: changing the layout inside the observer's callback would loop.
    if (narrow !== this.narrow) requestAnimationFrame(() => ([this.narrow, this.outlineOpen] = [narrow, !narrow]));
  });

  readonly #tracker = new ProgressTracker(this, {
    emit: (event) => this.emit(event),
    failedToQueue: (error) => this.reportError(error, 'progress.update'),
    completed: () => (this.announcement = this.i18n.t('playerLectureCompleted')),
  });

  readonly #video = new VideoController(this, {
    record: (lectureId, seconds, duration, keepalive) => {
      const lecture = this.#find(lectureId);
      if (lecture) this.#tracker.record(lecture, seconds, duration, keepalive);
    },
    flush: () => this.#tracker.flush(),
    ended: (lectureId) => this.#complete(lectureId, 'watched'),
    announce: (what, value) => (this.announcement = this.i18n.t(what === 'speed' ? 'playerSpeed' : what === 'captionsOn' ? 'playerCaptionsOn' : 'playerCaptionsOff', { rate: this.i18n.number(value ?? 1) })),
  });

  readonly #url = new UrlStateController<{ lecture?: number | undefined }>(this, {
    enabled: () => this.syncUrl,
    read: (url) => (Number(url.searchParams.get('lecture')) > 0 ? { lecture: Number(url.searchParams.get('lecture')) } : {}),
    write: (url, { lecture }) => {
      if (lecture) url.searchParams.set('lecture', String(lecture));
      return url;
    },
    apply: ({ lecture }) => (this.lectureId = lecture),
    current: () => ({ lecture: this.lectureId }),
  });

  readonly #data = this.createTask('curriculum.retrieve', () => [this.courseId ?? this.courseSlug] as const, async ([idOrSlug], { read }): Promise<PlayerData> => {
    if (idOrSlug === undefined) throw Object.assign(new Error('No course-id or course-slug'), { name: 'MissingCourseError' });
    const [course, user] = await Promise.all([read(courseQuery(idOrSlug)), read(session)]);
    const [sections, enrolled] = await Promise.all([read(curriculum(course.id)), user ? read(enrollments).then((all) => isActiveEnrollment(all.get(course.id))) : false]);
    return { course, user, sections, enrolled, lectures: lecturesOf(sections) };
  });

  readonly #progress = this.createTask('progress.retrieve', () => (this.#data.value?.enrolled ? ([this.#data.value.course.id] as const) : undefined), ([id], { read }) => read(progress(id)));

  readonly #detail = this.createTask('lectures.retrieve', () => {
    const lecture = this.#lecture;
    return lecture && !this.#locked(lecture) && lecture.media === undefined && (lecture.type === 'video' || lecture.type === 'file') ? ([lecture.id] as const) : undefined;
  }, ([id], { read }) => read(lectureQuery(id)).catch(() => undefined));

  readonly #certificate = this.createTask('certificates.list', () => (this.#courseComplete ? ([this.#data.value!.course.id] as const) : undefined), async ([id], { read }) =>
    (await read(certificatesQuery)).find((certificate) => certificate.course_id === id),
  );

  #find(lectureId: number | undefined): PlayerLecture | undefined {
    return this.#data.value?.lectures.find((lecture) => lecture.id === lectureId);
  }

  get #lecture(): PlayerLecture | undefined {
    return this.#find(this.lectureId);
  }

  get #courseComplete(): boolean {
    const data = this.#data.value;
    return !!data?.enrolled && !!this.#progress.value && data.lectures.length > 0 && data.lectures.every((lecture) => this.#state(lecture.id).completed);
  }

  #locked(lecture: PlayerLecture): boolean {
    return lecture.is_locked ?? (!this.#data.value?.enrolled && !lecture.is_preview);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  /** Opens a lecture the learner chose (a new history entry with `sync-url`). */
  #open(lectureId: number | undefined, focus = true): void {
    if (lectureId === undefined) return;
    this.lectureId = lectureId;
    this.#url.push({ lecture: lectureId });
    if (this.narrow) this.outlineOpen = false;
    if (focus) this.#focus = '#lecture-title';
  }

  #complete(lectureId: number, reason: 'watched' | 'marked' | 'quiz'): void {
    const lecture = this.#find(lectureId);
    if (lecture) this.#tracker.complete(lecture, reason);
  }

  #state(lectureId: number) {
    return this.#tracker.state(lectureId);
  }

  /** Where the learner left off: the lecture open last on this device, else the first unfinished one after the last finished. */
  #resume(): number | undefined {
    const { lectures, user, course, enrolled } = this.#data.value!;
    const stored = user && loadLastLecture(user.id, course.id);
    if (stored && lectures.some((lecture) => lecture.id === stored)) return stored;
    if (enrolled) {
      const done = lectures.map((lecture) => this.#state(lecture.id).completed);
      const next = done.indexOf(false, done.lastIndexOf(true) + 1);
      return lectures[next < 0 ? Math.max(0, done.indexOf(false)) : next]?.id;
    }
    return (lectures.find((lecture) => !this.#locked(lecture)) ?? lectures[0])?.id;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.#data.value;
    if (!data) return;
    this.#tracker.use(data.course.id, data.enrolled ? this.store : undefined, this.#progress.value);
    // A learner's progress decides where to resume: wait for it (or for its failure).
    this.#ready = !data.enrolled || !!this.#progress.value || this.#progress.status === TaskStatus.ERROR;
    if (!this.#ready) return;
    if (!data.lectures.some((lecture) => lecture.id === this.lectureId)) this.lectureId = this.#resume();
    const lecture = this.#lecture;
    if (lecture && lecture.id !== this.#shown) {
      const previousLectureId = this.#shown;
      this.#shown = lecture.id;
      if (data.user) saveLastLecture(data.user.id, data.course.id, lecture.id);
      const index = data.lectures.indexOf(lecture);
      this.announcement = `${this.i18n.t('playerLectureOf', { current: this.i18n.number(index + 1), total: this.i18n.number(data.lectures.length) })}: ${lecture.title}`;
      this.emit(new CkitLectureChangeEvent({ courseId: data.course.id, lecture, previousLectureId }));
    }
    const complete = this.#courseComplete;
    if (this.#progress.value && !complete) this.#sawIncomplete = true;
    if (complete && this.#sawIncomplete && !this.#celebrated) {
      this.#celebrated = true;
      this.#focus = '.complete-title';
      this.emit(new CkitCourseCompleteEvent({ courseId: data.course.id, certificateNumber: this.#certificate.value?.certificate_number }));
    }
  }

  protected override updated(): void {
    if (!this.#focus) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = '';
  }

  readonly #keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.narrow && this.outlineOpen) {
      this.outlineOpen = false;
      this.#focus = '.outline-toggle';
      return;
    }
    if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    const lectures = this.#data.value?.lectures ?? [];
    const step = event.key === 'N' ? 1 : event.key === 'P' ? -1 : 0;
    const target = lectures[lectures.findIndex((lecture) => lecture.id === this.lectureId) + step];
    if (!step || !target) return;
    event.preventDefault();
    this.#open(target.id);
  };

  readonly #outlineClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-lecture],[data-section]');
    if (button?.dataset['lecture']) return this.#open(Number(button.dataset['lecture']));
    const section = Number(button?.dataset['section']);
    if (!section) return;
    if (!this.#collapsed.delete(section)) this.#collapsed.add(section);
    this.requestUpdate();
  };

  #toggleOutline(): void {
    this.outlineOpen = !this.outlineOpen;
    if (this.outlineOpen && this.narrow) this.#focus = '[part="lecture-item"][aria-current]';
  }

  protected override render(): TemplateResult {
    const i18n = this.i18n;
    const data = this.#data.value;
    let body: TemplateResult;
    if (this.#data.status === TaskStatus.ERROR && !data) body = errorState(i18n, this.#data.error, () => void this.#data.run());
    else if (!data || !this.#ready) body = html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else body = this.#renderPlayer(data);
    return html`<div part="base" class="${this.rootClass} player${this.narrow ? ' narrow' : ''}" dir=${this.direction} lang=${i18n.locale} @keydown=${this.#keydown}>
      ${body}
      <p part="live" class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderPlayer(data: PlayerData): TemplateResult {
    const i18n = this.i18n;
    const { course, lectures, enrolled, user } = data;
    const lockReason = i18n.t(user ? 'playerLockedEnroll' : 'playerLockedSignIn');
    const lecture = this.#lecture;
    const done = lectures.filter((item) => this.#state(item.id).completed).length;
    const percent = lectures.length ? (done / lectures.length) * 100 : 0;
    const status = this.#tracker.status;
    const index = lecture ? lectures.indexOf(lecture) : -1;
    const neighbour = (offset: -1 | 1) => {
      const target = lectures[index + offset];
      return target
        ? html`<button type="button" part="nav-button" class="btn btn-secondary" @click=${() => this.#open(target.id)}>
            ${i18n.t(offset < 0 ? 'playerPrevious' : 'playerNext', { title: target.title })}
          </button>`
        : nothing;
    };
    const detail = this.#detail.value;
    const shown = detail && lecture && detail.id === lecture.id ? { ...lecture, ...detail } : lecture;
    return html`<header part="header" class="header">
        <button type="button" part="outline-toggle" class="btn btn-secondary outline-toggle" aria-expanded=${this.outlineOpen ? 'true' : 'false'} aria-controls="outline" @click=${this.#toggleOutline}>
          ${i18n.t('playerOutline')}
        </button>
        <div role="heading" aria-level=${this.#level} part="title" class="course-title">${course.title}</div>
        ${enrolled
          ? html`<div part="course-progress" class="course-progress">
                <span class="bar" aria-hidden="true"><span ${styleProps({ 'inline-size': `${percent}%` })}></span></span>
                <span>${i18n.t('progress', { percent: i18n.percent(percent) })}</span>
              </div>
              <p part="save-status" class="muted save-status" role="status">${status ? i18n.t(status === 'saved' ? 'playerSaved' : status === 'saving' ? 'playerSaving' : 'playerOffline') : ''}</p>`
          : nothing}
      </header>
      ${this.#tracker.failure ? html`<p part="save-error" class="notice error" role="alert">${i18n.t('playerSaveFailed')} ${i18n.t(errorMessageKey(this.#tracker.failure))}</p>` : nothing}
      <div class="layout">
        <nav id="outline" part="outline" class="outline" aria-label=${i18n.t('playerOutline')} ?hidden=${!this.outlineOpen} @click=${this.#outlineClick}>
          ${outline({ i18n, level: this.#level + 1, sections: data.sections, current: this.lectureId, collapsed: this.#collapsed, locked: (item) => this.#locked(item), completed: (item) => this.#state(item.id).completed, lockReason, previewing: !enrolled })}
        </nav>
        <section part="lecture" class="lecture" aria-labelledby="lecture-title" @keydown=${this.#video.keydown}>
          ${this.#courseComplete ? this.#renderComplete(course.title) : nothing}
          ${shown
            ? html`<div role="heading" aria-level=${this.#level + 1} id="lecture-title" part="lecture-title" class="lecture-title" tabindex="-1">${shown.title}</div>
                ${this.#renderLecture(shown, lockReason, enrolled)}
                <div part="nav" class="nav">${neighbour(-1)}${neighbour(1)}</div>`
            : html`<p part="empty" class="state panel">${i18n.t('playerEmpty')}</p>`}
        </section>
      </div>`;
  }

  #renderLecture(lecture: PlayerLecture, lockReason: string, enrolled: boolean): TemplateResult {
    const data = this.#data.value!;
    const { watched, completed } = this.#state(lecture.id);
    if (lecture.type === 'video') this.#video.track(lecture.id, completed && lecture.duration_seconds && watched >= lecture.duration_seconds ? 0 : watched, data.user?.id ?? 0);
    if (lecture.type === 'quiz') void import('../quiz/quiz.js');
    return lectureBody({
      i18n: this.i18n,
      lecture,
      media: mediaOf(lecture),
      locked: this.#locked(lecture),
      lockReason,
      tracked: enrolled,
      completed,
      embedLoaded: this.embedLoaded === lecture.id,
      enrollHref: this.enrollHref,
      video: this.#video,
      loadEmbed: () => {
        this.embedLoaded = lecture.id;
        this.#focus = '[part="embed"]';
      },
      complete: () => this.#complete(lecture.id, 'marked'),
      enroll: (event) => {
        if (!this.emit(new CkitEnrollRequestEvent({ courseId: data.course.id, lectureId: lecture.id, signedIn: !!data.user }))) event.preventDefault();
      },
      quizGraded: (event) => (event as CustomEvent<{ passed: boolean }>).detail.passed && this.#complete(lecture.id, 'quiz'),
    });
  }

  /** The course title's heading level, clamped so that the levels below it stay valid. */
  get #level(): number {
    return Math.min(5, Math.max(1, this.headingLevel));
  }

  #renderComplete(title: string): TemplateResult {
    const i18n = this.i18n;
    const certificate = this.#certificate.value;
    const href = certificate && (this.certificateHref?.replace('{number}', encodeURIComponent(certificate.certificate_number)) ?? certificate.file_path);
    return html`<div part="complete" class="panel complete">
      ${icon('done')}
      <div role="heading" aria-level=${this.#level + 1} class="complete-title" tabindex="-1">${i18n.t('playerCourseComplete', { course: title })}</div>
      ${href
        ? html`<a part="certificate" class="btn" href=${href}>${i18n.t('playerCertificate')}</a>`
        : html`<p class="muted">${certificate ? i18n.t('playerCertificateNumber', { number: certificate.certificate_number }) : i18n.t('playerCertificatePending')}</p>`}
    </div>`;
  }
}
