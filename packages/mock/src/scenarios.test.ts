/**
 * End-to-end journeys driven only through the SDK, as an app would: every response is parsed
 * by the SDK's own schemas, so these also prove the mock speaks the contract.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseKit, Lecture } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from './seed-data/reference.js';
import { TEST_CARDS } from './domain/gateway.js';
import { BASE_URL, raw, rejection, useMockApi } from './test-support/harness.js';

const { api, client } = useMockApi();

async function register(ck: CourseKit, name: string) {
  const email = `${name.toLowerCase()}@example.org`;
  return ck.auth.register({ name, email, password: 'correct horse', password_confirmation: 'correct horse' });
}

async function lecturesOf(ck: CourseKit, courseId: number): Promise<Lecture[]> {
  return (await ck.curriculum.retrieve(courseId)).flatMap((section) => section.lectures ?? []);
}

async function confirmPayment(clientSecret: string, cardNumber: string) {
  return raw('POST', '/test-gateway/confirm', { body: { client_secret: clientSecret, card_number: cardNumber } });
}

describe('scenario: free course to certificate', () => {
  it('browse → register → enroll → watch every lecture → completed, certificate, notifications', async () => {
    const ck = client();
    const catalog = await ck.courses.list({ price: 'free', level: 'Beginner', sort: '-rating', include: ['category', 'instructors'] });
    assert.ok(catalog.data.length > 0);
    assert.ok(catalog.data.every((course) => course.price === '0.00' && course.level === 'Beginner'));
    const course = catalog.data[0]!;
    assert.ok(course.category && course.instructors?.length, 'includes are embedded');

    const locked = await lecturesOf(ck, course.id);
    assert.ok(locked.some((lecture) => lecture.is_preview && lecture.content !== null), 'previews are open to guests');
    assert.ok(locked.filter((lecture) => !lecture.is_preview).every((lecture) => lecture.content === null && lecture.is_locked), 'the rest is locked');

    const { user } = await register(ck, 'Ada');
    assert.equal(user.role, 'student');
    const enrollment = await ck.enrollments.enroll(course.id);
    assert.equal(enrollment.status, 'active');

    const lectures = await lecturesOf(ck, course.id);
    assert.ok(lectures.every((lecture) => !lecture.is_locked), 'enrolled: everything is open');
    const opened = await ck.lectures.retrieve(lectures.find((lecture) => !lecture.is_preview)!.id);
    assert.notEqual(opened.content, null);

    for (const [index, lecture] of lectures.entries()) {
      const progress = await ck.progress.update(lecture.id, { watched_seconds: lecture.duration_seconds ?? 0 });
      assert.equal(progress.completed, true, lecture.title);
      if (index === 0) assert.equal((await ck.enrollments.retrieve(course.id)).status, 'active', 'not complete after one lecture');
    }
    const progress = await ck.progress.retrieve(course.id);
    assert.deepEqual([progress.completed_lectures, progress.total_lectures, progress.percent], [lectures.length, lectures.length, 100]);
    const completed = await ck.enrollments.retrieve(course.id);
    assert.equal(completed.status, 'completed');
    assert.ok(completed.completed_at);

    const certificates = await ck.certificates.list();
    assert.equal(certificates.length, 1);
    assert.equal(certificates[0]!.course_id, course.id);
    const verification = await client().certificates.verify(certificates[0]!.certificate_number);
    assert.deepEqual([verification.valid, verification.learner_name, verification.course_title], [true, 'Ada', course.title]);

    const types = (await ck.notifications.list({ read: false })).data.map((notification) => notification.type);
    assert.deepEqual(new Set(types), new Set(['course_enrolled', 'course_completed', 'certificate_issued']));
  });

  it('keeps progress monotonic and completes timed lectures at 90 %', async () => {
    const ck = client();
    await register(ck, 'Alan');
    const course = await ck.courses.retrieve('modern-javascript-from-scratch');
    await ck.enrollments.enroll(course.id);
    const video = (await lecturesOf(ck, course.id)).find((lecture) => lecture.type === 'video' && lecture.duration_seconds! > 100)!;
    const duration = video.duration_seconds!;
    await ck.progress.update(video.id, { watched_seconds: Math.floor(duration * 0.5) });
    const lower = await ck.progress.update(video.id, { watched_seconds: 3 });
    assert.equal(lower.watched_seconds, Math.floor(duration * 0.5), 'a smaller value never lowers progress');
    assert.equal(lower.completed, false);
    const almost = await ck.progress.update(video.id, { watched_seconds: Math.ceil(duration * 0.9) });
    assert.equal(almost.completed, true);
    const capped = await ck.progress.update(video.id, { watched_seconds: duration * 10 });
    assert.equal(capped.watched_seconds, duration, 'capped at the lecture length');
  });
});

describe('scenario: commerce', () => {
  it('buys a paid course with a coupon, pays with the test card and is enrolled', async () => {
    const ck = client();
    await register(ck, 'Grace');
    const course = await ck.courses.retrieve('typescript-for-javascript-developers');
    assert.equal(course.price, '49.99');
    assert.equal((await rejection(ck.enrollments.enroll(course.id))).status, 402);

    const check = await ck.coupons.validate({ code: 'welcome10', course_ids: [course.id] });
    assert.deepEqual([check.valid, check.subtotal, check.discount, check.total], [true, '49.99', '5.00', '44.99']);

    const order = await ck.orders.create({ items: [{ course_id: course.id }], coupon_code: 'WELCOME10' });
    assert.deepEqual([order.status, order.total_amount, order.items?.[0]?.price], ['pending', '44.99', '44.99']);
    assert.match(order.order_number, /^CK-\d{4}-\d{6}$/);
    assert.equal((await rejection(ck.lectures.retrieve((await lecturesOf(ck, course.id)).find((lecture) => !lecture.is_preview)!.id))).status, 403, 'not enrolled while pending');

    const payment = await ck.payments.create(order.id, { gateway: 'test' });
    assert.equal(payment.status, 'pending');
    assert.ok(payment.client_secret);
    const confirmed = await confirmPayment(payment.client_secret!, TEST_CARDS.success);
    assert.equal(confirmed.status, 200);

    assert.equal((await ck.orders.retrieve(order.id)).status, 'paid');
    assert.equal((await ck.enrollments.retrieve(course.id)).status, 'active');
    const coupon = api.db.first('coupons', (row) => row.code === 'WELCOME10')!;
    assert.equal(api.db.count('coupon_redemptions', (row) => row.coupon_id === coupon.id && row.order_id === order.id), 1);
    assert.ok((await ck.notifications.list()).data.some((notification) => notification.type === 'order_paid'));
  });

  it('a 100 % coupon makes the order paid at once, with no payment step', async () => {
    const ck = client();
    await register(ck, 'Linus');
    const course = await ck.courses.retrieve('advanced-react-patterns');
    const order = await ck.orders.create({ items: [{ course_id: course.id }], coupon_code: 'FREE100' });
    assert.deepEqual([order.status, order.total_amount], ['paid', '0.00']);
    assert.equal((await ck.enrollments.retrieve(course.id)).status, 'active');
    assert.equal((await rejection(ck.payments.create(order.id, { gateway: 'test' }))).status, 409, 'nothing left to pay');
  });

  it('a declined card fails the transaction and keeps the order pending; the good card then pays it', async () => {
    const ck = client();
    await register(ck, 'Barbara');
    const course = await ck.courses.retrieve('rust-for-systems-programmers');
    const order = await ck.orders.create({ items: [{ course_id: course.id }] });
    const first = await ck.payments.create(order.id, { gateway: 'test' });
    const declined = await confirmPayment(first.client_secret!, TEST_CARDS.declined);
    assert.equal(declined.status, 402);
    assert.deepEqual([declined.body.code, declined.body.decline_code], ['card_declined', 'card_declined']);
    assert.equal((await ck.orders.retrieve(order.id)).status, 'pending');

    const second = await ck.payments.create(order.id, { gateway: 'test' });
    assert.equal((await confirmPayment(second.client_secret!, TEST_CARDS.success)).status, 200);
    assert.equal((await ck.orders.retrieve(order.id)).status, 'paid');
    const admin = client(DEMO_ACCOUNTS.admin);
    assert.deepEqual((await admin.orders.listTransactions(order.id)).map((transaction) => transaction.status), ['failed', 'success']);
    assert.equal((await confirmPayment(second.client_secret!, TEST_CARDS.success)).status, 409, 'a settled payment cannot be confirmed twice');
  });

  it('an admin refund reverts the enrollment, the transaction and the student count', async () => {
    const ck = client();
    await register(ck, 'Edsger');
    const course = await ck.courses.retrieve('go-concurrency-patterns');
    const order = await ck.orders.create({ items: [{ course_id: course.id }] });
    const payment = await ck.payments.create(order.id, { gateway: 'test' });
    await confirmPayment(payment.client_secret!, TEST_CARDS.success);
    assert.equal((await ck.courses.retrieve(course.id)).student_count, course.student_count + 1);

    const admin = client(DEMO_ACCOUNTS.admin);
    const refunded = await admin.orders.refund(order.id, { reason: 'Requested by the learner.' });
    assert.equal(refunded.status, 'refunded');
    assert.equal((await ck.enrollments.retrieve(course.id)).status, 'refunded');
    assert.deepEqual((await admin.orders.listTransactions(order.id)).map((transaction) => transaction.status), ['refunded']);
    assert.equal((await ck.courses.retrieve(course.id)).student_count, course.student_count);
    assert.equal((await rejection(admin.orders.refund(order.id))).status, 409, 'only paid orders can be refunded');
    assert.equal((await rejection(ck.orders.refund(order.id))).status, 403, 'learners cannot refund');
  });
});

describe('scenario: quizzes', () => {
  it('hides answers from learners, grades attempts on the server with partial credit, shows answers to the instructor', async () => {
    const ck = client(DEMO_ACCOUNTS.student);
    const course = await ck.courses.retrieve('html-css-for-absolute-beginners');
    const quizLecture = (await lecturesOf(ck, course.id)).find((lecture) => lecture.type === 'quiz')!;
    assert.ok(quizLecture.quiz_id, 'the quiz lecture links its quiz');

    const wire = await raw('GET', `/quizzes/${quizLecture.quiz_id}`, { token: api.issueToken(DEMO_ACCOUNTS.student) });
    assert.equal(wire.status, 200);
    for (const question of wire.body.data.questions) assert.equal('answer' in question, false, 'no answer key on the wire');

    const quiz = await ck.quizzes.retrieve(quizLecture.quiz_id!);
    const byType = Object.fromEntries(quiz.questions!.map((question) => [question.type, question]));
    const multiple = byType['multiple']!;
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const keyed = await instructor.quizQuestions.list(quiz.id);
    const key = Object.fromEntries(keyed.map((question) => [question.id, question.answer]));
    const rightOptions = key[multiple.id] as string[];

    const attempt = await ck.quizAttempts.create(quiz.id, {
      responses: {
        [byType['single']!.id]: key[byType['single']!.id] as string,
        [multiple.id]: rightOptions.slice(0, rightOptions.length - 1),
        [byType['true_false']!.id]: !(key[byType['true_false']!.id] as boolean),
      },
    });
    // single 1 + multiple (n-1)/n + true_false 0 + short_answer (missing) 0, over 4 questions.
    const expected = (((1 + (rightOptions.length - 1) / rightOptions.length) / 4) * 100).toFixed(2);
    assert.equal(attempt.score, expected);
    assert.equal(attempt.results, undefined, 'a failed attempt carries its score only: no per-question verdicts to learn the answers from');
    assert.ok((await ck.quizAttempts.list(quiz.id)).some((item) => item.id === attempt.id));
  });

  it('refuses attempts from learners who are not enrolled, and mistyped responses', async () => {
    const outsider = client();
    await register(outsider, 'Mallory');
    const quiz = api.db.first('quizzes', (row) => row.course_id === 1)!;
    assert.equal((await rejection(outsider.quizAttempts.create(quiz.id, { responses: {} }))).status, 403);
    const student = client(DEMO_ACCOUNTS.student);
    const single = api.db.first('quiz_questions', (row) => row.quiz_id === quiz.id && row.type === 'single')!;
    const error = await rejection(student.quizAttempts.create(quiz.id, { responses: { [single.id]: ['PUT'] } }));
    assert.equal(error.status, 422);
    assert.deepEqual(error.errors, { [`responses.${single.id}`]: [`The responses.${single.id} field must be a string.`] });
  });
});

describe('scenario: reviews', () => {
  it('posts a review, recomputes the rating, and allows one review per learner', async () => {
    const ck = client();
    await register(ck, 'Katherine');
    const course = await ck.courses.retrieve('python-programming-basics');
    assert.equal((await rejection(ck.reviews.create(course.id, { rating: 5 }))).status, 403, 'enrolled learners only');
    await ck.enrollments.enroll(course.id);

    const before = await ck.reviews.summary(course.id);
    const review = await ck.reviews.create(course.id, { rating: 1, body: 'Not for me.' });
    assert.equal(review.user?.name, 'Katherine');
    const after = await ck.reviews.summary(course.id);
    assert.equal(after.count, before.count + 1);
    assert.equal(after.histogram[1], before.histogram[1] + 1);
    const stars = ([1, 2, 3, 4, 5] as const).reduce((sum, star) => sum + star * after.histogram[star], 0);
    assert.equal(after.average, (Math.round((stars / after.count) * 100) / 100).toFixed(2), 'the mean of the approved reviews');
    assert.equal((await ck.courses.retrieve(course.id)).rating, after.average, 'the course rating follows');

    const second = await rejection(ck.reviews.create(course.id, { rating: 5 }));
    assert.equal(second.status, 409);

    await client(DEMO_ACCOUNTS.admin).reviews.moderate(review.id, { is_approved: false });
    assert.equal((await ck.reviews.summary(course.id)).count, before.count, 'unapproved reviews leave the summary');
    assert.equal((await ck.courses.retrieve(course.id)).rating, before.average);
    const listed = await client().reviews.list(course.id, { per_page: 100 });
    assert.ok(!listed.data.some((item) => item.id === review.id), 'hidden from the public');
    assert.ok((await ck.reviews.list(course.id, { per_page: 100 })).data.some((item) => item.id === review.id), 'still visible to its author');
  });
});

describe('scenario: every rule violation answers with the right status and shape', () => {
  it('401 {message} without a token, and after logout', async () => {
    const anonymous = await raw('GET', '/me');
    assert.deepEqual([anonymous.status, anonymous.body], [401, { message: 'Unauthenticated.' }]);
    const ck = client();
    await ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' });
    assert.equal((await ck.me.retrieve()).email, DEMO_ACCOUNTS.student);
    const token = (await ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' })).token;
    assert.match(token, /^\d+\|[A-Za-z0-9]{40}$/, 'Sanctum token format');
    await ck.auth.logout();
    assert.equal((await raw('GET', '/me', { token })).status, 401, 'the token is revoked on the server');
  });

  it('403 for the wrong role, and for staff routes of someone else’s course', async () => {
    const student = client(DEMO_ACCOUNTS.student);
    const error = await rejection(student.courses.create({ title: 'Sneaky' }));
    assert.equal(error.status, 403);
    assert.equal(typeof error.body.message, 'string');
    assert.equal((await rejection(student.users.list())).status, 403);
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const notTheirs = await instructor.courses.retrieve('react-fundamentals');
    assert.equal((await rejection(instructor.courses.update(notTheirs.id, { price: '1.00' }))).status, 403);
    assert.equal((await rejection(instructor.courses.publish(notTheirs.id))).status, 403, 'publish is admin-only');
  });

  it('404 with Laravel’s model message, also for drafts seen by outsiders', async () => {
    const missing = await raw('GET', '/courses/999999');
    assert.deepEqual([missing.status, missing.body.message], [404, 'No query results for model [App\\Models\\Course] 999999']);
    assert.equal((await rejection(client().courses.retrieve('web-performance-budgets'))).status, 404, 'a draft is invisible');
    assert.equal((await client(DEMO_ACCOUNTS.instructor).courses.retrieve('web-performance-budgets')).status, 'draft', 'but visible to its instructor');
  });

  it('422 {message, errors} per field, in Laravel’s words', async () => {
    const error = await rejection(client().auth.register({ name: '', email: 'not-an-email', password: 'short', password_confirmation: 'short' }));
    assert.equal(error.status, 422);
    assert.deepEqual(error.errors, {
      name: ['The name field is required.'],
      email: ['The email field must be a valid email address.'],
      password: ['The password field must be at least 8 characters.'],
    });
    assert.equal(error.body.message, 'The name field is required. (and 2 more errors)');
    const taken = await rejection(client().auth.register({ name: 'Sam', email: DEMO_ACCOUNTS.student, password: 'password1', password_confirmation: 'password1' }));
    assert.deepEqual(taken.errors, { email: ['The email has already been taken.'] });
    const mismatch = await rejection(client().auth.register({ name: 'Sam', email: 'sam2@example.org', password: 'password1', password_confirmation: 'password2' }));
    assert.deepEqual(mismatch.errors, { password: ['The password field confirmation does not match.'] });
  });

  it('409 for conflicts with the current state', async () => {
    const admin = client(DEMO_ACCOUNTS.admin);
    const published = await admin.courses.retrieve('react-fundamentals');
    const error = await rejection(admin.courses.publish(published.id));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'invalid_status_transition');
    const student = client(DEMO_ACCOUNTS.student);
    const owned = await student.courses.retrieve('react-fundamentals');
    assert.equal((await rejection(student.orders.create({ items: [{ course_id: owned.id }] }))).status, 409, 'buying a course one has');
  });

  it('429 with Retry-After after five failed logins, then 422 again once the window has passed', async () => {
    const ck = client();
    for (let attempt = 0; attempt < 5; attempt++) {
      assert.equal((await rejection(ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'wrong' }))).status, 422);
    }
    const limited = await rejection(ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' }));
    assert.equal(limited.status, 429);
    assert.ok(limited.retryAfter > 0 && limited.retryAfter <= 60);
    api.reset();
    assert.ok((await ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' })).token);
  });

  it('answers unknown routes with Laravel’s route 404 rather than passing them through', async () => {
    const response = await fetch(`${BASE_URL}/definitely/not/here`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { message: 'The route api/v1/definitely/not/here could not be found.' });
  });
});
