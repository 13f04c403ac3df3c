import { APIClient, type ClientOptions } from './core/request.js';
import { Auth } from './resources/auth.js';
import { Categories } from './resources/categories.js';
import { Certificates } from './resources/certificates.js';
import { Coupons } from './resources/coupons.js';
import { Courses } from './resources/courses.js';
import { Curriculum, Lectures, Sections } from './resources/curriculum.js';
import { Enrollments } from './resources/enrollments.js';
import { Instructors } from './resources/instructors.js';
import { Me } from './resources/me.js';
import { MediaFiles } from './resources/media.js';
import { Notifications } from './resources/notifications.js';
import { Orders } from './resources/orders.js';
import { Payments } from './resources/payments.js';
import { Progress } from './resources/progress.js';
import { QuizAttempts } from './resources/quiz-attempts.js';
import { QuizQuestions, Quizzes } from './resources/quizzes.js';
import { Reviews } from './resources/reviews.js';
import { Tags } from './resources/tags.js';
import { Users } from './resources/users.js';
import { Wishlists } from './resources/wishlist.js';

/**
 * The CourseKit client: one per backend (and per signed-in user). Holds no global state, so
 * several clients can live on one page.
 *
 * @example
 * ```ts
 * import { CourseKit } from '@coursekit/sdk';
 *
 * const ck = new CourseKit({ baseUrl: 'https://school.example/api/v1' });
 * const { data: courses } = await ck.courses.list({ level: 'Beginner', sort: '-rating' });
 *
 * await ck.auth.login({ email: 'learner@example.com', password: 'secret' }); // token kept in memory
 * await ck.courses.retrieve(courses[0].slug);
 * ```
 */
export class CourseKit {
  /** The transport; exposed for advanced use (custom endpoints through `request()`). */
  readonly http: APIClient;

  /** Courses: catalog, authoring, status flow, instructors and tags. */
  readonly courses: Courses;
  /** A course's whole curriculum, and its reordering. */
  readonly curriculum: Curriculum;
  /** Sections of a course (instructor CRUD). */
  readonly sections: Sections;
  /** Lectures: reading one, and instructor CRUD. */
  readonly lectures: Lectures;
  /** The category tree. */
  readonly categories: Categories;
  /** Tags. */
  readonly tags: Tags;
  /** Public instructor profiles and their courses. */
  readonly instructors: Instructors;
  /** Register, sign in and out. Tokens stay in this client's memory. */
  readonly auth: Auth;
  /** The signed-in user. */
  readonly me: Me;
  /** Enrollments of the signed-in user, and of a course (instructors). */
  readonly enrollments: Enrollments;
  /** Lecture progress and course completion. */
  readonly progress: Progress;
  /** Quizzes (learner view without answers) and instructor CRUD. */
  readonly quizzes: Quizzes;
  /** Quiz questions with their answers (instructor view). */
  readonly quizQuestions: QuizQuestions;
  /** Quiz attempts, graded by the server. */
  readonly quizAttempts: QuizAttempts;
  /** The signed-in user's wishlist. */
  readonly wishlist: Wishlists;
  /** Course reviews, their summary, and moderation. */
  readonly reviews: Reviews;
  /** Coupon validation, and coupon administration. */
  readonly coupons: Coupons;
  /** Orders: checkout, history, cancel, refund. */
  readonly orders: Orders;
  /** Payments of an order through a gateway. */
  readonly payments: Payments;
  /** Certificates, and their public verification. */
  readonly certificates: Certificates;
  /** The signed-in user's notifications. */
  readonly notifications: Notifications;
  /** Media uploads. */
  readonly media: MediaFiles;
  /** Users (admin). */
  readonly users: Users;

  constructor(options: ClientOptions) {
    this.http = new APIClient(options);
    this.courses = new Courses(this.http);
    this.curriculum = new Curriculum(this.http);
    this.sections = new Sections(this.http);
    this.lectures = new Lectures(this.http);
    this.categories = new Categories(this.http);
    this.tags = new Tags(this.http);
    this.instructors = new Instructors(this.http);
    this.auth = new Auth(this.http);
    this.me = new Me(this.http);
    this.enrollments = new Enrollments(this.http);
    this.progress = new Progress(this.http);
    this.quizzes = new Quizzes(this.http);
    this.quizQuestions = new QuizQuestions(this.http);
    this.quizAttempts = new QuizAttempts(this.http);
    this.wishlist = new Wishlists(this.http);
    this.reviews = new Reviews(this.http);
    this.coupons = new Coupons(this.http);
    this.orders = new Orders(this.http);
    this.payments = new Payments(this.http);
    this.certificates = new Certificates(this.http);
    this.notifications = new Notifications(this.http);
    this.media = new MediaFiles(this.http);
    this.users = new Users(this.http);
  }

  /** Replaces the in-memory bearer token; `null` signs the client out. Never written to storage. */
  setToken(token: string | null): void {
    this.http.setToken(token);
  }
}
