// PLACEHOLDER: replaced by the real resource.
import { APIResource } from '../core/resource.js';

export class QuizQuestions extends APIResource {}
export class Quizzes extends APIResource {}
