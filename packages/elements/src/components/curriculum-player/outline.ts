/**
 * The player's outline: sections (collapsible) and their lectures as nested lists of buttons,
 * each with its type, duration and state. Plain `map` over plain elements, with one delegated
 * click handler on the list: a 200-lecture course renders 200 `<li>`s and nothing more.
 *
 * @module
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { LectureType, Section } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';
import { clock, type PlayerLecture } from './player-data.js';

/** What the outline needs from the player. */
export interface OutlineContext {
  readonly i18n: Localizer;
  /** Heading level of the section titles. */
  readonly level: number;
  readonly sections: readonly Section[];
  readonly current: number | undefined;
  readonly collapsed: ReadonlySet<number>;
  /** Whether the learner may open a lecture, and why not. */
  locked(lecture: PlayerLecture): boolean;
  completed(lecture: PlayerLecture): boolean;
  /** Why locked lectures are locked (not enrolled, or not signed in either). */
  readonly lockReason: string;
  /** Whether the viewer only previews the course (preview lectures get a badge). */
  readonly previewing: boolean;
}

const ICONS: Record<LectureType | 'done' | 'lock', SVGTemplateResult> = {
  video: svg`<path d="M8 5v14l11-7z"/>`,
  text: svg`<path d="M5 5h14M5 10h14M5 15h14M5 20h9" fill="none" stroke="currentColor" stroke-width="2"/>`,
  file: svg`<path d="M12 3v12m-5-5 5 5 5-5M5 20h14" fill="none" stroke="currentColor" stroke-width="2"/>`,
  quiz: svg`<path d="M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .8-1 1.5V15m0 3v.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  assignment: svg`<path d="M4 20h4L19 9l-4-4L4 16zM14 6l4 4" fill="none" stroke="currentColor" stroke-width="2"/>`,
  done: svg`<path d="m5 12 5 5 9-10" fill="none" stroke="currentColor" stroke-width="2.5"/>`,
  lock: svg`<path d="M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z" fill="none" stroke="currentColor" stroke-width="2"/>`,
};

/** An icon of the outline (decorative: its meaning is in text next to it). */
export const icon = (name: keyof typeof ICONS): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICONS[name]}</svg>`;

/** The outline's sections and lectures. */
export function outline(context: OutlineContext): TemplateResult {
  const { i18n, current, collapsed } = context;
  const lecture = (item: PlayerLecture) => {
    const locked = context.locked(item);
    const done = !locked && context.completed(item);
    return html`<li>
      <button type="button" part="lecture-item" class="item${done ? ' done' : ''}${locked ? ' locked' : ''}" data-lecture=${item.id} aria-current=${item.id === current ? 'true' : nothing} title=${locked ? context.lockReason : nothing}>
        ${icon(item.type)}
        <span class="item-title">${item.title}<span class="sr-only">, ${i18n.t(`playerType_${item.type}`)}</span></span>
        ${context.previewing && item.is_preview ? html`<span class="badge">${i18n.t('playerPreview')}</span>` : nothing}
        ${item.duration_seconds ? html`<span class="muted">${clock(item.duration_seconds)}</span>` : nothing}
        ${done ? html`${icon('done')}<span class="sr-only">, ${i18n.t('playerCompleted')}</span>` : nothing}
        ${locked ? html`${icon('lock')}<span class="sr-only">, ${i18n.t('playerLocked')}: ${context.lockReason}</span>` : nothing}
      </button>
    </li>`;
  };
  return html`<ol class="sections">
    ${context.sections.map((section) => {
      const lectures = section.lectures ?? [];
      const open = !collapsed.has(section.id);
      const done = lectures.filter((item) => !context.locked(item) && context.completed(item)).length;
      return html`<li part="section" class="section">
        <div role="heading" aria-level=${context.level} class="section-head">
          <button type="button" part="section-toggle" class="section-toggle" data-section=${section.id} aria-expanded=${open ? 'true' : 'false'} aria-controls="section-${section.id}">
            <span class="section-title">${section.title}</span>
            <span part="section-progress" class="muted">${i18n.t('playerSectionProgress', { done: i18n.number(done), total: i18n.number(lectures.length) })}</span>
          </button>
        </div>
        <ol id="section-${section.id}" class="lectures" ?hidden=${!open}>${lectures.map(lecture)}</ol>
      </li>`;
    })}
  </ol>`;
}
