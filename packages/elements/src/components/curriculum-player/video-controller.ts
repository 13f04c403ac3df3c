/**
 * The player's `<video>`: resumes at the learner's position with their speed, records the
 * position at most every 15 s while playing and on pause, at the end of a seek, when the page is
 * hidden and on `pagehide` (then with `keepalive`), and answers the keyboard shortcuts.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSpeed, saveSpeed } from './player-data.js';

/** Where the controller sends what the video does. */
export interface VideoSink {
  /** The learner reached `seconds` of `lectureId`; `keepalive` when the page is going away. */
  record(lectureId: number, seconds: number, duration: number | null, keepalive: boolean): void;
  /** The page is going away with nothing new to record: send what is queued, with `keepalive`. */
  flush(): void;
  /** The video played to its end. */
  ended(lectureId: number): void;
  /** Says what a shortcut changed (speed, captions) in the live region. */
  announce(what: 'speed' | 'captionsOn' | 'captionsOff', value?: number): void;
}

/** How often the position is written while playing. */
export const WRITE_INTERVAL = 15_000;
const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/** Whether a key event is typing in a field (shortcuts must leave it alone). */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0] as HTMLElement;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '');
}

/** Follows one `<video>` (given through `attach`, a `ref` callback) for the lecture set with `track()`. */
export class VideoController implements ReactiveController {
  readonly #sink: VideoSink;
  #video: HTMLVideoElement | undefined;
  #lecture = 0;
  #resume = 0;
  #user = 0;
  #written = 0;
  #lastWrite = 0;
  readonly #events: Record<string, (event: Event) => void> = {
    loadedmetadata: () => {
      const video = this.#video!;
      video.playbackRate = loadSpeed(this.#user);
      if (this.#resume > 0 && this.#resume < video.duration - 3) {
        this.#written = Math.floor(this.#resume);
        video.currentTime = this.#resume;
      }
    },
    play: () => (this.#lastWrite = performance.now()),
    timeupdate: () => {
      if (!this.#video!.paused && performance.now() - this.#lastWrite >= WRITE_INTERVAL) this.#write();
    },
    pause: () => this.#write(),
    seeked: () => this.#write(),
    ratechange: () => saveSpeed(this.#user, this.#video!.playbackRate),
    ended: () => this.#sink.ended(this.#lecture),
  };
  readonly #hidden = () => document.visibilityState === 'hidden' && this.#write();
  readonly #pagehide = () => this.#write(true);

  constructor(host: ReactiveControllerHost, sink: VideoSink) {
    this.#sink = sink;
    host.addController(this);
  }

  /** The lecture the video plays now, where to resume it, and whose speed to use. */
  track(lectureId: number, resumeAt: number, userId: number): void {
    if (lectureId === this.#lecture) return;
    this.#write();
    this.#lecture = lectureId;
    this.#resume = resumeAt;
    this.#user = userId;
    // Where the video starts counts as written: leaving a video nobody played (another lecture,
    // the player re-rendering on sign-in) records nothing.
    this.#written = 0;
  }

  /** The `ref` callback of the `<video>`. */
  readonly attach = (element?: Element): void => {
    const video = element as HTMLVideoElement | undefined;
    if (video === this.#video) return;
    this.#write();
    this.#listen(false);
    this.#video = video;
    this.#listen(true);
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#hidden);
    addEventListener('pagehide', this.#pagehide);
  }

  hostDisconnected(): void {
    this.#write();
    document.removeEventListener('visibilitychange', this.#hidden);
    removeEventListener('pagehide', this.#pagehide);
  }

  /** The keyboard shortcuts: space, arrows, `f`, `m`, `c`, `<` and `>`. */
  readonly keydown = (event: KeyboardEvent): void => {
    const video = this.#video;
    if (!video || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    const target = event.composedPath()[0] as Element;
    const step = (delta: number) => Math.min(video.duration || 0, Math.max(0, video.currentTime + delta));
    switch (event.key) {
      case ' ':
        // Space presses a focused button or link, and the browser's own controls take it on the
        // focused video (on keyup, too late to cancel); elsewhere in the lecture it plays and pauses.
        if (target === video || target.closest('button, a, summary, iframe')) return;
        if (video.paused) void video.play().catch(() => undefined);
        else video.pause();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        video.currentTime = step(event.key === 'ArrowLeft' ? -5 : 5);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        video.volume = Math.min(1, Math.max(0, video.volume + (event.key === 'ArrowUp' ? 0.1 : -0.1)));
        break;
      case 'f':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void video.requestFullscreen?.().catch(() => undefined);
        break;
      case 'm':
        video.muted = !video.muted;
        break;
      case 'c': {
        const track = video.textTracks[0];
        if (!track) return;
        track.mode = track.mode === 'showing' ? 'hidden' : 'showing';
        this.#sink.announce(track.mode === 'showing' ? 'captionsOn' : 'captionsOff');
        break;
      }
      case '<':
      case '>': {
        const index = SPEEDS.findIndex((speed) => speed >= video.playbackRate);
        video.playbackRate = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? SPEEDS.length - 1 : index) + (event.key === '<' ? -1 : 1)))]!;
        this.#sink.announce('speed', video.playbackRate);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  #listen(on: boolean): void {
    for (const [type, listener] of Object.entries(this.#events)) this.#video?.[on ? 'addEventListener' : 'removeEventListener'](type, listener);
  }

  #write(keepalive = false): void {
    const video = this.#video && this.#lecture && this.#video.readyState > 0 ? this.#video : undefined;
    const seconds = video ? Math.floor(video.currentTime) : this.#written;
    // Nothing new (no video, one nobody played, or a position already queued): no write, though a
    // page going away still sends what the outbox holds.
    if (!video || seconds === this.#written) return keepalive ? this.#sink.flush() : undefined;
    this.#written = seconds;
    this.#lastWrite = performance.now();
    this.#sink.record(this.#lecture, seconds, Number.isFinite(video.duration) ? video.duration : null, keepalive);
  }
}
