/**
 * The learner's progress as the player shows it: the server's answer, plus what this device
 * recorded since (shown at once, kept in the outbox while offline), reconciled with each write the
 * server takes or refuses.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseProgress, LectureProgress } from '@coursekit/sdk';
import { outboxOf, type Outbox, type OutboxEntry, type OutboxStatus } from '../../data/outbox.js';
import type { CoursekitStore } from '../../data/store.js';
import { CkitLectureCompleteEvent, type CkitLectureCompleteEventDetail } from '../../events/lecture-complete.js';
import { CkitProgressEvent } from '../../events/progress.js';
import type { PlayerLecture } from './player-data.js';

/** A lecture's progress: seconds watched, and whether it is complete. */
export interface LectureState {
  watched: number;
  completed: boolean;
}

type Reason = CkitLectureCompleteEventDetail['reason'];

/** What the tracker tells its element. */
export interface ProgressCallbacks {
  emit(event: Event): boolean;
  /** A write could not be queued (nobody signed in any more). */
  failedToQueue(error: unknown): void;
  /** A lecture just became complete on this device. */
  completed(lectureId: number): void;
}

/** Tracks one course's progress for its element. */
export class ProgressTracker implements ReactiveController {
  /** The write the server refused for good, if any (shown until the next one succeeds). */
  failure: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #on: ProgressCallbacks;
  readonly #local = new Map<number, LectureState>();
  #server = new Map<number, CourseProgress['lectures'][number]>();
  #outbox: Outbox | undefined;
  #store: CoursekitStore | undefined;
  #course = 0;

  constructor(host: ReactiveControllerHost, callbacks: ProgressCallbacks) {
    this.#host = host;
    this.#on = callbacks;
    host.addController(this);
  }

  /** The course, store and server progress in effect; no store while the viewer is not enrolled (nothing is written). */
  use(courseId: number, store: CoursekitStore | undefined, server: CourseProgress | undefined): void {
    this.#course = courseId;
    this.#store = store;
    if (server) this.#server = new Map(server.lectures.map((row) => [row.lecture_id, row]));
    this.#follow(store && outboxOf(store));
  }

  /** Whether the outbox has everything on the server, is sending, or keeps writes on this device. */
  get status(): OutboxStatus | undefined {
    return this.#outbox?.status;
  }

  /** What the learner did on `lectureId`, as far as the server and this device know. */
  state(lectureId: number): LectureState {
    const server = this.#server.get(lectureId);
    const local = this.#local.get(lectureId);
    return { watched: Math.max(server?.watched_seconds ?? 0, local?.watched ?? 0), completed: !!server?.completed || !!local?.completed };
  }

  /** Records a video position (fires `ckit-progress`; 90 % of the duration completes the lecture). */
  record(lecture: PlayerLecture, seconds: number, duration: number | null, keepalive: boolean): void {
    const outbox = this.#outbox;
    if (!outbox) return;
    outbox.recordProgress(lecture.id, seconds, this.#course).catch((error: unknown) => this.#on.failedToQueue(error));
    if (keepalive) this.flush();
    const local = this.state(lecture.id);
    this.#local.set(lecture.id, { ...local, watched: Math.max(local.watched, seconds) });
    this.#on.emit(new CkitProgressEvent({ courseId: this.#course, lectureId: lecture.id, watchedSeconds: seconds, durationSeconds: duration }));
    const limit = lecture.duration_seconds || duration;
    if (limit && seconds >= 0.9 * limit) this.#done(lecture.id, 'watched');
  }

  /** The page is going away: sends what is queued now, with `keepalive`, so it outlives the page. */
  flush(): void {
    void this.#outbox?.flush({ keepalive: true });
  }

  /** Writes a completion: the whole duration watched (any write completes a lecture without one). */
  complete(lecture: PlayerLecture, reason: Reason): void {
    if (!this.#outbox) return;
    this.#outbox.complete(lecture.id, lecture.duration_seconds, this.#course).catch((error: unknown) => this.#on.failedToQueue(error));
    this.#done(lecture.id, reason);
  }

  hostDisconnected(): void {
    this.#follow(undefined);
  }

  /** Shows a completion at once; the server's answer reconciles it. */
  #done(lectureId: number, reason: Reason): void {
    const local = this.state(lectureId);
    this.#local.set(lectureId, { ...local, completed: true });
    this.#host.requestUpdate();
    if (local.completed) return;
    this.#on.completed(lectureId);
    this.#on.emit(new CkitLectureCompleteEvent({ courseId: this.#course, lectureId, reason }));
  }

  readonly #onOutbox = (event: Event): void => {
    const detail = (event as CustomEvent<{ entry: OutboxEntry; result?: LectureProgress; error?: unknown }>).detail;
    if (detail?.entry.kind === 'progress' && detail.entry.course === this.#course) {
      const { entry, result } = detail;
      const local = this.#local.get(entry.lecture);
      if (event.type === 'failed') {
        this.#local.delete(entry.lecture);
        this.failure = detail.error;
      } else if (result && local && (entry.complete || entry.watched >= local.watched)) {
        // The latest write the server took decides (it may refuse a completion the device assumed).
        this.#local.set(entry.lecture, { watched: Math.max(local.watched, result.watched_seconds), completed: !!result.completed });
      }
    }
    this.#host.requestUpdate();
  };

  #follow(outbox: Outbox | undefined): void {
    if (outbox === this.#outbox) return;
    for (const type of ['change', 'applied', 'failed']) {
      this.#outbox?.removeEventListener(type, this.#onOutbox);
      outbox?.addEventListener(type, this.#onOutbox);
    }
    this.#outbox = outbox;
  }
}
