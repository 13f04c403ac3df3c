import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { QuizAnswer } from '../store/schema.js';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { raw, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();

/** The HTML course's quiz (the demo student is enrolled) and its answer key. */
function htmlQuiz() {
  const course = api.db.first('courses', (row) => row.slug === 'html-css-for-absolute-beginners')!;
  const quiz = api.db.first('quizzes', (row) => row.course_id === course.id)!;
  const questions = api.db.where('quiz_questions', (row) => row.quiz_id === quiz.id).sort((a, b) => a.id - b.id);
  return { quiz, questions };
}

/** Responses that get every question right, or every one wrong. */
function responses(allRight: boolean): Record<string, QuizAnswer> {
  const { questions } = htmlQuiz();
  return Object.fromEntries(
    questions.map((question) => {
      // A short answer may accept several texts: give the first.
      if (allRight) return [String(question.id), question.type === 'short_answer' && Array.isArray(question.answer) ? question.answer[0]! : question.answer!];
      if (question.type === 'true_false') return [String(question.id), !question.answer];
      if (question.type === 'multiple') return [String(question.id), (question.options ?? []).filter((option) => !(question.answer as string[]).includes(option))];
      if (question.type === 'single') return [String(question.id), question.options!.find((option) => option !== question.answer)!];
      return [String(question.id), 'certainly not this'];
    }),
  );
}

describe('quiz attempts', () => {
  it('give a learner only the score of a failed attempt, so two attempts do not reveal the answers', async () => {
    const { quiz } = htmlQuiz();
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const wrong = responses(false);
    const first = Object.keys(wrong)[0]!;
    const oneRight = { ...wrong, [first]: responses(true)[first]! };
    for (const attempt of [wrong, oneRight]) {
      const failed = await raw('POST', `/quizzes/${quiz.id}/attempts`, { token, body: { responses: attempt } });
      assert.equal(failed.status, 201);
      assert.ok(Number(failed.body.data.score) < 70, failed.body.data.score);
      assert.equal('results' in failed.body.data, false, 'no per-question verdicts on the wire');
    }
  });

  it('add the per-question results, never the answers, once an attempt passes', async () => {
    const { quiz, questions } = htmlQuiz();
    const passed = await client(DEMO_ACCOUNTS.student).quizAttempts.create(quiz.id, { responses: responses(true) });
    assert.equal(passed.score, '100.00');
    assert.deepEqual(passed.results?.map((result) => [result.question_id, result.correct]), questions.map((question) => [question.id, true]));
    assert.ok(passed.results?.every((result) => result.answer === undefined));
  });

  it('parse with the SDK’s schema either way', async () => {
    const { quiz } = htmlQuiz();
    const failed = await client(DEMO_ACCOUNTS.student).quizAttempts.create(quiz.id, { responses: responses(false) });
    assert.equal(failed.score, '0.00');
    assert.equal(failed.results, undefined);
  });

  it('keep the results for the course’s staff, whatever the score', async () => {
    const { quiz } = htmlQuiz();
    const staff = await raw('POST', `/quizzes/${quiz.id}/attempts`, { token: api.issueToken(DEMO_ACCOUNTS.admin), body: { responses: responses(false) } });
    assert.equal(staff.status, 201);
    assert.ok(staff.body.data.results.every((result: { correct: boolean }) => result.correct === false));
  });
});
