/**
 * Quizzes, questions and attempts. The learner views leave `answer` out entirely: it is not
 * nulled, it is never copied.
 *
 * @module
 */
import type { Row } from '../store/schema.js';
import type { QuestionGrade } from '../domain/grading.js';

/** A question; `withAnswer` only for the course's staff. */
export function question(row: Row<'quiz_questions'>, withAnswer: boolean) {
  return {
    id: row.id,
    quiz_id: row.quiz_id,
    question: row.question,
    type: row.type,
    options: row.options,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(withAnswer ? { answer: row.answer } : {}),
  };
}

/** A quiz with its questions. */
export function quiz(row: Row<'quizzes'>, questions: readonly Row<'quiz_questions'>[] | undefined, withAnswers: boolean) {
  return {
    id: row.id,
    course_id: row.course_id,
    title: row.title,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(questions ? { questions: questions.map((item) => question(item, withAnswers)) } : {}),
  };
}

/** A graded attempt; `results` when the grade was just computed and the viewer may see it (see `handlers/quizzes.ts`). */
export function attempt(row: Row<'quiz_attempts'>, results?: readonly QuestionGrade[]) {
  return {
    id: row.id,
    quiz_id: row.quiz_id,
    user_id: row.user_id,
    score: row.score,
    responses: row.responses,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(results ? { results } : {}),
  };
}
