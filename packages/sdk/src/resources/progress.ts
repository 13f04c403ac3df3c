import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { CourseProgress, LectureProgress } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { LectureProgressParams } from '../schemas/params.js';

/** The signed-in learner's progress: per lecture, and through a whole course. */
export class Progress extends APIResource {
  /**
   * Retrieves the learner's progress through a course. `GET /courses/{id}/progress`
   *
   * When every lecture is complete the server completes the enrollment and issues the certificate.
   *
   * @example
   * ```ts
   * const { percent, lectures } = await ck.progress.retrieve(42);
   * ```
   */
  retrieve(courseId: number, options?: RequestOptions): Promise<CourseProgress> {
    return this._client.get(`courses/${segment(courseId)}/progress`, { ...options, schema: resource(CourseProgress) });
  }

  /**
   * Records how far the learner has watched a lecture. `PUT /lectures/{id}/progress`
   *
   * The server keeps the maximum it has seen, so sending a smaller value (after seeking back)
   * never loses progress. A lecture is complete at 90% of its duration.
   *
   * @example
   * ```ts
   * const progress = await ck.progress.update(9, { watched_seconds: Math.floor(video.currentTime) });
   * ```
   */
  update(lectureId: number, params: LectureProgressParams, options?: RequestOptions): Promise<LectureProgress> {
    return this._client.put(`lectures/${segment(lectureId)}/progress`, { ...options, body: params, schema: resource(LectureProgress) });
  }
}
