import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Quiz, QuizQuestionWithAnswer } from '../generated/validators.js';
import { anyBody, collection, resource } from '../core/validator.js';
import type { QuizCreateParams, QuizQuestionCreateParams, QuizQuestionUpdateParams, QuizUpdateParams } from '../schemas/params.js';

/**
 * Quizzes. Reads give the learner view: questions never carry an `answer`, even when a
 * misconfigured backend sends one. Instructors manage answers through `quizQuestions`.
 */
export class Quizzes extends APIResource {
  /**
   * Retrieves a quiz with its questions, without answers. `GET /quizzes/{id}`
   *
   * @example
   * ```ts
   * const quiz = await ck.quizzes.retrieve(20);
   * for (const question of quiz.questions ?? []) console.log(question.question, question.options);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Quiz> {
    return this._client.get(`quizzes/${segment(id)}`, { ...options, schema: resource(Quiz) });
  }

  /**
   * Lists the quizzes of a course. `GET /courses/{id}/quizzes`
   *
   * @example
   * ```ts
   * const quizzes = await ck.quizzes.list(42);
   * ```
   */
  list(courseId: number, options?: RequestOptions): Promise<Quiz[]> {
    return this._client.get(`courses/${segment(courseId)}/quizzes`, { ...options, schema: collection(Quiz) });
  }

  /**
   * Adds a quiz to a course (instructor or admin); add questions with `quizQuestions.create()`.
   * `POST /courses/{id}/quizzes`
   *
   * @example
   * ```ts
   * const quiz = await ck.quizzes.create(42, { title: 'Checkpoint' });
   * ```
   */
  create(courseId: number, params: QuizCreateParams, options?: RequestOptions): Promise<Quiz> {
    return this._client.post(`courses/${segment(courseId)}/quizzes`, { ...options, body: params, schema: resource(Quiz) });
  }

  /**
   * Renames a quiz. `PATCH /quizzes/{id}`
   *
   * @example
   * ```ts
   * await ck.quizzes.update(20, { title: 'Final check' });
   * ```
   */
  update(id: number, params: QuizUpdateParams, options?: RequestOptions): Promise<Quiz> {
    return this._client.patch(`quizzes/${segment(id)}`, { ...options, body: params, schema: resource(Quiz) });
  }

  /**
   * Deletes a quiz with its questions and attempts. `DELETE /quizzes/{id}`
   *
   * @example
   * ```ts
   * await ck.quizzes.delete(20);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`quizzes/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}

/** Quiz questions as their instructor sees them: each with its canonical `answer`. */
export class QuizQuestions extends APIResource {
  /**
   * Lists a quiz's questions with their answers (instructor or admin). `GET /quizzes/{id}/questions`
   *
   * @throws {PermissionDeniedError} 403 for anyone who does not teach the course.
   *
   * @example
   * ```ts
   * const questions = await ck.quizQuestions.list(20);
   * ```
   */
  list(quizId: number, options?: RequestOptions): Promise<QuizQuestionWithAnswer[]> {
    return this._client.get(`quizzes/${segment(quizId)}/questions`, { ...options, schema: collection(QuizQuestionWithAnswer) });
  }

  /**
   * Adds a question to a quiz. `POST /quizzes/{id}/questions`
   *
   * `options` lists the choices of `single` and `multiple` questions; `answer` is the chosen
   * option, the chosen options, a boolean (`true_false`) or the expected text (`short_answer`).
   *
   * @example
   * ```ts
   * await ck.quizQuestions.create(20, { question: 'Pick the primitive', type: 'single', options: ['string', 'Array'], answer: 'string' });
   * ```
   */
  create(quizId: number, params: QuizQuestionCreateParams, options?: RequestOptions): Promise<QuizQuestionWithAnswer> {
    return this._client.post(`quizzes/${segment(quizId)}/questions`, { ...options, body: params, schema: resource(QuizQuestionWithAnswer) });
  }

  /**
   * Retrieves a question with its answer. `GET /questions/{id}`
   *
   * @example
   * ```ts
   * const question = await ck.quizQuestions.retrieve(21);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<QuizQuestionWithAnswer> {
    return this._client.get(`questions/${segment(id)}`, { ...options, schema: resource(QuizQuestionWithAnswer) });
  }

  /**
   * Updates a question. `PATCH /questions/{id}`
   *
   * @example
   * ```ts
   * await ck.quizQuestions.update(21, { answer: false });
   * ```
   */
  update(id: number, params: QuizQuestionUpdateParams, options?: RequestOptions): Promise<QuizQuestionWithAnswer> {
    return this._client.patch(`questions/${segment(id)}`, { ...options, body: params, schema: resource(QuizQuestionWithAnswer) });
  }

  /**
   * Deletes a question. `DELETE /questions/{id}`
   *
   * @example
   * ```ts
   * await ck.quizQuestions.delete(21);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`questions/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
