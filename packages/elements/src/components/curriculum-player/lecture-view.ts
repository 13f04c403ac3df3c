/**
 * The body of the open lecture, by type: a video (or a YouTube / Vimeo embed behind a
 * click-to-load facade), sanitized text, a file to download, the quiz, an assignment; or, for a
 * locked lecture, why it is locked and the call to enroll.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Localizer } from '../../i18n/localizer.js';
import { crossOriginOf } from '../../internal/lecture-media.js';
import { safeHtml } from '../../internal/sanitize.js';
import { icon } from './outline.js';
import type { LectureMedia, PlayerLecture } from './player-data.js';
import type { VideoController } from './video-controller.js';

/** What the lecture view needs from the player. */
export interface LectureViewContext {
  readonly i18n: Localizer;
  readonly lecture: PlayerLecture;
  readonly media: LectureMedia;
  readonly locked: boolean;
  readonly lockReason: string;
  /** Whether the learner can record progress (enrolled). */
  readonly tracked: boolean;
  readonly completed: boolean;
  /** Whether the learner asked for this lecture's embed. */
  readonly embedLoaded: boolean;
  readonly enrollHref: string | undefined;
  readonly video: VideoController;
  loadEmbed(): void;
  complete(): void;
  enroll(event: Event): void;
  quizGraded(event: Event): void;
}

function fileSize(i18n: Localizer, bytes: number): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(i18n.locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** "Mark complete", which stays focusable (and says "Completed") once done. */
function markComplete(context: LectureViewContext): TemplateResult | typeof nothing {
  if (!context.tracked) return nothing;
  const { i18n, completed } = context;
  return html`<button type="button" part="complete-button" class="btn${completed ? ' btn-secondary' : ''}" aria-disabled=${completed ? 'true' : 'false'} @click=${() => !completed && context.complete()}>
    ${completed ? html`${icon('done')}${i18n.t('playerCompleted')}` : i18n.t('playerMarkComplete')}
  </button>`;
}

function content(lecture: PlayerLecture): TemplateResult | typeof nothing {
  return lecture.content ? html`<div part="content" class="content">${safeHtml(lecture.content)}</div>` : nothing;
}

function video(context: LectureViewContext): TemplateResult {
  const { i18n, lecture, media } = context;
  if (media.embed) {
    const { provider, src } = media.embed;
    const player = context.embedLoaded
      ? html`<iframe part="embed" class="frame" src=${src} title=${lecture.title} allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`
      : html`<button type="button" part="embed-facade" class="frame facade" @click=${context.loadEmbed}>
          ${icon('video')}<span>${i18n.t('playerLoadEmbed', { provider })}</span>
        </button>`;
    return html`${player}<p class="muted">${i18n.t('playerEmbedNotice', { provider })}</p>${markComplete(context)}`;
  }
  if (!media.video) return html`<p part="empty" class="state panel">${i18n.t('playerNoMedia')}</p>`;
  return html`<video part="video" class="frame" controls preload="metadata" playsinline crossorigin=${crossOriginOf(media.captions) ?? nothing} src=${media.video} ${ref(context.video.attach)}>
      ${media.captions.map((track) => html`<track kind=${track.kind ?? 'captions'} src=${track.src} srclang=${track.srclang} label=${track.label} />`)}
    </video>
    ${content(lecture)}`;
}

function file(context: LectureViewContext): TemplateResult {
  const { i18n, media } = context;
  const item = media.file;
  const details = item && [item.type, item.size === null ? null : fileSize(i18n, item.size)].filter(Boolean).join(', ');
  return html`${content(context.lecture)}
    ${item
      ? html`<p part="file" class="file">
          <a part="download" class="btn btn-secondary" href=${item.url} download=${item.name} @click=${() => context.tracked && !context.completed && context.complete()}>
            ${icon('file')}${i18n.t('playerDownload', { name: item.name })}
          </a>
          ${details ? html`<span class="muted">${details}</span>` : nothing}
        </p>`
      : html`<p part="empty" class="state panel">${i18n.t('playerNoFile')}</p>`}
    ${markComplete(context)}`;
}

/** The open lecture's body. */
export function lectureBody(context: LectureViewContext): TemplateResult {
  const { i18n, lecture } = context;
  if (context.locked) {
    const cta = i18n.t('playerEnroll');
    return html`<div part="locked" class="state panel">
      ${icon('lock')}<strong>${i18n.t('playerLockedTitle')}</strong>
      <p>${context.lockReason}</p>
      ${context.enrollHref
        ? html`<a part="enroll-button" class="btn" href=${context.enrollHref} @click=${context.enroll}>${cta}</a>`
        : html`<button type="button" part="enroll-button" class="btn" @click=${context.enroll}>${cta}</button>`}
    </div>`;
  }
  switch (lecture.type) {
    case 'video':
      return video(context);
    case 'file':
      return file(context);
    case 'quiz':
      return html`${content(lecture)}
        ${lecture.quiz_id ? html`<ckit-quiz part="quiz" quiz-id=${lecture.quiz_id} @ckit-quiz-graded=${context.quizGraded}></ckit-quiz>` : markComplete(context)}`;
    default:
      return html`${content(lecture)}${markComplete(context)}`;
  }
}
