import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isAuthenticationError, type Quiz, type QuizAttempt, type QuizResponseValue } from '@coursekit/sdk';
import { outboxOf } from '../../data/outbox.js';
import { session } from '../../data/queries.js';
import { CkitQuizGradedEvent } from '../../events/quiz-graded.js';
import { CkitQuizStartEvent } from '../../events/quiz-start.js';
import { CkitQuizSubmitEvent } from '../../events/quiz-submit.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { styleProps } from '../../internal/style-props.js';
import { errorState } from '../../internal/templates.js';
import { answerText, isAnswered, questionField } from './question.js';
import { attemptsQuery, loadDraft, quizQuery, saveDraft, type QuizDraft } from './quiz-data.js';
import { quizStyles } from './quiz.styles.js';
import { quizMessages } from './quiz.messages.js';

const newKey = (): string => `quiz-${crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`}`;

/**
 * @tag ckit-quiz
 * @summary A quiz for the signed-in learner: single and multiple choice, true/false and short
 * answer questions, one per page or all at once, a review before submitting, and the server's
 * grade with the learner's best and last scores. A visitor is asked to sign in; the quiz loads
 * as soon as they have. Draft answers are kept on the device and
 * survive a reload; a submitted attempt is kept until the server has it (offline included) and
 * is recorded once, however often it is sent.
 * @status experimental
 *
 * @event {CkitQuizStartEvent} ckit-quiz-start - The learner gave the first answer of a new attempt. `detail: { quizId, attempt }`.
 * @event {CkitQuizSubmitEvent} ckit-quiz-submit - The learner submitted an attempt. `detail: { quizId, responses }`.
 * @event {CkitQuizGradedEvent} ckit-quiz-graded - The server graded the attempt. `detail: { attempt, score, passed }`.
 * @event {CkitErrorEvent} ckit-error - Loading the quiz or submitting an attempt failed. `detail: { error, operation }`.
 *
 * @csspart base - The quiz.
 * @csspart title - The quiz's title.
 * @csspart history - The learner's number of attempts, best and last score.
 * @csspart live - The visually hidden live region that announces pages, the submission and the result.
 * @csspart progress - "Question 2 of 4" with its bar (paged layout).
 * @csspart question - Each question (a fieldset).
 * @csspart option - Each choice of a choice or true/false question.
 * @csspart text-input - The text field of a short-answer question.
 * @csspart nav - The previous, next, review and submit buttons.
 * @csspart button - Each of those buttons, the change-answer buttons and the retake button.
 * @csspart review - The review of the answers before submitting.
 * @csspart unanswered - The mark of a question left unanswered, and the count of them.
 * @csspart status - "Submitting your answers…", or that they are kept on the device while offline.
 * @csspart submit-error - Why the answers could not be submitted.
 * @csspart result - The graded attempt: score, pass or fail message, results per question.
 * @csspart score - The score.
 * @csspart verdict - The pass or fail message.
 * @csspart results - The per-question results (when the server reveals them).
 * @csspart empty - Shown when the quiz has no questions.
 * @csspart sign-in - Shown to a visitor: the quiz is for signed-in learners.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-quiz-max-width - Largest width of the quiz. Defaults to `48rem`.
 *
 * @example
 * ```html
 * <ckit-quiz quiz-id="20" layout="paged" pass-percent="70"></ckit-quiz>
 * ```
 */
export class CkitQuiz extends CoursekitElement {
  /** The quiz's own styles; the base class adds the theme tokens and shared rules. */
  static override styles = quizStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = quizMessages;

  /** Id of the quiz to take. */
  @property({ attribute: 'quiz-id', type: Number }) quizId?: number;
  /** `paged` shows one question per page with a progress indicator; `all` shows every question at once. */
  @property({ reflect: true }) layout: 'paged' | 'all' = 'paged';
  /** The score, in percent, from which an attempt counts as passed (decides the message shown). */
  @property({ attribute: 'pass-percent', type: Number }) passPercent = 70;

  /** The learner's answers in progress (restored from the device). */
  @state() private draft: QuizDraft = { answers: {}, page: 0 };
  /** Whether the learner is reviewing the answers before submitting. */
  @state() private reviewing = false;
  /** The attempt the server graded last here. */
  @state() private graded?: QuizAttempt;
  /** What the live region says. */
  @state() private announcement = '';

  #draftOwner = '';
  #focus = '';

  readonly #data = this.createTask('quizzes.retrieve', () => [this.quizId] as const, async ([quizId], { read }) => {
    if (quizId === undefined) throw new RangeError(`<${this.localName}> needs a quiz-id`);
    const [quiz, user] = await Promise.all([
      read(quizQuery(quizId)).catch((error: unknown) => {
        if (isAuthenticationError(error)) return null;
        throw error;
      }),
      read(session),
    ]);
    // A visitor: nothing to show but the way in (signing in reruns this task).
    if (!quiz || !user) return null;
    const userId = user.id;
    const owner = `${userId}:${quizId}`;
    if (owner !== this.#draftOwner) {
      this.#draftOwner = owner;
      this.draft = loadDraft(userId, quizId);
      this.reviewing = !!this.draft.key;
      this.graded = undefined;
      // Submitted before a reload: wait for (or fetch again, under the same key) its grade.
      if (this.draft.key) void this.#send(quiz, userId, false);
    }
    return { quiz, userId };
  });

  readonly #attempts = this.createTask('quizAttempts.list', () => [this.quizId] as const, async ([quizId], { read }) =>
    quizId === undefined || !(await read(session)) ? [] : read(attemptsQuery(quizId)),
  );

  readonly #submit = this.createAction('quizAttempts.create', ([quiz, key, responses]: [Quiz, string, Record<string, QuizResponseValue>], { store }) =>
    outboxOf(store).submitAttempt(quiz.id, responses, key, quiz.course_id),
  );

  #update(draft: Partial<QuizDraft>): void {
    const loaded = this.#data.value;
    if (!loaded) return;
    this.draft = { ...this.draft, ...draft };
    saveDraft(loaded.userId, loaded.quiz.id, this.draft);
  }

  #answer(questionId: number, value: QuizResponseValue): void {
    const answers = { ...this.draft.answers };
    if (!Object.values(answers).some(isAnswered)) this.emit(new CkitQuizStartEvent({ quizId: this.#data.value!.quiz.id, attempt: (this.#attempts.value?.length ?? 0) + 1 }));
    answers[questionId] = value;
    this.#update({ answers });
  }

  #goTo(page: number, total: number): void {
    this.reviewing = false;
    this.#update({ page });
    this.#focus = '.legend';
    this.announcement = this.i18n.t('quizQuestionOf', { current: this.i18n.number(page + 1), total: this.i18n.number(total) });
  }

  #review(): void {
    this.reviewing = true;
    this.#focus = '.review-title';
    this.announcement = this.i18n.t('quizReviewTitle');
  }

  async #send(quiz: Quiz, userId: number, fresh = true): Promise<void> {
    if (this.#submit.pending) return;
    const key = (this.draft.key ??= newKey());
    saveDraft(userId, quiz.id, this.draft);
    const responses = Object.fromEntries(Object.entries(this.draft.answers).filter(([, value]) => isAnswered(value)));
    this.announcement = this.i18n.t('quizSubmitting');
    if (fresh) this.emit(new CkitQuizSubmitEvent({ quizId: quiz.id, responses }));
    // Shows "kept on this device" while the outbox is offline.
    const outbox = this.store && outboxOf(this.store);
    const onStatus = () => this.requestUpdate();
    outbox?.addEventListener('change', onStatus);
    const attempt = await this.#submit.run(quiz, key, responses);
    outbox?.removeEventListener('change', onStatus);
    if (!attempt) {
      // Refused for good (or the quiz changed): a new submission needs a new key.
      if (this.#submit.error && this.draft.key === key) this.#update({ key: undefined });
      this.announcement = this.i18n.t('quizSubmitFailed');
      return;
    }
    const score = Number(attempt.score ?? 0);
    const passed = score >= this.passPercent;
    this.graded = attempt;
    this.reviewing = false;
    this.draft = { answers: {}, page: 0 };
    saveDraft(userId, quiz.id, undefined);
    this.#focus = '.result-title';
    this.announcement = `${this.i18n.t('quizScore', { score: this.i18n.percent(score) })} ${this.#verdict(passed)}`;
    this.emit(new CkitQuizGradedEvent({ attempt, score, passed }));
  }

  #verdict(passed: boolean): string {
    return this.i18n.t(passed ? 'quizPassed' : 'quizFailed', { pass: this.i18n.percent(this.passPercent) });
  }

  #retake(): void {
    this.graded = undefined;
    this.#focus = '.legend';
    this.announcement = this.i18n.t('quizQuestionOf', { current: this.i18n.number(1), total: this.i18n.number(this.#data.value?.quiz.questions?.length ?? 0) });
  }

  protected override updated(): void {
    if (!this.#focus) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = '';
  }

  protected override render(): TemplateResult {
    const i18n = this.i18n;
    const loaded = this.#data.value;
    let body: TemplateResult | typeof nothing;
    if (this.#data.status === TaskStatus.ERROR && !loaded) body = errorState(i18n, this.#data.error, () => void this.#data.run());
    else if (loaded === null) body = html`<p part="sign-in" class="state panel">${i18n.t('quizSignIn')}</p>`;
    else if (!loaded) body = html`<div part="skeleton" class="skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else body = this.#renderQuiz(loaded.quiz, loaded.userId);
    return html`<div part="base" class="${this.rootClass} quiz" dir=${this.direction} lang=${i18n.locale}>
      ${body}
      <p part="live" class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderQuiz(quiz: Quiz, userId: number): TemplateResult {
    const i18n = this.i18n;
    const questions = quiz.questions ?? [];
    const attempts = this.#attempts.value ?? [];
    const scores = attempts.map((attempt) => Number(attempt.score ?? 0));
    const history = attempts.length
      ? html`<p part="history" class="muted history">
          ${i18n.t('quizAttempts', { count: attempts.length })} · ${i18n.t('quizBest', { score: i18n.percent(Math.max(...scores)) })} ·
          ${i18n.t('quizLast', { score: i18n.percent(scores[0]!) })}
        </p>`
      : nothing;
    const head = html`<h2 part="title" class="title">${quiz.title ?? i18n.t('quizTitle')}</h2>${history}`;
    if (!questions.length) return html`${head}<p part="empty" class="state panel">${i18n.t('quizEmpty')}</p>`;
    if (this.graded) return html`${head}${this.#renderResult(this.graded, quiz)}`;
    if (this.reviewing) return html`${head}${this.#renderReview(quiz, userId)}`;
    const { answers } = this.draft;
    const page = Math.min(this.draft.page, questions.length - 1);
    const paged = this.layout !== 'all';
    const shown = paged ? [questions[page]!] : questions;
    const field = (question: (typeof questions)[number]) =>
      questionField(i18n, question, questions.indexOf(question) + 1, answers[question.id], (value) => this.#answer(question.id, value));
    const last = !paged || page === questions.length - 1;
    return html`${head}
      ${paged
        ? html`<div part="progress" class="progress">
            <span>${i18n.t('quizQuestionOf', { current: i18n.number(page + 1), total: i18n.number(questions.length) })}</span>
            <span class="bar" aria-hidden="true"><span ${styleProps({ 'inline-size': `${((page + 1) / questions.length) * 100}%` })}></span></span>
          </div>`
        : nothing}
      <form class="questions" @submit=${(event: Event) => event.preventDefault()}>${shown.map(field)}</form>
      <div part="nav" class="nav">
        ${paged && page > 0 ? html`<button type="button" part="button" class="btn btn-secondary" @click=${() => this.#goTo(page - 1, questions.length)}>${i18n.t('previous')}</button>` : nothing}
        ${last
          ? html`<button type="button" part="button" class="btn" @click=${() => this.#review()}>${i18n.t('quizReview')}</button>`
          : html`<button type="button" part="button" class="btn" @click=${() => this.#goTo(page + 1, questions.length)}>${i18n.t('next')}</button>`}
      </div>`;
  }

  #renderReview(quiz: Quiz, userId: number): TemplateResult {
    const i18n = this.i18n;
    const questions = quiz.questions ?? [];
    const busy = this.#submit.pending;
    const missing = questions.filter((question) => !isAnswered(this.draft.answers[question.id])).length;
    const offline = busy && this.store && outboxOf(this.store).status === 'offline';
    return html`<section part="review" class="review">
      <h3 class="review-title" tabindex="-1">${i18n.t('quizReviewTitle')}</h3>
      <ol class="review-list">
        ${questions.map((question, index) => {
          const value = this.draft.answers[question.id];
          return html`<li class="review-item">
            <span class="review-question">${question.question}</span>
            ${isAnswered(value) ? html`<span class="review-answer">${answerText(i18n, value)}</span>` : html`<span part="unanswered" class="unanswered">${i18n.t('quizUnanswered')}</span>`}
            <button type="button" part="button" class="btn-link" ?disabled=${busy} @click=${() => (this.layout === 'all' ? this.#goTo(0, questions.length) : this.#goTo(index, questions.length))}>
              ${i18n.t('quizChange')}<span class="sr-only">: ${question.question}</span>
            </button>
          </li>`;
        })}
      </ol>
      ${missing ? html`<p part="unanswered" class="notice unanswered">${i18n.t('quizUnansweredCount', { count: missing })}</p>` : nothing}
      ${this.#submit.error && !busy ? html`<p part="submit-error" class="notice error" role="alert">${i18n.t('quizSubmitFailed')}</p>` : nothing}
      ${busy ? html`<p part="status" class="notice">${i18n.t(offline ? 'quizSavedOffline' : 'quizSubmitting')}</p>` : nothing}
      <div part="nav" class="nav">
        <button type="button" part="button" class="btn" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#send(quiz, userId)}>${i18n.t('quizSubmit')}</button>
      </div>
    </section>`;
  }

  #renderResult(attempt: QuizAttempt, quiz: Quiz): TemplateResult {
    const i18n = this.i18n;
    const score = Number(attempt.score ?? 0);
    const passed = score >= this.passPercent;
    const questions = quiz.questions ?? [];
    return html`<section part="result" class="result panel ${passed ? 'passed' : 'failed'}">
      <h3 class="result-title" tabindex="-1"><span part="score">${i18n.t('quizScore', { score: i18n.percent(score) })}</span></h3>
      <p part="verdict" class="verdict">${this.#verdict(passed)}</p>
      ${attempt.results?.length
        ? html`<ol part="results" class="review-list">
            ${attempt.results.map(
              (result) => html`<li class="review-item">
                <span class="review-question">${questions.find((question) => question.id === result.question_id)?.question ?? ''}</span>
                <span class=${result.correct ? 'correct' : 'incorrect'}>${i18n.t(result.correct ? 'quizCorrect' : 'quizIncorrect')}</span>
              </li>`,
            )}
          </ol>`
        : nothing}
      <div part="nav" class="nav"><button type="button" part="button" class="btn btn-secondary" @click=${() => this.#retake()}>${i18n.t('quizRetake')}</button></div>
    </section>`;
  }
}
