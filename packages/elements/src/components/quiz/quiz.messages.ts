/**
 * The English messages of `<ckit-quiz>`, registered by the element's `define()` (its `static
 * messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const quizMessages = {
  quizTitle: 'Quiz',
  quizSignIn: 'Sign in to take this quiz.',
  quizEmpty: 'This quiz has no questions yet.',
  quizQuestionOf: 'Question {current} of {total}',
  quizTrue: 'True',
  quizFalse: 'False',
  quizAnswerLabel: 'Your answer',
  quizReview: 'Review answers',
  quizReviewTitle: 'Review your answers',
  quizUnanswered: 'Not answered',
  quizUnansweredCount: { one: '{count} question is not answered.', other: '{count} questions are not answered.' },
  quizChange: 'Change answer',
  quizSubmit: 'Submit answers',
  quizSubmitting: 'Submitting your answers…',
  quizSavedOffline: 'Your answers are saved on this device and will be sent when you are back online.',
  quizSubmitFailed: 'Your answers could not be submitted.',
  quizScore: 'Your score: {score}',
  quizPassed: 'Passed! The pass mark is {pass}.',
  quizFailed: 'Not passed yet: you need {pass}. Review the lessons and try again.',
  quizCorrect: 'Correct',
  quizIncorrect: 'Incorrect',
  quizRetake: 'Retake the quiz',
  quizAttempts: { one: '{count} attempt', other: '{count} attempts' },
  quizBest: 'Best score: {score}',
  quizLast: 'Last score: {score}',
} as const;
