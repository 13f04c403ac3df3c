import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isNotFoundError, type Instructor } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { isHtml, safeHtml } from '../../internal/sanitize.js';
import { errorState } from '../../internal/templates.js';
import { instructorCoursesQuery, instructorQuery } from './instructor-profile-data.js';
import { instructorProfileStyles } from './instructor-profile.styles.js';
import { instructorProfileMessages } from './instructor-profile.messages.js';

/** Defines `<ckit-course-card>`, which the courses render with, once its code has loaded. */
const loadCards = async (): Promise<void> => (await import('../course-card/course-card.component.js')).CkitCourseCard.define('ckit-course-card');

/**
 * @tag ckit-instructor-profile
 * @summary An instructor's public profile: avatar, name, headline, company, website and bio,
 * with the courses they teach as cards. For an instructor page, or for each instructor of a
 * course page.
 * @status experimental
 *
 * @event {CkitErrorEvent} ckit-error - The profile or the courses could not be loaded. `detail: { error, operation }`.
 * @event {CkitNavigateRequestEvent} ckit-navigate-request - From a course card: the visitor follows its link. Cancelable.
 *
 * @csspart base - The profile.
 * @csspart header - Avatar, name, headline, company and website.
 * @csspart avatar - The instructor's photo, or their initial.
 * @csspart name - The instructor's name (a heading).
 * @csspart headline - The instructor's headline.
 * @csspart company - The instructor's company.
 * @csspart website - The link to the instructor's website.
 * @csspart bio - The biography.
 * @csspart courses - The instructor's courses.
 * @csspart courses-heading - The "Courses by …" heading.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-instructor-profile instructor-slug="marcus-chen" course-href-template="/courses/{slug}"></ckit-instructor-profile>
 * ```
 */
export class CkitInstructorProfile extends CoursekitElement {
  /** The profile's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = instructorProfileStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = instructorProfileMessages;

  /** The instructor's profile slug (`instructors.slug`), e.g. from an instructor page's URL. */
  @property({ attribute: 'instructor-slug' }) instructorSlug?: string;

  /** Heading level of the instructor's name (1–5); "Courses by …" is one level below, each card's title two. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How many of their courses to show as cards, most popular first; `0` shows none (e.g. on a course page). */
  @property({ attribute: 'max-courses', type: Number }) maxCourses = 6;

  /** Link of each course card, with `{id}` and `{slug}`, e.g. `/courses/{slug}`. */
  @property({ attribute: 'course-href-template' }) courseHrefTemplate?: string;

  readonly #profile = this.createTask('instructors.retrieve', () => [this.instructorSlug] as const, async ([slug], { read }) => {
    if (!slug) throw Object.assign(new Error(`<${this.localName}> needs an instructor-slug.`), { name: 'MissingInstructorError' });
    return read(instructorQuery(slug));
  });

  readonly #courses = this.createTask(
    'instructors.courses',
    () => (this.#profile.value && this.maxCourses > 0 ? ([this.instructorSlug!, this.maxCourses] as const) : undefined),
    async ([slug, limit], { read }) => {
      // The cards' code comes with the courses, in parallel: a profile without them (a course page's) never loads it.
      const [courses] = await Promise.all([read(instructorCoursesQuery(slug, limit)), loadCards()]);
      return courses.data;
    },
  );

  protected override render() {
    const i18n = this.i18n;
    const profile = this.#profile.value;
    const error = this.#profile.error;
    let body: TemplateResult;
    if (profile) body = this.#renderProfile(profile);
    else if (error === undefined) body = html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else if (isNotFoundError(error) || (error as Error).name === 'MissingInstructorError')
      body = html`<div part="error" class="state panel" role="alert"><strong>${i18n.t('instructorNotFoundTitle')}</strong><p>${i18n.t('instructorNotFound')}</p></div>`;
    else body = errorState(i18n, error, () => void this.#profile.run());
    return html`<div part="base" class="${this.rootClass} profile" dir=${this.direction} lang=${i18n.locale}>${body}</div>`;
  }

  #renderProfile(profile: Instructor): TemplateResult {
    const i18n = this.i18n;
    const user = profile.user;
    const name = user?.name ?? profile.slug ?? '';
    const level = Math.min(5, Math.max(1, this.headingLevel));
    const avatar = user?.avatar && /^(https?:|data:|\/)/.test(user.avatar) ? user.avatar : undefined;
    const website = profile.website && /^https?:\/\//.test(profile.website) ? profile.website : undefined;
    const bio = profile.bio ?? user?.bio;
    const courses = this.#courses.value;
    return html`<div part="header" class="header">
        ${avatar ? html`<img part="avatar" class="avatar" src=${avatar} alt="" />` : html`<span part="avatar" class="avatar" aria-hidden="true">${name.charAt(0)}</span>`}
        <div class="who">
          <div part="name" class="name" role="heading" aria-level=${level}>${name}</div>
          ${user?.headline ? html`<p part="headline" class="headline">${user.headline}</p>` : nothing}
          ${profile.company ? html`<p part="company" class="muted">${profile.company}</p>` : nothing}
          ${website
            ? html`<a part="website" href=${website} rel="noopener noreferrer ugc" target="_blank">${i18n.t('instructorWebsite')}<span class="sr-only"> (${new URL(website).hostname})</span></a>`
            : nothing}
        </div>
      </div>
      ${bio ? (isHtml(bio) ? html`<div part="bio" class="bio">${safeHtml(bio)}</div>` : html`<div part="bio" class="bio plain">${bio}</div>`) : nothing}
      ${this.maxCourses > 0
        ? html`<section part="courses" class="courses" aria-labelledby="courses-heading">
            <div part="courses-heading" id="courses-heading" class="subheading" role="heading" aria-level=${level + 1}>${i18n.t('instructorCourses', { name })}</div>
            ${this.#courses.error !== undefined && !courses
              ? errorState(i18n, this.#courses.error, () => void this.#courses.run())
              : !courses
                ? html`<div class="skeleton cards" aria-busy="true"></div>`
                : courses.length
                  ? html`<ul class="grid">
                      ${courses.map(
                        (course) =>
                          html`<li><ckit-course-card .course=${course} href-template=${this.courseHrefTemplate ?? nothing} heading-level=${Math.min(6, level + 2)}></ckit-course-card></li>`,
                      )}
                    </ul>`
                  : html`<p class="muted">${i18n.t('instructorNoCourses')}</p>`}
          </section>`
        : nothing}`;
  }
}
