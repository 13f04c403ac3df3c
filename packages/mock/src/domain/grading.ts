/**
 * Server-side quiz grading. Each question earns a credit from 0 to 1:
 *
 * - `single`: 1 when the response is exactly the answer option, else 0.
 * - `true_false`: 1 when the response (a boolean, or `"true"`/`"false"`) equals the answer.
 * - `short_answer`: 1 when the response matches the answer, or one of the accepted answers when
 *   the answer is a list, ignoring case, surrounding spaces, repeated spaces and a final `.`, `!` or `?`.
 * - `multiple` (partial credit): `(right picks − wrong picks) / number of right options`, never
 *   below 0. Picking exactly the right options earns 1; picking everything earns
 *   `(right − wrong) / right`, so guessing all boxes does not pay. Duplicates are ignored.
 *
 * A missing response, or one of the wrong type, earns 0. The attempt's score is the mean credit
 * as a percentage with two decimals (`"83.33"`); an attempt passes at `PASS_MARK` or more.
 *
 * @module
 */
import type { QuizAnswer, Row } from '../store/schema.js';

/** The score, in percent, at which an attempt passes. */
export const PASS_MARK = 70;

/** Whether an attempt with this score (a percentage, `"83.33"`) passes. */
export function passes(score: string | null): boolean {
  return score !== null && Number(score) >= PASS_MARK;
}

/** The verdict on one question. */
export interface QuestionGrade {
  question_id: number;
  /** Whether the response earned full credit. */
  correct: boolean;
  /** Credit from 0 to 1. */
  score: number;
}

/** A graded attempt. */
export interface AttemptGrade {
  /** Percentage, two decimals. */
  score: string;
  results: QuestionGrade[];
}

type Question = Pick<Row<'quiz_questions'>, 'id' | 'type' | 'answer'>;

/** Grades every question of a quiz against `responses` (question id → response). */
export function gradeAttempt(questions: readonly Question[], responses: Readonly<Record<string, QuizAnswer>>): AttemptGrade {
  const results = questions.map((question) => {
    const score = credit(question, responses[String(question.id)]);
    return { question_id: question.id, correct: score === 1, score: Math.round(score * 10_000) / 10_000 };
  });
  const mean = results.length ? results.reduce((sum, result) => sum + result.score, 0) / results.length : 0;
  return { score: (Math.round(mean * 10_000) / 100).toFixed(2), results };
}

/** The credit one response earns, from 0 to 1. */
export function credit(question: Question, response: QuizAnswer | undefined): number {
  const answer = question.answer;
  if (response === undefined || answer === null) return 0;
  switch (question.type) {
    case 'single':
      return typeof response === 'string' && response === answer ? 1 : 0;
    case 'true_false': {
      const value = typeof response === 'string' ? { true: true, false: false }[response.trim().toLowerCase()] : response;
      return typeof value === 'boolean' && value === answer ? 1 : 0;
    }
    case 'short_answer': {
      if (typeof response !== 'string') return 0;
      const accepted = (Array.isArray(answer) ? answer : [String(answer)]).map(normalizeText);
      return accepted.includes(normalizeText(response)) ? 1 : 0;
    }
    case 'multiple': {
      if (!Array.isArray(response) || !Array.isArray(answer) || !answer.length) return 0;
      const right = new Set(answer);
      const picked = new Set(response);
      let hits = 0;
      let misses = 0;
      for (const option of picked) {
        if (right.has(option)) hits++;
        else misses++;
      }
      return Math.max(0, (hits - misses) / right.size);
    }
  }
}

function normalizeText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').toLowerCase();
}
