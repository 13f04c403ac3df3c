/**
 * The syllabus's preview dialog: a native modal `<dialog>` (top layer, so no stacking context of
 * the host page can hide it; the page behind is inert; Escape closes it) that plays one preview
 * lecture: its video file with captions, a YouTube or Vimeo video behind a click-to-load facade
 * (nothing is requested from either site before the click), or its sanitized text.
 *
 * @module
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lecture } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';
import { captionsOf, crossOriginOf, embedUrl, videoOf, type LectureWithMedia } from '../../internal/lecture-media.js';
import { safeHtml } from '../../internal/sanitize.js';

/** Opens, renders and closes the preview of one lecture at a time. */
export class LecturePreview implements ReactiveController {
  /** The lecture on show, while the dialog is open. */
  lecture: Lecture | undefined;
  /** Whether the learner asked to load the external video (the facade was pressed). */
  #embedLoaded = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where focus goes back to once the dialog closes: the lecture's Preview button. */
    private readonly opener: (lecture: Lecture) => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.lecture = undefined;
  }

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  /** Shows `lecture` in the modal dialog. */
  async open(lecture: Lecture): Promise<void> {
    this.lecture = lecture;
    this.#embedLoaded = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog; the lecture's content leaves the page (a video stops). */
  close(): void {
    this.#dialog?.close();
  }

  readonly #onClose = (): void => {
    const lecture = this.lecture;
    this.lecture = undefined;
    this.host.requestUpdate();
    if (lecture) void this.host.updateComplete.then(() => this.opener(lecture)?.focus());
  };

  async #loadEmbed(): Promise<void> {
    this.#embedLoaded = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The facade button that had focus is gone: focus the player, not the page's body.
    this.#dialog?.querySelector('iframe')?.focus();
  }

  render(i18n: Localizer): TemplateResult {
    const lecture = this.lecture as LectureWithMedia | undefined;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="preview-title" @close=${this.#onClose}>
      ${lecture
        ? html`<div class="dialog-head">
              <h2 id="preview-title" part="dialog-title">${lecture.title}</h2>
              <button type="button" part="close-button" class="btn btn-secondary" autofocus @click=${() => this.close()}>${i18n.t('previewClose')}</button>
            </div>
            <div part="preview" class="preview">${this.#renderMedia(i18n, lecture)}${lecture.content ? html`<div class="content">${safeHtml(lecture.content)}</div>` : nothing}</div>`
        : nothing}
    </dialog>`;
  }

  #renderMedia(i18n: Localizer, lecture: LectureWithMedia): TemplateResult | typeof nothing {
    const video = videoOf(lecture);
    if (video) {
      const captions = captionsOf(lecture);
      return html`<video part="video" controls preload="metadata" crossorigin=${crossOriginOf(captions) ?? nothing} src=${video.src}>
        ${captions.map((track, index) => html`<track kind="captions" src=${track.src} srclang=${track.srclang} label=${track.label} ?default=${index === 0} />`)}
      </video>`;
    }
    const embed = embedUrl(lecture);
    if (embed) {
      const host = new URL(embed).hostname.includes('vimeo') ? 'Vimeo' : 'YouTube';
      return this.#embedLoaded
        ? html`<iframe part="embed" src=${embed} title=${lecture.title} allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`
        : html`<div class="facade">
            <button type="button" part="facade" class="btn" @click=${() => void this.#loadEmbed()}>${i18n.t('previewPlay')}</button>
            <p class="muted">${i18n.t('previewLoadsFrom', { host })}</p>
          </div>`;
    }
    return lecture.content ? nothing : html`<p class="muted">${i18n.t('previewUnavailable')}</p>`;
  }
}
