import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Course, Lecture, LectureType, Section } from '@coursekit/sdk';
import { course as courseQuery, curriculum, enrollments, isActiveEnrollment, progress } from '../../data/queries.js';
import { CkitPreviewRequestEvent } from '../../events/preview-request.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { courseHref } from '../../internal/course-view.js';
import { MissingCourseError } from '../../internal/errors.js';
import { requestNavigation } from '../../internal/navigation.js';
import { errorState } from '../../internal/templates.js';
import { courseCurriculumStyles } from './course-curriculum.styles.js';
import { LecturePreview } from './lecture-preview.js';
import { courseFactsMessages } from '../../i18n/shared.messages.js';
import { courseCurriculumMessages } from './course-curriculum.messages.js';

/** What the enrolled learner sees on top: completed lectures and where to go on. */
interface LearnerState {
  completed: ReadonlySet<number>;
  resume: Lecture | undefined;
}

const ICONS: Record<LectureType, string> = {
  video: 'M8 5v14l11-7z',
  text: 'M5 4h14v2H5zm0 5h14v2H5zm0 5h14v2H5zm0 5h9v2H5z',
  file: 'M11 4h2v9l3.5-3.5 1.4 1.4L12 16.8 6.1 10.9l1.4-1.4L11 13zM5 18h14v2H5z',
  quiz: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm1 15h-2v-2h2zm2-7.2-.9.9A3 3 0 0 0 13 14h-2v-.5a4 4 0 0 1 1.2-2.8l1.2-1.3A2 2 0 1 0 10 8H8a4 4 0 1 1 7 2.8z',
  assignment: 'M4 17.2V20h2.8l8.3-8.3-2.8-2.8zM19.7 7.3a1 1 0 0 0 0-1.4l-1.6-1.6a1 1 0 0 0-1.4 0l-1.3 1.3 2.8 2.8z',
};
const TICK = svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/>`;

const byPosition = <T extends { position: number }>(items: readonly T[] = []): T[] => [...items].sort((a, b) => a.position - b.position);
/** Whole minutes, rounded up: a section of two 12-second videos is "1 min", not "0 min". */
const minutes = (lectures: readonly Lecture[]) => Math.ceil(lectures.reduce((total, lecture) => total + (lecture.duration_seconds ?? 0), 0) / 60);

/** `m:ss` (or `h:mm:ss`) and its ISO 8601 duration, for `<time>`. */
function clock(total: number): [string, string] {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`, `PT${h ? `${h}H` : ''}${m}M${s}S`];
}

/**
 * @tag ckit-course-curriculum
 * @summary The syllabus of a course: its sections in order as an accordion (expand all or
 * collapse all), each with its lecture count and length, each lecture with its type, title,
 * length and, for free previews, a "Preview" button that plays it in a dialog. For an enrolled
 * learner, completed lectures are ticked and a link resumes the course.
 * @status experimental
 *
 * @event {CkitPreviewRequestEvent} ckit-preview-request - The visitor pressed "Preview". Cancelable: prevent it to play the lecture yourself. `detail: { courseId, lecture }`.
 * @event {CkitNavigateRequestEvent} ckit-navigate-request - The learner follows the resume link. Cancelable: prevent it to route yourself. `detail: { href, course }`.
 * @event {CkitErrorEvent} ckit-error - The course, its curriculum or the learner's progress could not be loaded. `detail: { error, operation }`.
 *
 * @csspart base - The syllabus.
 * @csspart header - The heading, totals, resume link and expand-all button.
 * @csspart heading - The "Course content" heading.
 * @csspart totals - Sections, lectures and total length.
 * @csspart resume - The enrolled learner's "Continue" link.
 * @csspart toggle-all - The expand all / collapse all button.
 * @csspart section - Each section.
 * @csspart section-button - A section's heading button that expands or collapses it.
 * @csspart section-meta - A section's lecture count and length.
 * @csspart lectures - A section's list of lectures.
 * @csspart lecture - Each lecture.
 * @csspart lecture-icon - A lecture's type icon.
 * @csspart completed - The tick of a completed lecture.
 * @csspart duration - A lecture's length.
 * @csspart preview-button - The "Preview" button of a free preview lecture.
 * @csspart dialog - The preview dialog.
 * @csspart dialog-title - The previewed lecture's title.
 * @csspart close-button - Closes the preview.
 * @csspart preview - The preview's content.
 * @csspart video - The previewed video.
 * @csspart facade - The button that loads a YouTube or Vimeo video.
 * @csspart embed - The YouTube or Vimeo player, once loaded.
 * @csspart empty - Shown when the course has no published content.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-course-curriculum course-slug="typescript-from-zero" resume-href-template="/learn/{slug}?lecture={lectureId}"></ckit-course-curriculum>
 * ```
 */
export class CkitCourseCurriculum extends CoursekitElement {
  /** The syllabus's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = courseCurriculumStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [courseCurriculumMessages, courseFactsMessages];

  /** Id of the course. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;

  /** Slug of the course, when you have no id. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;

  /**
   * Link of the enrolled learner's "Continue" button, with `{id}`, `{slug}` and `{lectureId}`
   * filled in, e.g. `/learn/{slug}?lecture={lectureId}`. Without it there is no such link.
   */
  @property({ attribute: 'resume-href-template' }) resumeHrefTemplate?: string;

  /** Heading level of "Course content" (1–5); section titles are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Ids of the expanded sections. */
  @state() private expanded = new Set<number>();

  #expandedFor: number | undefined;

  readonly #data = this.createTask('curriculum.retrieve', () => [this.courseId ?? this.courseSlug] as const, async ([key], { read }) => {
    if (key === undefined || key === '') throw new MissingCourseError(this.localName);
    const course = await read(courseQuery(key));
    const sections = byPosition(await read(curriculum(course.id))).map((section) => ({ ...section, lectures: byPosition(section.lectures) }));
    return { course, sections };
  });

  readonly #learner = this.createTask(
    'course.progress',
    () => (this.store && this.#data.value ? ([this.#data.value] as const) : undefined),
    async ([{ course, sections }], { read }): Promise<LearnerState | undefined> => {
      if (!isActiveEnrollment((await read(enrollments)).get(course.id))) return undefined;
      const completed = new Set((await read(progress(course.id))).lectures.filter((entry) => entry.completed).map((entry) => entry.lecture_id));
      const lectures = sections.flatMap((section) => section.lectures);
      return { completed, resume: lectures.find((lecture) => !completed.has(lecture.id)) ?? lectures[0] };
    },
  );

  readonly #preview = new LecturePreview(this, (lecture) => this.renderRoot.querySelector<HTMLElement>(`[data-lecture="${lecture.id}"]`));

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.#data.value;
    // Opens the first section once per course, or the learner's current one once known.
    const learner = this.#learner.value;
    if (data && this.#expandedFor !== data.course.id) {
      this.#expandedFor = data.course.id;
      this.expanded = new Set(data.sections.slice(0, 1).map((section) => section.id));
    }
    if (learner?.resume && !this.expanded.has(learner.resume.section_id) && this.#learnerExpanded !== learner) {
      this.#learnerExpanded = learner;
      this.expanded = new Set([...this.expanded, learner.resume.section_id]);
    }
  }

  #learnerExpanded: LearnerState | undefined;

  #toggle(id: number): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  #toggleAll(sections: Section[], expand: boolean): void {
    this.expanded = new Set(expand ? sections.map((section) => section.id) : []);
  }

  #requestPreview(course: Course, lecture: Lecture): void {
    if (this.emit(new CkitPreviewRequestEvent({ courseId: course.id, lecture }))) void this.#preview.open(lecture);
  }

  protected override render() {
    const i18n = this.i18n;
    const data = this.#data.value;
    let body: TemplateResult;
    if (this.#data.status === TaskStatus.ERROR && !data) body = errorState(i18n, this.#data.error, () => void this.#data.run());
    else if (!data) body = html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else body = this.#renderSyllabus(data.course, data.sections as Required<Section>[]);
    return html`<div part="base" class="${this.rootClass} syllabus" dir=${this.direction} lang=${i18n.locale}>${body}${this.#preview.render(i18n)}</div>`;
  }

  #renderSyllabus(course: Course, sections: Required<Section>[]): TemplateResult {
    const i18n = this.i18n;
    const level = Math.min(5, Math.max(1, this.headingLevel));
    const lectures = sections.flatMap((section) => section.lectures);
    const learner = this.#learner.value;
    const allOpen = sections.length > 0 && sections.every((section) => this.expanded.has(section.id));
    const resume = learner?.resume && this.resumeHrefTemplate ? courseHref(this.resumeHrefTemplate, course)!.replace(/\{lectureId\}/g, String(learner.resume.id)) : undefined;
    return html`<div part="header" class="header">
        <div role="heading" aria-level=${level} part="heading" class="heading">${i18n.t('curriculumTitle')}</div>
        <p part="totals" class="muted">
          ${[i18n.t('curriculumSections', { count: sections.length }), i18n.t('lectures', { count: lectures.length }), i18n.t('curriculumLength', { duration: i18n.duration(minutes(lectures)) })].join(' · ')}
          ${learner ? html`<br />${i18n.t('curriculumCompleted', { completed: i18n.number(learner.completed.size), count: lectures.length })}` : nothing}
        </p>
        ${resume
          ? html`<a part="resume" class="btn" href=${resume} @click=${(event: MouseEvent) => requestNavigation(this, event, resume, course)}
              >${i18n.t('curriculumResume')}<span class="sr-only">: ${learner!.resume!.title}</span></a
            >`
          : nothing}
        ${sections.length > 1
          ? html`<button type="button" part="toggle-all" class="btn-link" @click=${() => this.#toggleAll(sections, !allOpen)}>${i18n.t(allOpen ? 'curriculumCollapseAll' : 'curriculumExpandAll')}</button>`
          : nothing}
      </div>
      ${sections.length
        ? html`<div class="sections panel">${sections.map((section) => this.#renderSection(course, section, level + 1, learner))}</div>`
        : html`<p part="empty" class="state panel">${i18n.t('curriculumEmpty')}</p>`}`;
  }

  #renderSection(course: Course, section: Required<Section>, level: number, learner: LearnerState | undefined): TemplateResult {
    const i18n = this.i18n;
    const open = this.expanded.has(section.id);
    const panel = `section-${section.id}`;
    return html`<section part="section" class="section">
      <div role="heading" aria-level=${level}>
        <button type="button" part="section-button" class="section-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @click=${() => this.#toggle(section.id)}>
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="m9 6 6 6-6 6" /></svg>
          <span class="section-title">${section.title}</span>
          <span part="section-meta" class="muted">${[i18n.t('lectures', { count: section.lectures.length }), ...(minutes(section.lectures) ? [i18n.duration(minutes(section.lectures))] : [])].join(' · ')}</span>
        </button>
      </div>
      <ul part="lectures" id=${panel} class="lectures" ?hidden=${!open}>
        ${section.lectures.map((lecture) => this.#renderLecture(course, lecture, learner))}
      </ul>
    </section>`;
  }

  #renderLecture(course: Course, lecture: Lecture, learner: LearnerState | undefined): TemplateResult {
    const i18n = this.i18n;
    const done = learner?.completed.has(lecture.id);
    const [time, iso] = clock(lecture.duration_seconds ?? 0);
    return html`<li part="lecture" class="lecture">
      <svg part="lecture-icon" class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[lecture.type] ?? ICONS.text} /></svg>
      <span class="sr-only">${i18n.t(`lectureType_${lecture.type}`)}:</span>
      <span class="lecture-title">${lecture.title}</span>
      ${done ? html`<svg part="completed" class="tick" viewBox="0 0 24 24" role="img" aria-label=${i18n.t('curriculumDone')}>${TICK}</svg>` : nothing}
      ${lecture.is_preview
        ? html`<button type="button" part="preview-button" class="btn-link" data-lecture=${lecture.id} @click=${() => this.#requestPreview(course, lecture)}>
            ${i18n.t('preview')}<span class="sr-only">: ${lecture.title}</span>
          </button>`
        : nothing}
      ${lecture.duration_seconds ? html`<time part="duration" class="muted" datetime=${iso}>${time}</time>` : nothing}
    </li>`;
  }
}
