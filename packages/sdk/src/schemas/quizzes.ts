import * as z from 'zod/mini';
import { bool, decimal, id, timestamps } from './wire.js';

/**
 * How a question is answered: `single` (one option), `multiple` (several options), `true_false` or
 * `short_answer` (free text).
 */
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
  /** Id of the quiz the question belongs to. */
  quiz_id: id,
  /** The question text. */
  question: z.string(),
  /** How it is answered; decides the shape of the response. */
  type: QuestionType,
  /** The choices of a `single` or `multiple` question; `null` for the other types. */
  options: z.nullable(z.array(z.string())),
  ...timestamps,
});
export type QuizQuestion = z.infer<typeof QuizQuestion>;

/** A question as its instructor sees it, with the canonical `answer`. */
export const QuizQuestionWithAnswer = z.object({
  ...QuizQuestion.shape,
  /** The canonical answer in the shape of the question's type; `null` when not set. */
  answer: z.nullable(QuizResponseValue),
});
export type QuizQuestionWithAnswer = z.infer<typeof QuizQuestionWithAnswer>;

/** A quiz as a learner receives it. */
export const Quiz = z.object({
  id,
  /** Id of the course the quiz belongs to. */
  course_id: id,
  /** Quiz title, `null` when untitled. */
  title: z.nullable(z.string()),
  ...timestamps,
  /** The questions, when included. */
  questions: z.optional(z.array(QuizQuestion)),
});
export type Quiz = z.infer<typeof Quiz>;

/** A quiz as its instructor sees it: questions carry their answers. */
export const QuizWithAnswers = z.object({
  ...Quiz.shape,
  /** The questions with their answers, when included. */
  questions: z.optional(z.array(QuizQuestionWithAnswer)),
});
export type QuizWithAnswers = z.infer<typeof QuizWithAnswers>;

/** The server's verdict on one question of an attempt. `answer` is revealed only after grading. */
export const QuestionResult = z.object({
  /** Id of the question. */
  question_id: id,
  /** Whether the response earned full credit. */
  correct: bool,
  /** Credit for this question from 0 to 1 (partial credit for `multiple`). */
  score: z.number(),
  /** The canonical answer, revealed after grading; absent or `null` when the quiz keeps it hidden. */
  answer: z.optional(z.nullable(QuizResponseValue)),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/** A graded attempt. `score` is a percentage, `"0.00"` to `"100.00"`. */
export const QuizAttempt = z.object({
  id,
  /** Id of the quiz. */
  quiz_id: id,
  /** Id of the learner. */
  user_id: id,
  /** Percentage earned as a decimal string (`"0.00"` to `"100.00"`); `null` while ungraded. */
  score: z.nullable(decimal),
  /** The learner's response per question id, as submitted. */
  responses: z.nullable(z.record(z.string(), QuizResponseValue)),
  ...timestamps,
  /** The verdict per question, when the server returns it. */
  results: z.optional(z.array(QuestionResult)),
});
export type QuizAttempt = z.infer<typeof QuizAttempt>;
