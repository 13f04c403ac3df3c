import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { courseHref } from '../../internal/course-view.js';
import { courseThumbnail, errorState } from '../../internal/templates.js';
import { learningQuery, type LearningRow } from './my-learning-data.js';
import { myLearningStyles } from './my-learning.styles.js';
import { myLearningMessages } from './my-learning.messages.js';

/** Which courses the list shows. */
export type MyLearningFilter = 'all' | 'in-progress' | 'completed';

const FILTERS: readonly MyLearningFilter[] = ['all', 'in-progress', 'completed'];
const FILTER_KEYS = { all: 'learningAll', 'in-progress': 'learningInProgress', completed: 'learningCompleted' } as const;

const matches = (row: LearningRow, filter: MyLearningFilter) => filter === 'all' || (filter === 'completed' ? row.status === 'completed' : row.status === 'active');

/**
 * @tag ckit-my-learning
 * @summary The signed-in learner's courses: progress, last activity and a resume link; the
 * certificate link of a completed course; refunded or cancelled enrollments marked as such; a
 * filter for courses in progress or completed; an empty state linking to the catalog. Updates
 * without a reload when the learner completes a lecture elsewhere on the page.
 * @status experimental
 *
 * @event {CkitErrorEvent} ckit-error - Loading failed. `detail: { error, operation }`.
 *
 * @csspart base - The element.
 * @csspart filters - The filter radio group.
 * @csspart filter - Each filter option (a label with its radio button).
 * @csspart list - The list of courses.
 * @csspart item - Each course.
 * @csspart image - The course's cover.
 * @csspart title - The course's title.
 * @csspart status - "Refunded", "Cancelled" or "Completed".
 * @csspart progress - The progress bar with its label.
 * @csspart last-activity - The last activity's date.
 * @csspart resume - The link to continue the course.
 * @csspart certificate - The link to the certificate.
 * @csspart empty - Shown when there is no course (or none matches the filter).
 * @csspart catalog-link - The empty state's link to the catalog.
 * @csspart sign-in - Shown to a visitor.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-my-learning learn-href-template="/learn.html?slug={slug}" certificate-href-template="/certificate.html?certificate={number}" catalog-href="/courses.html"></ckit-my-learning>
 * ```
 */
export class CkitMyLearning extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = myLearningStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = myLearningMessages;

  /** Where a course is continued; `{slug}` and `{id}` are replaced. */
  @property({ attribute: 'learn-href-template' }) learnHrefTemplate?: string;
  /** Where a certificate is shown; `{number}` is replaced. */
  @property({ attribute: 'certificate-href-template' }) certificateHrefTemplate?: string;
  /** The catalog, linked from the empty state. */
  @property({ attribute: 'catalog-href' }) catalogHref?: string;
  /** Heading level of each course's title (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** Which courses to show: `all`, `in-progress` or `completed`. The filter radio group sets it. */
  @property({ reflect: true }) filter: MyLearningFilter = 'all';

  readonly #learning = this.createTask('enrollments.list', () => [] as const, (_, { read }) => read(learningQuery));

  protected override render() {
    const i18n = this.i18n;
    const task = this.#learning;
    const rows = task.value;
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR && rows === undefined) body = errorState(i18n, task.error, () => void task.run());
    else if (rows === undefined) body = html`<div part="skeleton" class="skeleton list-skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else if (rows === null) body = html`<p part="sign-in" class="state panel">${i18n.t('learningSignIn')}</p>`;
    else if (!rows.length) body = this.#empty(i18n.t('learningEmpty'));
    else body = this.#renderList(rows);
    return html`<section part="base" class="${this.rootClass} learning" dir=${this.direction} lang=${i18n.locale} aria-label=${i18n.t('learningLabel')}>${body}</section>`;
  }

  #empty(message: string): TemplateResult {
    return html`<div part="empty" class="state panel">
      <p>${message}</p>
      ${this.catalogHref ? html`<a part="catalog-link" class="btn" href=${this.catalogHref}>${this.i18n.t('learningBrowse')}</a>` : nothing}
    </div>`;
  }

  #renderList(rows: LearningRow[]): TemplateResult {
    const i18n = this.i18n;
    const shown = rows.filter((row) => matches(row, this.filter));
    return html`<fieldset part="filters" class="filters">
        <legend class="sr-only">${i18n.t('learningFilter')}</legend>
        ${FILTERS.map(
          (filter) => html`<label part="filter" class="filter">
            <input type="radio" name="filter" value=${filter} .checked=${this.filter === filter} @change=${() => (this.filter = filter)} />
            ${i18n.t(FILTER_KEYS[filter])} <span class="count">(${i18n.number(rows.filter((row) => matches(row, filter)).length)})</span>
          </label>`,
        )}
      </fieldset>
      ${shown.length
        ? html`<ul part="list" class="list">${shown.map((row) => this.#renderRow(row))}</ul>`
        : this.#empty(i18n.t(this.filter === 'completed' ? 'learningNoneCompleted' : 'learningNoneInProgress'))}`;
  }

  #renderRow(row: LearningRow): TemplateResult {
    const i18n = this.i18n;
    const { course, status, certificate } = row;
    const title = course?.title ?? i18n.t('learningCourse', { id: row.courseId });
    const resume = status === 'active' || status === 'completed' ? course && courseHref(this.learnHrefTemplate, course) : undefined;
    const certificateHref = certificate && this.certificateHrefTemplate?.replace(/\{number\}/g, encodeURIComponent(certificate.certificate_number));
    return html`<li part="item" class="item panel ${status}">
      ${course ? courseThumbnail(course) : nothing}
      <div class="body">
        <div role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))} part="title" class="title">${title}</div>
        ${status === 'active' ? nothing : html`<span part="status" class="badge">${i18n.t(`learningStatus_${status}`)}</span>`}
        ${row.percent !== undefined && status !== 'refunded' && status !== 'cancelled'
          ? html`<div part="progress" class="progress">
              <progress max="100" .value=${row.percent} aria-label=${i18n.t('progressLabel')}></progress>
              <span>${i18n.t('progress', { percent: i18n.percent(row.percent) })}</span>
            </div>`
          : nothing}
        ${row.lastActivity ? html`<p part="last-activity" class="muted">${i18n.t('learningLastActivity', { date: i18n.date(row.lastActivity) })}</p>` : nothing}
        <div class="actions">
          ${resume
            ? html`<a part="resume" class="btn ${status === 'completed' ? 'btn-secondary' : ''}" href=${resume}
                >${i18n.t(status === 'completed' ? 'learningReview' : row.percent ? 'learningResume' : 'learningStart')}<span class="sr-only">: ${title}</span></a
              >`
            : nothing}
          ${certificateHref
            ? html`<a part="certificate" class="btn" href=${certificateHref}>${i18n.t('learningCertificate')}<span class="sr-only">: ${title}</span></a>`
            : nothing}
        </div>
      </div>
    </li>`;
  }
}
