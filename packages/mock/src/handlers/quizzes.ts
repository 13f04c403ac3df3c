/**
 * Quizzes, questions and attempts.
 *
 * - Enrolled learners get questions without `answer`: the key
 *   is never serialized for them. The course's staff get the answers on every quiz route.
 * - Attempts are graded here, never trusted from the client (rules in `domain/grading.ts`,
 *   including partial credit for `multiple`). Attempts are unlimited, so a learner's graded
 *   attempt carries only its `score` until it passes (`PASS_MARK`, 70 %): per-question results
 *   on a failed attempt would reveal every answer in two tries. A passing attempt adds `results`
 *   (per-question `correct` and `score`, never the answers). The course's staff always get
 *   `results`, as they can read the answers anyway.
 * - A question's `answer` must fit its type: an option for `single`, a non-empty subset of the
 *   options for `multiple`, a boolean for `true_false`, a text or list of accepted texts for
 *   `short_answer`.
 *
 * @module
 */
import { QuizAttemptCreateParams, QuizCreateParams, QuizQuestionCreateParams, QuizQuestionUpdateParams, QuizUpdateParams } from '@coursekit/sdk/schemas';
import type { QuizAnswer, Row } from '../store/schema.js';
import { canViewCourse, hasAccess, isCourseStaff } from '../domain/access.js';
import { gradeAttempt, passes } from '../domain/grading.js';
import { forbidden, notFound, validationError } from '../http/errors.js';
import type { RequestContext, Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { attempt, question, quiz } from '../serializers/quizzes.js';
import { authorizeStaff, created, currentUser, findOrFail, noContent, ok, staffCourse } from './support.js';

type QuestionType = Row<'quiz_questions'>['type'];

function questionsOf(ctx: RequestContext, quizId: number) {
  return ctx.db.where('quiz_questions', (row) => row.quiz_id === quizId).sort((a, b) => a.id - b.id);
}

/** The quiz of the `quiz` parameter, if its course is visible to the caller. */
function visibleQuiz(ctx: RequestContext) {
  const row = findOrFail(ctx, 'quizzes', 'quiz', 'Quiz');
  const course = ctx.db.find('courses', row.course_id);
  if (!course || !canViewCourse(ctx.db, ctx.user, course)) throw notFound('Quiz', row.id);
  return row;
}

/** The quiz of the `quiz` parameter, if the caller teaches its course or is an admin. */
function staffQuiz(ctx: RequestContext) {
  const row = findOrFail(ctx, 'quizzes', 'quiz', 'Quiz');
  authorizeStaff(ctx, row.course_id);
  return row;
}

/** The question of the `question` parameter, if the caller teaches its quiz's course or is an admin. */
function staffQuestion(ctx: RequestContext) {
  const row = findOrFail(ctx, 'quiz_questions', 'question', 'QuizQuestion');
  authorizeStaff(ctx, ctx.db.find('quizzes', row.quiz_id)!.course_id);
  return row;
}

/** Refuses learners without access to the quiz's course. */
function authorizeLearner(ctx: RequestContext, courseId: number): void {
  if (!hasAccess(ctx.db, ctx.user, courseId) && !isCourseStaff(ctx.db, ctx.user, courseId)) throw forbidden('Enroll in this course to take its quizzes.');
}

/** Checks that `answer` and `options` fit the question type; returns the field errors. */
function checkQuestion(type: QuestionType, options: readonly string[] | null | undefined, answer: QuizAnswer | null | undefined): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const choices = options ?? [];
  if (type === 'single' || type === 'multiple') {
    if (choices.length < 2) errors['options'] = ['The options field must have at least 2 items.'];
    else if (new Set(choices).size !== choices.length) errors['options'] = ['The options field has a duplicate value.'];
    if (type === 'single' && (typeof answer !== 'string' || !choices.includes(answer))) errors['answer'] = ['The answer must be one of the options.'];
    if (type === 'multiple' && (!Array.isArray(answer) || !answer.length || !answer.every((item) => choices.includes(item)))) {
      errors['answer'] = ['The answer must list one or more of the options.'];
    }
  } else if (type === 'true_false') {
    if (typeof answer !== 'boolean') errors['answer'] = ['The answer field must be true or false.'];
  } else if (!(typeof answer === 'string' && answer.trim()) && !(Array.isArray(answer) && answer.length && answer.every((item) => item.trim()))) {
    errors['answer'] = ['The answer must be a text or a list of accepted texts.'];
  }
  return errors;
}

/** Checks each response's type against its question. */
function checkResponses(questions: readonly Row<'quiz_questions'>[], responses: Record<string, QuizAnswer>): void {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(responses)) {
    const field = `responses.${key}`;
    const target = questions.find((item) => String(item.id) === key);
    if (!target) errors[field] = [`The selected ${field} is invalid.`];
    else if ((target.type === 'single' || target.type === 'short_answer') && typeof value !== 'string') errors[field] = [`The ${field} field must be a string.`];
    else if (target.type === 'multiple' && !Array.isArray(value)) errors[field] = [`The ${field} field must be an array.`];
    else if (target.type === 'true_false' && typeof value !== 'boolean' && !['true', 'false'].includes(String(value).toLowerCase())) {
      errors[field] = [`The ${field} field must be true or false.`];
    }
  }
  if (Object.keys(errors).length) throw validationError(errors);
}

export function quizRoutes(router: Router): void {
  router.add('get', '/courses/:course/quizzes', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    const quizzes = ctx.db.where('quizzes', (row) => row.course_id === course.id).sort((a, b) => a.id - b.id);
    return ok(quizzes.map((row) => quiz(row, questionsOf(ctx, row.id), true)));
  });

  router.add('post', '/courses/:course/quizzes', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    const input = validate(QuizCreateParams, ctx.body);
    return created(quiz(ctx.db.insert('quizzes', { course_id: course.id, title: input.title ?? null }), [], true));
  });

  router.add('get', '/quizzes/:quiz', 'learner', (ctx) => {
    const row = visibleQuiz(ctx);
    authorizeLearner(ctx, row.course_id);
    return ok(quiz(row, questionsOf(ctx, row.id), isCourseStaff(ctx.db, ctx.user, row.course_id)));
  });

  router.add('patch', '/quizzes/:quiz', 'instructor', (ctx) => {
    const row = staffQuiz(ctx);
    const input = validate(QuizUpdateParams, ctx.body);
    return ok(quiz(ctx.db.update('quizzes', row.id, { title: input.title }), questionsOf(ctx, row.id), true));
  });

  router.add('delete', '/quizzes/:quiz', 'instructor', (ctx) => {
    const row = staffQuiz(ctx);
    ctx.db.delete('quizzes', row.id);
    return noContent();
  });

  router.add('get', '/quizzes/:quiz/questions', 'instructor', (ctx) => {
    const row = staffQuiz(ctx);
    return ok(questionsOf(ctx, row.id).map((item) => question(item, true)));
  });

  router.add('post', '/quizzes/:quiz/questions', 'instructor', (ctx) => {
    const row = staffQuiz(ctx);
    const input = validate(QuizQuestionCreateParams, ctx.body);
    const options = input.type === 'single' || input.type === 'multiple' ? (input.options ?? null) : null;
    const errors = checkQuestion(input.type, options, input.answer);
    if (Object.keys(errors).length) throw validationError(errors);
    return created(question(ctx.db.insert('quiz_questions', { quiz_id: row.id, question: input.question, type: input.type, options, answer: input.answer }), true));
  });

  router.add('get', '/questions/:question', 'instructor', (ctx) => {
    const row = staffQuestion(ctx);
    return ok(question(row, true));
  });

  router.add('patch', '/questions/:question', 'instructor', (ctx) => {
    const row = staffQuestion(ctx);
    const input = validate(QuizQuestionUpdateParams, ctx.body);
    const type = input.type ?? row.type;
    const options = type === 'single' || type === 'multiple' ? (input.options === undefined ? row.options : input.options) : null;
    const answer = input.answer === undefined ? row.answer : input.answer;
    const errors = checkQuestion(type, options, answer);
    if (Object.keys(errors).length) throw validationError(errors);
    return ok(question(ctx.db.update('quiz_questions', row.id, { question: input.question, type, options, answer }), true));
  });

  router.add('delete', '/questions/:question', 'instructor', (ctx) => {
    const row = staffQuestion(ctx);
    ctx.db.delete('quiz_questions', row.id);
    return noContent();
  });

  router.add('post', '/quizzes/:quiz/attempts', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const row = visibleQuiz(ctx);
    authorizeLearner(ctx, row.course_id);
    const input = validate(QuizAttemptCreateParams, ctx.body);
    const questions = questionsOf(ctx, row.id);
    checkResponses(questions, input.responses);
    const grade = gradeAttempt(questions, input.responses);
    const stored = ctx.db.insert('quiz_attempts', { quiz_id: row.id, user_id: user.id, score: grade.score, responses: input.responses });
    const reveal = passes(grade.score) || isCourseStaff(ctx.db, user, row.course_id);
    return created(attempt(stored, reveal ? grade.results : undefined));
  });

  router.add('get', '/quizzes/:quiz/attempts', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const row = visibleQuiz(ctx);
    authorizeLearner(ctx, row.course_id);
    const attempts = ctx.db.where('quiz_attempts', (item) => item.quiz_id === row.id && item.user_id === user.id).sort((a, b) => b.id - a.id);
    return ok(attempts.map((item) => attempt(item)));
  });
}
