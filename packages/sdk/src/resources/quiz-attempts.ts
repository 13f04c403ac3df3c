import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { QuizAttempt } from '../generated/validators.js';
import { collection, resource } from '../core/validator.js';
import type { QuizAttemptCreateParams } from '../schemas/params.js';

/** Quiz attempts of the signed-in learner, graded by the server only. */
export class QuizAttempts extends APIResource {
  /**
   * Submits answers to a quiz and returns the graded attempt: `score` (a percentage) and a
   * verdict per question. `POST /quizzes/{id}/attempts`
   *
   * `responses` maps each question id to the learner's answer.
   *
   * @example
   * ```ts
   * const attempt = await ck.quizAttempts.create(20, { responses: { 21: true, 22: 'string', 23: ['a', 'c'] } });
   * console.log(attempt.score, attempt.results?.filter((result) => !result.correct));
   * ```
   */
  create(quizId: number, params: QuizAttemptCreateParams, options?: RequestOptions): Promise<QuizAttempt> {
    return this._client.post(`quizzes/${segment(quizId)}/attempts`, { ...options, body: params, schema: resource(QuizAttempt) });
  }

  /**
   * Lists the signed-in learner's attempts at a quiz. `GET /quizzes/{id}/attempts`
   *
   * @example
   * ```ts
   * const attempts = await ck.quizAttempts.list(20);
   * ```
   */
  list(quizId: number, options?: RequestOptions): Promise<QuizAttempt[]> {
    return this._client.get(`quizzes/${segment(quizId)}/attempts`, { ...options, schema: collection(QuizAttempt) });
  }
}
