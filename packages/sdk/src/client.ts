import { CourseKitBase } from './core/client-base.js';
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
export class CourseKit extends CourseKitBase {
  /** Courses: catalog, authoring, status flow, instructors and tags. */
  get courses(): Courses {
    return this.resource(Courses);
  }
  /** A course's whole curriculum, and its reordering. */
  get curriculum(): Curriculum {
    return this.resource(Curriculum);
  }
  /** Sections of a course (instructor CRUD). */
  get sections(): Sections {
    return this.resource(Sections);
  }
  /** Lectures: reading one, and instructor CRUD. */
  get lectures(): Lectures {
    return this.resource(Lectures);
  }
  /** The category tree. */
  get categories(): Categories {
    return this.resource(Categories);
  }
  /** Tags. */
  get tags(): Tags {
    return this.resource(Tags);
  }
  /** Public instructor profiles and their courses. */
  get instructors(): Instructors {
    return this.resource(Instructors);
  }
  /** Register, sign in and out. Tokens stay in this client's memory. */
  get auth(): Auth {
    return this.resource(Auth);
  }
  /** The signed-in user. */
  get me(): Me {
    return this.resource(Me);
  }
  /** Enrollments of the signed-in user, and of a course (instructors). */
  get enrollments(): Enrollments {
    return this.resource(Enrollments);
  }
  /** Lecture progress and course completion. */
  get progress(): Progress {
    return this.resource(Progress);
  }
  /** Quizzes (learner view without answers) and instructor CRUD. */
  get quizzes(): Quizzes {
    return this.resource(Quizzes);
  }
  /** Quiz questions with their answers (instructor view). */
  get quizQuestions(): QuizQuestions {
    return this.resource(QuizQuestions);
  }
  /** Quiz attempts, graded by the server. */
  get quizAttempts(): QuizAttempts {
    return this.resource(QuizAttempts);
  }
  /** The signed-in user's wishlist. */
  get wishlist(): Wishlists {
    return this.resource(Wishlists);
  }
  /** Course reviews, their summary, and moderation. */
  get reviews(): Reviews {
    return this.resource(Reviews);
  }
  /** Coupon validation, and coupon administration. */
  get coupons(): Coupons {
    return this.resource(Coupons);
  }
  /** Orders: checkout, history, cancel, refund. */
  get orders(): Orders {
    return this.resource(Orders);
  }
  /** Payments of an order through a gateway. */
  get payments(): Payments {
    return this.resource(Payments);
  }
  /** Certificates, and their public verification. */
  get certificates(): Certificates {
    return this.resource(Certificates);
  }
  /** The signed-in user's notifications. */
  get notifications(): Notifications {
    return this.resource(Notifications);
  }
  /** Media uploads. */
  get media(): MediaFiles {
    return this.resource(MediaFiles);
  }
  /** Users (admin). */
  get users(): Users {
    return this.resource(Users);
  }
}
