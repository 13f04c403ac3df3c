import * as z from 'zod/mini';
import { bool, decimal, id, timestamps } from './wire.js';

export const QuestionType = z.enum(['single', 'multiple', 'true_false', 'short_answer']);
export type QuestionType = z.infer<typeof QuestionType>;

/**
 * A learner's answer to one question: the chosen option for `single`, the chosen options for
 * `multiple`, a boolean for `true_false`, free text for `short_answer`.
 */
export const QuizResponseValue = z.union([z.string(), z.array(z.string()), z.boolean()]);
export type QuizResponseValue = z.infer<typeof QuizResponseValue>;

/**
 * A question as a learner receives it: **no `answer` field at all**. Even if a misconfigured
 * backend sends one, this schema strips it before it reaches any caller.
 */
export const QuizQuestion = z.object({
  id,
  quiz_id: id,
  question: z.string(),
  type: QuestionType,
  options: z.nullable(z.array(z.string())),
  ...timestamps,
});
export type QuizQuestion = z.infer<typeof QuizQuestion>;

/** A question as its instructor sees it, with the canonical `answer`. */
export const QuizQuestionWithAnswer = z.extend(QuizQuestion, {
  answer: z.nullable(QuizResponseValue),
});
export type QuizQuestionWithAnswer = z.infer<typeof QuizQuestionWithAnswer>;

/** A quiz as a learner receives it. */
export const Quiz = z.object({
  id,
  course_id: id,
  title: z.nullable(z.string()),
  ...timestamps,
  questions: z.optional(z.array(QuizQuestion)),
});
export type Quiz = z.infer<typeof Quiz>;

/** A quiz as its instructor sees it: questions carry their answers. */
export const QuizWithAnswers = z.extend(Quiz, {
  questions: z.optional(z.array(QuizQuestionWithAnswer)),
});
export type QuizWithAnswers = z.infer<typeof QuizWithAnswers>;

/** The server's verdict on one question of an attempt. `answer` is revealed only after grading. */
export const QuestionResult = z.object({
  question_id: id,
  correct: bool,
  /** Credit for this question from 0 to 1 (partial credit for `multiple`). */
  score: z.number(),
  answer: z.optional(z.nullable(QuizResponseValue)),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/** A graded attempt. `score` is a percentage, `"0.00"` to `"100.00"`. */
export const QuizAttempt = z.object({
  id,
  quiz_id: id,
  user_id: id,
  score: z.nullable(decimal),
  responses: z.nullable(z.record(z.string(), QuizResponseValue)),
  ...timestamps,
  results: z.optional(z.array(QuestionResult)),
});
export type QuizAttempt = z.infer<typeof QuizAttempt>;
