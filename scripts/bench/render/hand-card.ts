/**
 * The floor the card is measured against: the same markup, styles and formatting as
 * `<ckit-course-card>` written by hand with lit-html, each card in its own shadow root.
 *
 * @module
 */
import { html, nothing, render, svg, type TemplateResult } from 'lit';
import type { Course } from '@coursekit/sdk';
import { Localizer } from '../../../packages/elements/src/i18n/localizer.js';
import { courseImage, instructorNames, isFree } from '../../../packages/elements/src/internal/course-view.js';
import { courseThumbnail, stars } from '../../../packages/elements/src/internal/templates.js';
import { sharedStyles } from '../../../packages/elements/src/styles/shared.js';
import { progressStyles } from '../../../packages/elements/src/styles/progress.js';
import { starStyles } from '../../../packages/elements/src/styles/stars.js';
import { themeStyles } from '../../../packages/elements/src/styles/theme.js';
import { courseCardStyles } from '../../../packages/elements/src/components/course-card/course-card.styles.js';
import { wishlistToggleStyles } from '../../../packages/elements/src/components/wishlist-button/wishlist-button.styles.js';

const HEART = svg`<path d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8 3.6 4.5 7.1 4.5c2 0 3.6 1.1 4.9 2.9 1.3-1.8 2.9-2.9 4.9-2.9 3.5 0 5.6 3.5 4.4 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"/>`;

/**
 * The card's style sheets, in the order the element adopts them (`render-page.ts` checks the
 * element adopts exactly these): every shadow root matches the same rules.
 */
export const cardStyles = [themeStyles, sharedStyles, starStyles, progressStyles, wishlistToggleStyles, courseCardStyles];

/** The card's markup for `course` with `href-template="/courses/{slug}"`, with the heart toggle inline. */
export function handCard(course: Course, i18n: Localizer = Localizer.for('en', 'USD')): TemplateResult {
  const names = instructorNames(course);
  const free = isFree(course.price);
  const cover = courseImage(course);
  const label = i18n.t('wishlistToggle');
  return html`<article part="base" class="ckit-root theme-light card panel" dir="ltr" lang=${i18n.locale}>
    <div class="layout">
      <div part="media" class="media">
        ${cover ? html`<img class="backdrop" src=${cover} alt="" loading="lazy" decoding="async" />` : nothing}
        <slot name="media">${courseThumbnail(course)}</slot>
      </div>
      <div part="body" class="body">
        <div part="badges" class="badges">
          ${course.is_featured ? html`<span part="badge" class="badge">${i18n.t('featured')}</span>` : nothing}
          <slot name="badges"></slot>
        </div>
        <div part="title" class="title" role="heading" aria-level="3">
          <a part="link" class="stretched-link" href=${`/courses/${course.slug}`}>${course.title}</a>
        </div>
        ${course.short_description ? html`<p part="description" class="description">${course.short_description}</p>` : nothing}
        ${names.length ? html`<p part="instructors" class="instructors">${i18n.t('byInstructors', { names: i18n.list(names) })}</p>` : nothing}
        <div part="rating" class="rating">
          <span class="rating-value" aria-hidden="true">${i18n.rating(course.rating)}</span>
          ${stars(i18n, course.rating)}
          <span class="muted">${i18n.t('students', { count: course.student_count })}</span>
        </div>
        <ul part="meta" class="meta">
          <li>${i18n.t(`level_${course.level}`)}</li>
          ${course.duration_minutes ? html`<li>${i18n.duration(course.duration_minutes)}</li>` : nothing}
          <li>${i18n.t('lectures', { count: course.lecture_count })}</li>
        </ul>
        <div part="footer" class="footer">
          <span><span part="price" class="price">${free ? i18n.t('free') : i18n.money(course.price)}</span></span>
          <div part="wishlist-toggle" class="wishlist-toggle compact">
            <button type="button" part="wishlist" class="toggle" aria-busy="false" title=${label}>
              <svg part="wishlist-icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${HEART}</svg>
              <span part="wishlist-label" class="sr-only">${label}</span>
            </button>
            <span part="wishlist-message" class="message" role="status"></span>
          </div>
        </div>
        <slot name="footer"></slot>
      </div>
    </div>
  </article>`;
}

/** Gives `host` a shadow root with the card's style sheets and renders `handCard` into it. */
export function renderHandCard(host: HTMLElement, course: Course, i18n: Localizer = Localizer.for('en', 'USD')): void {
  host.className = 'hand-card';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = cardStyles.map((style) => style.styleSheet!);
  render(handCard(course, i18n), root);
}

/** Appends one shadow host per course to `container` and renders `handCard` into each. */
export function renderHandCards(container: Element, courses: readonly Course[]): void {
  const i18n = Localizer.for('en', 'USD');
  for (const course of courses) {
    const host = document.createElement('div');
    container.append(host);
    renderHandCard(host, course, i18n);
  }
}
