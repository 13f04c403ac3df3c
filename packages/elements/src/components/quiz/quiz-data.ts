/**
 * What `<ckit-quiz>` reads and keeps: the quiz (questions without answers), the learner's
 * attempts, and the learner's draft answers on this device.
 *
 * @module
 */
import { QuizAttempts, Quizzes, type Quiz, type QuizAttempt, type QuizResponseValue } from '@coursekit/sdk';
import { query, type Query } from '../../data/query.js';
import { readStored, writeStored } from '../../internal/device-storage.js';

/** A quiz with its questions, as the signed-in learner sees it (never with answers). */
export const quizQuery = (quizId: number): Query<Quiz> => query(['me', 'quiz', quizId], 'user', ({ client }) => new Quizzes(client.http).retrieve(quizId));

/** The signed-in learner's attempts at a quiz, newest first. The outbox drops it when an attempt is graded. */
export const attemptsQuery = (quizId: number): Query<QuizAttempt[]> =>
  query(['me', 'quiz-attempts', quizId], 'user', ({ client }) => new QuizAttempts(client.http).list(quizId));

/** The learner's answers in progress; `key` is the attempt's idempotency key once it was submitted. */
export interface QuizDraft {
  answers: Record<string, QuizResponseValue>;
  page: number;
  key?: string | undefined;
}

const storageKey = (userId: number, quizId: number) => `ckit-quiz-draft:${userId}:${quizId}`;

/** The saved draft of `userId` for `quizId`, or an empty one (storage may be unavailable: private mode). */
export function loadDraft(userId: number, quizId: number): QuizDraft {
  const saved = readStored<QuizDraft>(storageKey(userId, quizId));
  return saved && typeof saved.answers === 'object' ? saved : { answers: {}, page: 0 };
}

/** Saves the draft, or forgets it (`undefined`). */
export function saveDraft(userId: number, quizId: number, draft: QuizDraft | undefined): void {
  writeStored(storageKey(userId, quizId), draft);
}
