/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { QuizResponseValue } from '@coursekit/sdk';
import { API, STUDENT, api, mount, networkIdle, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitQuiz } from './quiz.component.js';
import './quiz.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
const button = (element: Element, label: string) => {
  const found = all(element, 'button').find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!found) throw new Error(`No button "${label}"`);
  return found as HTMLButtonElement;
};
const live = (quiz: CkitQuiz) => text(quiz, '[part="live"]');

/** The quiz of course 1 (the student is enrolled) and its questions with their answers, in order. */
function courseQuiz() {
  const quiz = api.db.first('quizzes', (row) => row.course_id === 1)!;
  const questions = api.db.where('quiz_questions', (row) => row.quiz_id === quiz.id).sort((a, b) => a.id - b.id);
  return { quiz, questions };
}

/** The right answer of a seeded question, as a learner would give it. */
function rightAnswer(question: ReturnType<typeof courseQuiz>['questions'][number]): QuizResponseValue {
  const answer = question.answer!;
  return question.type === 'short_answer' && Array.isArray(answer) ? answer[0]! : answer;
}

/** Answers the question shown (by clicking, as a pointer user would): right, or wrong when `right` is false. */
async function answerShown(quiz: CkitQuiz, question: ReturnType<typeof courseQuiz>['questions'][number], right: boolean): Promise<void> {
  const answer = rightAnswer(question);
  const field = all(quiz, '[part="question"]').find((fieldset) => fieldset.querySelector('legend')!.textContent!.includes(question.question))!;
  if (question.type === 'short_answer') {
    const input = field.querySelector('input')!;
    input.value = right ? String(answer) : 'no idea';
    input.dispatchEvent(new Event('input'));
  } else {
    const labels = [...field.querySelectorAll('label')];
    const wanted = question.type === 'true_false' ? [(right ? answer : !answer) ? 'True' : 'False'] : right ? [answer].flat().map(String) : [labels.map((label) => label.textContent!.trim()).find((option) => ![answer].flat().includes(option))!];
    for (const label of labels) if (wanted.includes(label.textContent!.trim())) label.querySelector('input')!.click();
  }
  await quiz.updateComplete;
}

async function mountQuiz(attributes = ''): Promise<CkitQuiz> {
  const { quiz } = courseQuiz();
  const element = await mount<CkitQuiz>(html`<ckit-quiz quiz-id=${quiz.id} layout=${attributes || 'paged'}></ckit-quiz>`);
  await until(() => element.shadowRoot?.querySelector('[part="question"]'), 'first question');
  return element;
}

/** Answers every question, page by page, then opens the review. */
async function answerAll(quiz: CkitQuiz, right: (index: number) => boolean): Promise<void> {
  const { questions } = courseQuiz();
  for (const [index, question] of questions.entries()) {
    await answerShown(quiz, question, right(index));
    button(quiz, index === questions.length - 1 ? 'Review answers' : 'Next').click();
    await quiz.updateComplete;
  }
}

describe('<ckit-quiz>', () => {
  beforeEach(() => {
    localStorage.clear();
    api.db.deleteWhere('quiz_attempts', (row) => row.user_id === STUDENT.id);
  });

  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/quizzes/:id`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const quiz = await mount<CkitQuiz>(html`<ckit-quiz quiz-id="1"></ckit-quiz>`);
    await until(() => requests.some((line) => line.startsWith('GET /quizzes/1')));
    expect(part(quiz, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(quiz).to.be.accessible();
  });

  it('shows an accessible error state with a retry', async () => {
    let failures = 1;
    worker.use(http.get(`${API}/quizzes/:id`, () => (failures-- > 0 ? HttpResponse.json({ message: 'Down' }, { status: 500 }) : undefined)));
    const { quiz: seeded } = courseQuiz();
    const errors: string[] = [];
    document.addEventListener('ckit-error', (event) => errors.push(event.detail.operation), { once: true });
    const element = await mount<CkitQuiz>(html`<ckit-quiz quiz-id=${seeded.id}></ckit-quiz>`);
    await until(() => errors.length, 'ckit-error');
    expect(errors).to.deep.equal(['quizzes.retrieve']);
    await until(() => element.shadowRoot?.querySelector('[part="error"]'), 'error state');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, '[part="retry-button"]').click();
    await until(() => element.shadowRoot?.querySelector('[part="question"]'), 'loaded after retry');
  });

  it('asks a visitor to sign in, without an error, and loads the quiz once they have', async () => {
    const { quiz: seeded } = courseQuiz();
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ operation: string }>).detail.operation);
    document.addEventListener('ckit-error', onError);
    try {
      const element = await mount<CkitQuiz>(html`<ckit-quiz quiz-id=${seeded.id}></ckit-quiz>`, { signedIn: false });
      await until(() => element.shadowRoot?.querySelector('[part="sign-in"]'), 'sign-in state');
      expect(text(element, '[part="sign-in"]')).to.equal('Sign in to take this quiz.');
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      await networkIdle();
      expect(errors).to.deep.equal([]);
      await expect(element).to.be.accessible();

      element.closest('ckit-provider')!.setToken(api.issueToken(STUDENT.email));
      await until(() => element.shadowRoot?.querySelector('[part="question"]'), 'the quiz after sign-in');
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('ckit-error', onError);
    }
  });

  it('never receives the answers: the learner payload has none on the wire', async () => {
    const bodies: string[] = [];
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (/\/quizzes\/\d+$/.test(new URL(request.url).pathname)) void response.clone().text().then((body) => bodies.push(body));
    };
    worker.events.on('response:mocked', listener);
    try {
      await mountQuiz();
      await until(() => bodies.length > 0, 'quiz response');
    } finally {
      worker.events.removeListener('response:mocked', listener);
    }
    const payload = JSON.parse(bodies[0]!) as { data: { questions: Record<string, unknown>[] } };
    expect(payload.data.questions).to.have.length(4);
    expect(bodies[0]).to.not.match(/"answer"/);
    for (const question of payload.data.questions) expect(question).to.not.have.property('answer');
  });

  it('shows one question per page, each type accessibly, with progress and announcements', async () => {
    const { questions } = courseQuiz();
    expect(new Set(questions.map((question) => question.type))).to.deep.equal(new Set(['single', 'multiple', 'true_false', 'short_answer']));
    const quiz = await mountQuiz();
    const started = oneEvent(quiz, 'ckit-quiz-start');
    for (const [index, question] of questions.entries()) {
      expect(text(quiz, '[part="progress"]')).to.equal(`Question ${index + 1} of 4`);
      expect(all(quiz, '[part="question"]')).to.have.length(1);
      expect(text(quiz, 'legend')).to.contain(question.question);
      const controls = all(quiz, '[part="question"] input');
      if (question.type === 'short_answer') expect(controls.map((input) => input.getAttribute('type'))).to.deep.equal(['text']);
      else if (question.type === 'multiple') expect(controls.every((input) => input.getAttribute('type') === 'checkbox')).to.equal(true);
      else expect(controls.every((input) => input.getAttribute('type') === 'radio')).to.equal(true);
      if (question.type === 'true_false') expect(all(quiz, '[part="option"]').map((label) => label.textContent!.trim())).to.deep.equal(['True', 'False']);
      await expect(quiz).to.be.accessible();
      await answerShown(quiz, question, true);
      if (index === 0) expect((await started).detail).to.deep.equal({ quizId: courseQuiz().quiz.id, attempt: 1 });
      if (index < questions.length - 1) {
        button(quiz, 'Next').click();
        await quiz.updateComplete;
        expect(live(quiz)).to.equal(`Question ${index + 2} of 4`);
        expect(quiz.shadowRoot!.activeElement?.localName, 'focus moves to the new question').to.equal('legend');
      }
    }
  });

  it('shows every question at once with layout="all"', async () => {
    const quiz = await mountQuiz('all');
    expect(all(quiz, '[part="question"]')).to.have.length(4);
    expect(quiz.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    await expect(quiz).to.be.accessible();
  });

  it('flags unanswered questions in the review before submitting', async () => {
    const { questions } = courseQuiz();
    const quiz = await mountQuiz();
    await answerShown(quiz, questions[0]!, true);
    for (let page = 0; page < 3; page++) {
      button(quiz, 'Next').click();
      await quiz.updateComplete;
    }
    button(quiz, 'Review answers').click();
    await quiz.updateComplete;
    expect(live(quiz)).to.equal('Review your answers');
    expect(all(quiz, '.review-item [part="unanswered"]')).to.have.length(3);
    expect(text(quiz, 'p[part="unanswered"]')).to.equal('3 questions are not answered.');
    await expect(quiz).to.be.accessible();
    // "Change answer" goes back to that question.
    all(quiz, '.review-item button')[2]!.click();
    await quiz.updateComplete;
    expect(text(quiz, '[part="progress"]')).to.equal('Question 3 of 4');
    expect(requests.filter((line) => line.startsWith('POST'))).to.deep.equal([]);
  });

  it('submits, shows the server grade with per-question results when passed, and the history', async () => {
    const { quiz: seeded } = courseQuiz();
    const quiz = await mountQuiz();
    await answerAll(quiz, () => true);
    const submitted = oneEvent(quiz, 'ckit-quiz-submit');
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    button(quiz, 'Submit answers').click();
    expect(Object.keys((await submitted).detail.responses)).to.have.length(4);
    const { detail } = await graded;
    expect([detail.score, detail.passed]).to.deep.equal([100, true]);
    await quiz.updateComplete;
    expect(text(quiz, '[part="score"]')).to.equal('Your score: 100%');
    expect(text(quiz, '[part="verdict"]')).to.equal('Passed! The pass mark is 70%.');
    expect(all(quiz, '[part="results"] li')).to.have.length(4);
    expect(live(quiz)).to.contain('Your score: 100%');
    expect(quiz.shadowRoot!.activeElement?.className).to.equal('result-title');
    await until(() => quiz.shadowRoot!.querySelector('[part="history"]'), 'history');
    expect(text(quiz, '[part="history"]')).to.equal('1 attempt · Best score: 100% · Last score: 100%');
    expect(requests.filter((line) => line === `POST /quizzes/${seeded.id}/attempts`)).to.have.length(1);
    await expect(quiz).to.be.accessible();
  });

  it('shows only the score when failed, then retakes from the first question', async () => {
    const quiz = await mountQuiz();
    await answerAll(quiz, (index) => index === 0);
    button(quiz, 'Submit answers').click();
    await until(() => quiz.shadowRoot!.querySelector('[part="result"]'), 'result');
    expect(text(quiz, '[part="score"]')).to.equal('Your score: 25%');
    expect(text(quiz, '[part="verdict"]')).to.equal('Not passed yet: you need 70%. Review the lessons and try again.');
    expect(quiz.shadowRoot!.querySelector('[part="results"]'), 'the server reveals results only on a pass').to.equal(null);
    await expect(quiz).to.be.accessible();
    button(quiz, 'Retake the quiz').click();
    await quiz.updateComplete;
    expect(text(quiz, '[part="progress"]')).to.equal('Question 1 of 4');
    expect(all(quiz, 'input:checked')).to.have.length(0);
    await until(() => quiz.shadowRoot!.querySelector('[part="history"]'), 'history');
    expect(text(quiz, '[part="history"]')).to.equal('1 attempt · Best score: 25% · Last score: 25%');
  });

  it('uses pass-percent for the verdict', async () => {
    const { quiz: seeded } = courseQuiz();
    const quiz = await mount<CkitQuiz>(html`<ckit-quiz quiz-id=${seeded.id} pass-percent="20"></ckit-quiz>`);
    await until(() => quiz.shadowRoot?.querySelector('[part="question"]'), 'loaded');
    await answerAll(quiz, (index) => index === 0);
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    button(quiz, 'Submit answers').click();
    expect((await graded).detail.passed).to.equal(true);
    await quiz.updateComplete;
    expect(text(quiz, '[part="verdict"]')).to.equal('Passed! The pass mark is 20%.');
  });

  it('can be completed with the keyboard only', async () => {
    const { questions } = courseQuiz();
    const quiz = await mountQuiz();
    (document.activeElement as HTMLElement | null)?.blur();
    const focused = () => quiz.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (label: string) => {
      for (let step = 0; step < 8 && !focused()?.textContent?.trim().startsWith(label); step++) await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent?.trim()).to.match(new RegExp(`^${label}`));
    };
    for (const [index, question] of questions.entries()) {
      await sendKeys({ press: 'Tab' });
      expect(focused()?.localName, `question ${index + 1} takes focus`).to.equal('input');
      const answer = rightAnswer(question);
      if (question.type === 'short_answer') await sendKeys({ type: String(answer) });
      else if (question.type === 'multiple') {
        for (const [position, option] of (question.options ?? []).entries()) {
          if ((answer as string[]).includes(option)) await sendKeys({ press: 'Space' });
          if (position < question.options!.length - 1) await sendKeys({ press: 'Tab' });
        }
      } else {
        const options = question.type === 'true_false' ? [true, false] : question.options!;
        const target = options.indexOf(answer as never);
        if (target === 0) await sendKeys({ press: 'Space' });
        for (let step = 0; step < target; step++) await sendKeys({ press: 'ArrowDown' });
      }
      await tabTo(index === questions.length - 1 ? 'Review answers' : 'Next');
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
    }
    expect(all(quiz, '.review-item [part="unanswered"]')).to.have.length(0);
    await tabTo('Submit answers');
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    await sendKeys({ press: 'Enter' });
    expect((await graded).detail.score).to.equal(100);
  });

  it('restores the draft answers and page after a reload', async () => {
    const { questions } = courseQuiz();
    const first = await mountQuiz();
    await answerShown(first, questions[0]!, true);
    button(first, 'Next').click();
    await first.updateComplete;
    await answerShown(first, questions[1]!, true);
    first.closest('ckit-provider')!.remove();

    const again = await mountQuiz();
    expect(text(again, '[part="progress"]')).to.equal('Question 2 of 4');
    expect(all(again, 'input:checked').map((input) => input.parentElement!.textContent!.trim()).sort()).to.deep.equal([...(rightAnswer(questions[1]!) as string[])].sort());
    button(again, 'Previous').click();
    await again.updateComplete;
    expect(all(again, 'input:checked').map((input) => input.parentElement!.textContent!.trim())).to.deep.equal([String(rightAnswer(questions[0]!))]);
  });

  it('records one attempt for a double click', async () => {
    const { quiz: seeded } = courseQuiz();
    const quiz = await mountQuiz();
    await answerAll(quiz, () => true);
    const submit = button(quiz, 'Submit answers');
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    submit.click();
    submit.click();
    await graded;
    await networkIdle();
    expect(requests.filter((line) => line === `POST /quizzes/${seeded.id}/attempts`)).to.have.length(1);
    expect(api.db.where('quiz_attempts', (row) => row.user_id === STUDENT.id && row.quiz_id === seeded.id)).to.have.length(1);
  });

  it('reports a refused submission accessibly, and submits again under a new key', async () => {
    const { quiz: seeded } = courseQuiz();
    const keys: (string | null)[] = [];
    let refuse = true;
    worker.use(
      http.post(`${API}/quizzes/:id/attempts`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return refuse ? HttpResponse.json({ message: 'Enroll in this course to take its quizzes.' }, { status: 403 }) : undefined;
      }),
    );
    const quiz = await mountQuiz();
    await answerAll(quiz, () => true);
    const failed = oneEvent(quiz, 'ckit-error');
    button(quiz, 'Submit answers').click();
    expect((await failed).detail.operation).to.equal('quizAttempts.create');
    await until(() => quiz.shadowRoot!.querySelector('[part="submit-error"]'), 'submit error');
    expect(text(quiz, '[part="submit-error"]')).to.equal('Your answers could not be submitted.');
    expect(live(quiz)).to.equal('Your answers could not be submitted.');
    await expect(quiz).to.be.accessible();
    refuse = false;
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    button(quiz, 'Submit answers').click();
    expect((await graded).detail.score).to.equal(100);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
    expect(api.db.where('quiz_attempts', (row) => row.user_id === STUDENT.id && row.quiz_id === seeded.id)).to.have.length(1);
  });

  it('keeps a submission made offline and sends it once, under one key, when the network returns', async () => {
    const { quiz: seeded } = courseQuiz();
    const keys: (string | null)[] = [];
    let offline = true;
    worker.use(
      http.post(`${API}/quizzes/:id/attempts`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return offline ? HttpResponse.error() : undefined;
      }),
    );
    const quiz = await mountQuiz();
    await answerAll(quiz, () => true);
    button(quiz, 'Submit answers').click();
    await until(() => quiz.shadowRoot!.querySelector('[part="status"]')?.textContent?.includes('saved on this device'), 'offline notice');
    await expect(quiz).to.be.accessible();
    offline = false;
    const graded = oneEvent(quiz, 'ckit-quiz-graded');
    dispatchEvent(new Event('online'));
    expect((await graded).detail.passed).to.equal(true);
    expect(new Set(keys).size).to.equal(1);
    expect(api.db.where('quiz_attempts', (row) => row.user_id === STUDENT.id && row.quiz_id === seeded.id)).to.have.length(1);
  });
});
