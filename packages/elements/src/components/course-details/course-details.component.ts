import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Course, CourseInstructorUser } from '@coursekit/sdk';
import { course as courseQuery, curriculum, reviewSummary } from '../../data/queries.js';
import { CkitCourseLoadEvent } from '../../events/course-load.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { courseImage } from '../../internal/course-view.js';
import { MissingCourseError } from '../../internal/errors.js';
import { captionsOf, crossOriginOf, videoOf, type LectureWithMedia } from '../../internal/lecture-media.js';
import { htmlText, safeHtml } from '../../internal/sanitize.js';
import { courseThumbnail, errorState, stars } from '../../internal/templates.js';
import { starStyles } from '../../styles/stars.js';
import { courseDetailsStyles } from './course-details.styles.js';
import { courseJsonLd, placeJsonLd } from './course-json-ld.js';
import { courseFactsMessages } from '../../i18n/shared.messages.js';
import { courseDetailsMessages } from './course-details.messages.js';

/** Descriptions longer than this (in characters of text) start collapsed behind "Show more". */
const LONG_DESCRIPTION = 600;

const fill = (template: string | undefined, values: Record<string, string | number | null | undefined>) =>
  template?.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] == null ? whole : encodeURIComponent(String(values[key]))));

/**
 * @tag ckit-course-details
 * @summary The header of a course page, what a buyer reads: category breadcrumb, the course
 * title (the page's main heading), short and full description (with "Show more"), tags, level,
 * length, lectures, rating, students, last update, the instructors, and the cover or a preview
 * video. Adds the course's schema.org `Course` JSON-LD to the page for search engines.
 * @status experimental
 *
 * @slot actions - Your call to action beside the facts, e.g. `<ckit-enroll-button>`.
 *
 * @event {CkitCourseLoadEvent} ckit-course-load - The course was loaded, e.g. to set `document.title`. `detail: { course }`.
 * @event {CkitErrorEvent} ckit-error - The course could not be loaded. `detail: { error, operation }`.
 *
 * @csspart base - The header.
 * @csspart breadcrumb - The category breadcrumb.
 * @csspart title - The course title (a level-1 heading unless `heading-level` says otherwise).
 * @csspart short-description - The one-line summary.
 * @csspart facts - Rating, students, level, length, lectures and last update.
 * @csspart rating - The rating with its stars and review count.
 * @csspart tags - The list of topics.
 * @csspart tag - Each topic.
 * @csspart media - The cover image or preview video.
 * @csspart image - The cover image.
 * @csspart video - The preview video.
 * @csspart description - The full description (sanitized HTML).
 * @csspart show-more - The button that expands or collapses a long description.
 * @csspart instructors - The list of instructors.
 * @csspart instructor - Each instructor: avatar, name and headline.
 * @csspart avatar - An instructor's photo.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-course-details course-slug="typescript-from-zero" provider-name="Acme Academy" instructor-href-template="/instructors/{slug}"></ckit-course-details>
 * ```
 */
export class CkitCourseDetails extends CoursekitElement {
  /** The header's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = [starStyles, courseDetailsStyles];
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [courseDetailsMessages, courseFactsMessages];

  /** Id of the course. */
  @property({ attribute: 'course-id', type: Number }) courseId?: number;

  /** Slug of the course, when you have no id. */
  @property({ attribute: 'course-slug' }) courseSlug?: string;

  /**
   * Heading level of the course title. `1`: the title is the page's main heading, so keep no
   * other `<h1>` with the course title on the page (the syllabus and instructor elements never
   * repeat it); set `2` when the page has its own `<h1>`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Adds no JSON-LD to the page (e.g. when your server renders it). */
  @property({ attribute: 'no-json-ld', type: Boolean }) noJsonLd = false;

  /** The school's name, the `provider` of the JSON-LD. Defaults to the page's host name. */
  @property({ attribute: 'provider-name' }) providerName?: string;

  /** The school's home page, the provider's `sameAs`. Defaults to the page's origin. */
  @property({ attribute: 'provider-url' }) providerUrl?: string;

  /** Link of the category in the breadcrumb, with `{id}` and `{slug}`, e.g. `/courses?category={slug}`. */
  @property({ attribute: 'category-href-template' }) categoryHrefTemplate?: string;

  /** Link of each instructor, with `{slug}` (the profile's) and `{id}` (the user's), e.g. `/instructors/{slug}`. */
  @property({ attribute: 'instructor-href-template' }) instructorHrefTemplate?: string;

  @state() private expanded = false;

  readonly #course = this.createTask('course.retrieve', () => [this.courseId ?? this.courseSlug] as const, async ([key], { read }) => {
    if (key === undefined || key === '') throw new MissingCourseError(this.localName);
    const loaded = await read(courseQuery(key));
    this.emit(new CkitCourseLoadEvent({ course: loaded }));
    return loaded;
  });

  /** The review count and the syllabus (its preview video, its sections for the JSON-LD); neither is essential. */
  readonly #extras = this.createTask('course.extras', () => (this.#course.value ? ([this.#course.value.id] as const) : undefined), async ([id], { read }) => {
    const [summary, sections] = await Promise.all([read(reviewSummary(id)).catch(() => undefined), read(curriculum(id)).catch(() => undefined)]);
    return { summary, sections };
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#placed = [];
    void placeJsonLd(this, undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#placeJsonLd();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#placeJsonLd();
  }

  #placed: unknown[] = [];

  #placeJsonLd(): void {
    const course = this.#course.value;
    const extras = this.#extras.value;
    const inputs = [this.noJsonLd ? undefined : course, extras, this.providerName, this.providerUrl, this.store?.currency];
    if (!this.isConnected || inputs.every((value, index) => value === this.#placed[index])) return;
    this.#placed = inputs;
    const provider = { name: this.providerName ?? location.hostname, url: this.providerUrl ?? location.origin };
    void placeJsonLd(this, course && !this.noJsonLd ? courseJsonLd(course, provider, this.store?.currency ?? 'USD', extras?.summary, extras?.sections) : undefined);
  }

  protected override render() {
    const course = this.#course.value;
    const i18n = this.i18n;
    return html`<div part="base" class="${this.rootClass} details" dir=${this.direction} lang=${i18n.locale}>
      ${course
        ? this.#renderCourse(course)
        : this.#course.status === TaskStatus.ERROR
          ? errorState(i18n, this.#course.error, () => void this.#course.run())
          : html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`}
    </div>`;
  }

  #renderCourse(course: Course): TemplateResult {
    const i18n = this.i18n;
    const extras = this.#extras.value;
    const category = course.category;
    const categoryHref = category && fill(this.categoryHrefTemplate, { id: category.id, slug: category.slug });
    const level = Math.min(5, Math.max(1, this.headingLevel));
    const sub = level + 1;
    const long = htmlText(course.description ?? '').length > LONG_DESCRIPTION;
    const people = [...(course.instructors ?? [])].sort((a, b) => Number(b.is_primary ?? b.pivot?.is_primary ?? 0) - Number(a.is_primary ?? a.pivot?.is_primary ?? 0));
    return html`${category
        ? html`<nav part="breadcrumb" class="breadcrumb" aria-label=${i18n.t('detailsBreadcrumb')}>
            <ol>
              ${category.parent ? html`<li>${category.parent.name}</li>` : nothing}
              <li>${categoryHref ? html`<a href=${categoryHref}>${category.name}</a>` : category.name}</li>
            </ol>
          </nav>`
        : nothing}
      <div class="top">
        <div class="intro">
          <div part="title" class="title" role="heading" aria-level=${level}>${course.title}</div>
          ${course.short_description ? html`<p part="short-description" class="lede">${course.short_description}</p>` : nothing}
          <ul part="facts" class="facts" aria-label=${i18n.t('detailsFacts')}>
            <li part="rating" class="rating">
              <strong aria-hidden="true">${i18n.rating(course.rating)}</strong>${stars(i18n, course.rating)}
              ${extras?.summary ? html`<span class="muted">(${i18n.t('reviewsCount', { count: extras.summary.count })})</span>` : nothing}
            </li>
            <li>${i18n.t('students', { count: course.student_count })}</li>
            <li>${i18n.t(`level_${course.level}`)}</li>
            ${course.duration_minutes ? html`<li>${i18n.t('curriculumLength', { duration: i18n.duration(course.duration_minutes) })}</li>` : nothing}
            <li>${i18n.t('lectures', { count: course.lecture_count })}</li>
            ${course.updated_at ? html`<li>${i18n.t('detailsUpdated', { date: i18n.date(course.updated_at) })}</li>` : nothing}
          </ul>
          ${course.tags?.length
            ? html`<ul part="tags" class="tags" aria-label=${i18n.t('detailsTopics')}>${course.tags.map((tag) => html`<li part="tag" class="badge">${tag.name}</li>`)}</ul>`
            : nothing}
          <slot name="actions"></slot>
        </div>
        <div part="media" class="media">${this.#renderMedia(course)}</div>
      </div>
      ${course.description
        ? html`<section class="block" aria-labelledby="about">
            <div role="heading" aria-level=${sub} id="about" class="subheading">${i18n.t('detailsAbout')}</div>
            <div part="description" id="description" class="description ${long && !this.expanded ? 'clamped' : ''}">${safeHtml(course.description)}</div>
            ${long
              ? html`<button type="button" part="show-more" class="btn-link" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="description" @click=${() => (this.expanded = !this.expanded)}>
                  ${i18n.t(this.expanded ? 'detailsShowLess' : 'detailsShowMore')}
                </button>`
              : nothing}
          </section>`
        : nothing}
      ${people.length
        ? html`<section class="block" aria-labelledby="instructors">
            <div role="heading" aria-level=${sub} id="instructors" class="subheading">${i18n.t(people.length === 1 ? 'detailsInstructor' : 'detailsInstructors')}</div>
            <ul part="instructors" class="people">${people.map((person) => this.#renderInstructor(person))}</ul>
          </section>`
        : nothing}`;
  }

  #renderMedia(course: Course): TemplateResult {
    const lecture = this.#extras.value?.sections
      ?.flatMap((section) => section.lectures ?? [])
      .find((candidate): candidate is LectureWithMedia => candidate.is_preview && candidate.type === 'video' && videoOf(candidate) !== undefined);
    const video = lecture && videoOf(lecture);
    if (!lecture || !video) return courseThumbnail(course, 'eager');
    const captions = captionsOf(lecture);
    return html`<video part="video" controls preload="none" crossorigin=${crossOriginOf(captions) ?? nothing} src=${video.src} poster=${courseImage(course) ?? nothing} aria-label=${this.i18n.t('detailsPreviewVideo', { title: lecture.title })}>
      ${captions.map((track, index) => html`<track kind="captions" src=${track.src} srclang=${track.srclang} label=${track.label} ?default=${index === 0} />`)}
    </video>`;
  }

  #renderInstructor(person: CourseInstructorUser): TemplateResult {
    const href = fill(this.instructorHrefTemplate, { slug: person.instructor?.slug, id: person.id });
    const avatar = person.avatar && /^(https?:|data:|\/)/.test(person.avatar) ? person.avatar : undefined;
    return html`<li part="instructor" class="person">
      ${avatar ? html`<img part="avatar" class="avatar" src=${avatar} alt="" loading="lazy" />` : html`<span part="avatar" class="avatar" aria-hidden="true">${person.name.charAt(0)}</span>`}
      <span>
        <strong>${href && !href.includes('{') ? html`<a href=${href}>${person.name}</a>` : person.name}</strong>
        ${person.headline ? html`<br /><span class="muted">${person.headline}</span>` : nothing}
      </span>
    </li>`;
  }
}
