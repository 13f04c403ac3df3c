/**
 * Builds the seed: a realistic, deterministic school on top of the blueprints in this folder.
 * Everything random comes from one seeded PRNG and every timestamp from `REFERENCE_DATE`, so
 * two runs (or two machines) produce the same rows, byte for byte.
 *
 * What is in it: 64 published courses (plus a draft, one under review, an archived and a deleted
 * one) over a two-level category tree, tags, fifteen instructors (some courses co-taught), the
 * demo accounts, eighty learners with enrollments, paid orders, progress, certificates, reviews
 * (some awaiting moderation), wishlists, notifications, and the coupons of `coupons.ts`.
 *
 * @module
 */
import { Database, type DatabaseSnapshot } from '../store/database.js';
import type { CourseRow, QuizAnswer, Row, UserRow } from '../store/schema.js';
import { toMillis } from '../store/time.js';
import { courseLectures, refreshCourseStats } from '../domain/course-stats.js';
import { gradeAttempt } from '../domain/grading.js';
import { certificateNumber, orderNumber } from '../domain/identifiers.js';
import { MORPH_TYPES } from '../domain/morphs.js';
import { hashPassword } from '../domain/passwords.js';
import { applyCoupon, priceCart, type CartItem, type Quote } from '../domain/pricing.js';
import { slugify } from '../domain/slugs.js';
import { avatarPath, coverPath, coverSvg } from './artwork.js';
import { CATEGORIES, COURSES, TAGS, type CourseBlueprint } from './catalog.js';
import { COUPONS } from './coupons.js';
import { planCurriculum, planQuiz, quizTitle } from './curriculum.js';
import { fileLectureMedia, videoLectureMedia } from './lecture-media.js';
import { DEMO_ADMIN, DEMO_STUDENT, FIRST_NAMES, INSTRUCTORS, LAST_NAMES, LEARNER_COUNT } from './people.js';
import { Prng } from './prng.js';
import { reviewBody } from './reviews.js';
import { DEMO_PASSWORD, PRNG_SEED, REFERENCE_DATE, after, daysAgo } from './reference.js';

const SPAM_BODIES = ['Visit my channel for the same course for free!!!', 'Great course. Also, cheap followers at example.net'];

/** Fills an empty database with the seed. */
export function seedDatabase(db: Database): void {
  db.transaction(() => new Seeder(db).run());
}

let cached: DatabaseSnapshot | undefined;

/** The seed as a snapshot, built once per process (rows are frozen, so sharing is safe). */
export function seedSnapshot(): DatabaseSnapshot {
  if (!cached) {
    const db = new Database({ now: () => REFERENCE_DATE });
    seedDatabase(db);
    cached = db.export();
  }
  return cached;
}

let cachedVersion: string | undefined;

/** A short fingerprint of the seed: saved browser state made from another seed is discarded. Computed once per process, like the seed. */
export function seedVersion(): string {
  if (cachedVersion === undefined) {
    const snapshot = seedSnapshot();
    const counts = Object.entries(snapshot.sequences).map(([table, next]) => `${table}:${next}`);
    let hash = 2166136261;
    for (const char of `${counts.join(',')}|${JSON.stringify(snapshot.tables.courses)}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    cachedVersion = (hash >>> 0).toString(36);
  }
  return cachedVersion;
}

interface SeededCourse {
  blueprint: CourseBlueprint;
  row: CourseRow;
  rootCategory: string;
  instructorIds: number[];
}

class Seeder {
  readonly #db: Database;
  readonly #prng = new Prng(PRNG_SEED);
  readonly #password = hashPassword(DEMO_PASSWORD);
  readonly #instructors = new Map<string, UserRow>();
  readonly #courses: SeededCourse[] = [];
  /** Seeded uses left per coupon code, consumed in blueprint order by learners' paid orders. */
  readonly #couponUses = new Map<string, number>();

  constructor(db: Database) {
    this.#db = db;
  }

  run(): void {
    this.#user({ ...DEMO_ADMIN, role: 'admin', created: 820 });
    const student = this.#user({ ...DEMO_STUDENT, role: 'student', created: 240, settings: { locale: 'en', theme: 'light', email_notifications: true } });
    this.#seedInstructors();
    const learners = this.#seedLearners();
    this.#seedCatalog();
    this.#seedCoupons();
    this.#seedDemoStudent(student);
    for (const learner of learners) this.#seedLearnerActivity(learner);
    this.#seedInstructorNotifications();
    for (const course of this.#courses) refreshCourseStats(this.#db, course.row.id);
  }

  // ── people ───────────────────────────────────────────────────────────────

  #user(input: { name: string; username: string; email: string; headline?: string | null; bio?: string | null; role: UserRow['role']; created: number; avatar?: boolean; settings?: Record<string, unknown> }): UserRow {
    const created = daysAgo(input.created);
    return this.#db.insert('users', {
      name: input.name,
      email: input.email,
      email_verified_at: after(created, 0.01),
      password: this.#password,
      username: input.username,
      avatar: input.avatar === false ? null : avatarPath(input.username),
      headline: input.headline ?? null,
      bio: input.bio ?? null,
      settings: input.settings ?? null,
      role: input.role,
      created_at: created,
      updated_at: created,
    });
  }

  #seedInstructors(): void {
    INSTRUCTORS.forEach((blueprint, index) => {
      const user = this.#user({ ...blueprint, role: 'instructor', created: 760 - index * 20 });
      this.#instructors.set(blueprint.username, user);
      this.#db.insert('instructors', {
        user_id: user.id,
        slug: slugify(blueprint.name.replace(/^Dr\.\s*/, '')),
        company: blueprint.company,
        website: blueprint.website,
        bio: blueprint.bio,
        created_at: user.created_at,
        updated_at: user.created_at,
      });
    });
  }

  #seedLearners(): UserRow[] {
    const learners: UserRow[] = [];
    for (let index = 0; index < LEARNER_COUNT; index++) {
      const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
      const last = LAST_NAMES[(index * 7) % LAST_NAMES.length]!;
      const username = `${slugify(first)}.${slugify(last)}${index + 1}`;
      learners.push(
        this.#user({
          name: `${first} ${last}`,
          username,
          email: `${username}@example.com`,
          role: 'student',
          created: this.#prng.int(30, 600),
          avatar: this.#prng.chance(0.5),
        }),
      );
    }
    return learners;
  }

  // ── catalog ──────────────────────────────────────────────────────────────

  #seedCatalog(): void {
    const categoryIds = new Map<string, { id: number; root: string }>();
    for (const root of CATEGORIES) {
      const created = daysAgo(800);
      const parent = this.#db.insert('categories', { name: root.name, slug: root.slug, description: root.description, created_at: created, updated_at: created });
      categoryIds.set(root.slug, { id: parent.id, root: root.slug });
      for (const child of root.children) {
        const row = this.#db.insert('categories', { ...child, parent_id: parent.id, created_at: created, updated_at: created });
        categoryIds.set(child.slug, { id: row.id, root: root.slug });
      }
    }
    const tagIds = new Map<string, number>();
    for (const [slug, name] of TAGS) tagIds.set(slug, this.#db.insert('tags', { name, slug, created_at: daysAgo(800), updated_at: daysAgo(800) }).id);

    for (const [index, blueprint] of COURSES.entries()) {
      const category = categoryIds.get(blueprint.category);
      if (!category) throw new Error(`Unknown category ${blueprint.category} in ${blueprint.title}.`);
      const status = blueprint.status ?? 'published';
      const created = daysAgo(status === 'published' ? this.#prng.int(60, 700) : this.#prng.int(5, 40));
      const slug = slugify(blueprint.title);
      const sections = planCurriculum(this.#prng, { title: blueprint.title, topic: blueprint.topic, slug, index });
      const course = this.#db.insert('courses', {
        title: blueprint.title,
        slug,
        short_description: shortDescription(blueprint),
        description: `<p>${shortDescription(blueprint)}</p><h3>What you will learn</h3><ul>${sections.map((section) => `<li>${section.title}</li>`).join('')}</ul>`,
        category_id: category.id,
        price: blueprint.price,
        level: blueprint.level,
        status,
        is_featured: blueprint.featured ?? false,
        created_at: created,
        updated_at: created,
        deleted_at: blueprint.deleted ? daysAgo(10) : null,
      });
      const instructorIds = blueprint.by.map((username, index) => {
        const user = this.#instructors.get(username);
        if (!user) throw new Error(`Unknown instructor ${username} in ${blueprint.title}.`);
        this.#db.insert('course_instructors', { course_id: course.id, user_id: user.id, is_primary: index === 0, created_at: created, updated_at: created });
        return user.id;
      });
      for (const tag of blueprint.tags) {
        const tagId = tagIds.get(tag);
        if (tagId === undefined) throw new Error(`Unknown tag ${tag} in ${blueprint.title}.`);
        this.#db.insert('course_tag', { course_id: course.id, tag_id: tagId });
      }
      this.#db.insert('media', {
        path: coverPath(slug),
        file_name: `${slug}.svg`,
        mime_type: 'image/svg+xml',
        size: new TextEncoder().encode(coverSvg(slug, blueprint.title)).length,
        model_type: MORPH_TYPES.course,
        model_id: course.id,
        meta: { alt: blueprint.title, width: 1280, height: 720, collection: 'cover' },
        created_at: created,
        updated_at: created,
      });
      sections.forEach((section, sectionIndex) => {
        const sectionRow = this.#db.insert('sections', { course_id: course.id, title: section.title, position: sectionIndex + 1, created_at: created, updated_at: created });
        section.lectures.forEach(({ attach, ...lecture }, lectureIndex) => {
          const row = this.#db.insert('lectures', { ...lecture, section_id: sectionRow.id, position: lectureIndex + 1, created_at: created, updated_at: created });
          const files = attach === 'sample-video' ? videoLectureMedia(row.id) : attach === 'cheat-sheet' ? [fileLectureMedia(row.id, { slug, title: blueprint.title, topic: blueprint.topic })] : [];
          for (const file of files) this.#db.insert('media', { ...file, model_type: MORPH_TYPES.lecture, model_id: row.id, created_at: created, updated_at: created });
        });
      });
      const quiz = this.#db.insert('quizzes', { course_id: course.id, title: quizTitle(blueprint.topic), created_at: created, updated_at: created });
      for (const question of planQuiz(category.root)) this.#db.insert('quiz_questions', { ...question, quiz_id: quiz.id, created_at: created, updated_at: created });
      this.#courses.push({ blueprint, row: course, rootCategory: category.root, instructorIds });
    }
  }

  #seedCoupons(): void {
    for (const blueprint of COUPONS) {
      const meta: Record<string, unknown> = {};
      if (blueprint.category) {
        meta['course_ids'] = this.#courses.filter((course) => course.blueprint.category === blueprint.category && course.row.status === 'published' && !course.blueprint.deleted).map((course) => course.row.id);
      }
      if (blueprint.instructor) meta['instructor_ids'] = [this.#instructors.get(blueprint.instructor)!.id];
      if (blueprint.min_purchase) meta['min_purchase'] = blueprint.min_purchase;
      this.#db.insert('coupons', {
        code: blueprint.code,
        type: blueprint.type,
        value: blueprint.value,
        starts_at: blueprint.starts_at ?? null,
        expires_at: blueprint.expires_at ?? null,
        usage_limit: blueprint.usage_limit ?? null,
        meta: Object.keys(meta).length ? meta : null,
        created_at: daysAgo(400),
        updated_at: daysAgo(400),
      });
      if (blueprint.seeded_uses) this.#couponUses.set(blueprint.code, blueprint.seeded_uses);
    }
  }

  // ── learning and commerce ────────────────────────────────────────────────

  #course(title: string): SeededCourse {
    const course = this.#courses.find((candidate) => candidate.blueprint.title === title);
    if (!course) throw new Error(`No seeded course ${title}.`);
    return course;
  }

  #catalog(): SeededCourse[] {
    return this.#courses.filter((course) => course.row.status === 'published' && !course.blueprint.deleted);
  }

  #seedDemoStudent(student: UserRow): void {
    const html = this.#enroll(student, this.#course('HTML & CSS for Absolute Beginners'), 200, 'completed');
    this.#review(student, html, 5, 'Exactly the gentle start I was looking for. The layout exercises are great.', true);
    this.#attempt(student, html.course, html.at, { single: true, multiple: true, true_false: false, short_answer: true });
    this.#enroll(student, this.#course('Modern JavaScript from Scratch'), 120, 'partial');
    this.#enroll(student, this.#course('React Fundamentals'), 45, 'partial', 'WELCOME10');
    const flutter = this.#enroll(student, this.#course('Flutter App Development'), 90, 'none');
    this.#refund(flutter, 'Bought by mistake.');
    this.#cancelledOrder(student, this.#course('Advanced React Patterns'), 30);
    for (const [title, days] of [['TypeScript for JavaScript Developers', 20], ['Building Web Components with Lit', 12], ['Machine Learning Foundations', 3]] as const) {
      this.#db.insert('wishlists', { user_id: student.id, course_id: this.#course(title).row.id, created_at: daysAgo(days), updated_at: daysAgo(days) });
    }
  }

  #seedLearnerActivity(learner: UserRow): void {
    const since = (toMillis(learner.created_at!) - REFERENCE_DATE.getTime()) / -86_400_000;
    for (const course of this.#prng.sample(this.#catalog(), this.#prng.int(2, 7))) {
      const courseAge = (REFERENCE_DATE.getTime() - toMillis(course.row.created_at!)) / 86_400_000;
      const daysBefore = this.#prng.int(1, Math.max(2, Math.floor(Math.min(since, courseAge)) - 1));
      const roll = this.#prng.next();
      const outcome = roll < 0.15 ? 'completed' : roll < 0.55 ? 'partial' : 'none';
      const enrollment = this.#enroll(learner, course, daysBefore, outcome, this.#nextSeededCoupon(course));
      if (this.#prng.chance(0.55)) {
        const spam = this.#prng.chance(0.06);
        const rating = spam ? 5 : this.#weightedRating();
        // One draw either way, like pick(): the rest of the seed stays exactly as it was.
        this.#review(learner, enrollment, rating, spam ? this.#prng.pick(SPAM_BODIES) : reviewBody(rating, course.blueprint.topic, this.#prng.next()), !spam && this.#prng.chance(0.95));
      }
      if (outcome !== 'none' && this.#prng.chance(0.3)) {
        this.#attempt(learner, course, enrollment.at, { single: this.#prng.chance(0.8), multiple: this.#prng.chance(0.6), true_false: this.#prng.chance(0.8), short_answer: this.#prng.chance(0.5) });
      }
    }
    if (this.#prng.chance(0.4)) {
      for (const course of this.#prng.sample(this.#catalog(), this.#prng.int(1, 3))) {
        if (this.#db.first('wishlists', (row) => row.user_id === learner.id && row.course_id === course.row.id)) continue;
        if (this.#db.first('enrollments', (row) => row.user_id === learner.id && row.course_id === course.row.id)) continue;
        const at = daysAgo(this.#prng.int(1, 60));
        this.#db.insert('wishlists', { user_id: learner.id, course_id: course.row.id, created_at: at, updated_at: at });
      }
    }
  }

  /** A seeded coupon use for a paid course, while any are left and the coupon accepts the cart. */
  #nextSeededCoupon(course: SeededCourse): string | undefined {
    if (course.row.price === '0.00') return undefined;
    for (const [code, left] of this.#couponUses) if (left > 0) return code;
    return undefined;
  }

  #weightedRating(): number {
    const roll = this.#prng.next();
    return roll < 0.45 ? 5 : roll < 0.8 ? 4 : roll < 0.92 ? 3 : roll < 0.97 ? 2 : 1;
  }

  /** Enrolls a user `days` before the reference date: through a paid order for paid courses, with progress per `outcome`. */
  #enroll(user: UserRow, course: SeededCourse, days: number, outcome: 'completed' | 'partial' | 'none', couponCode?: string) {
    const at = daysAgo(days);
    if (course.row.price !== '0.00') this.#paidOrder(user, course, at, couponCode);
    let enrollment = this.#db.insert('enrollments', { course_id: course.row.id, user_id: user.id, enrolled_at: at, created_at: at, updated_at: at });
    this.#notify(user.id, 'course_enrolled', { course_id: course.row.id, course_title: course.row.title }, at, true);

    const lectures = courseLectures(this.#db, course.row.id);
    const watched = outcome === 'completed' ? lectures.length : outcome === 'partial' ? this.#prng.int(1, Math.max(1, lectures.length - 2)) : 0;
    let last = at;
    lectures.slice(0, watched).forEach((lecture) => {
      last = after(last, this.#prng.int(1, 3) * 0.3);
      this.#db.insert('lecture_progress', { lecture_id: lecture.id, user_id: user.id, watched_seconds: lecture.duration_seconds ?? 0, last_watched_at: last, created_at: last, updated_at: last });
    });
    const next = lectures[watched];
    if (outcome === 'partial' && next?.duration_seconds) {
      last = after(last, 0.2);
      this.#db.insert('lecture_progress', { lecture_id: next.id, user_id: user.id, watched_seconds: Math.floor(next.duration_seconds * 0.4), last_watched_at: last, created_at: last, updated_at: last });
    }
    if (outcome === 'completed') {
      enrollment = this.#db.update('enrollments', enrollment.id, { status: 'completed', completed_at: last, updated_at: last });
      const certificate = this.#db.insert('certificates', {
        user_id: user.id,
        course_id: course.row.id,
        certificate_number: certificateNumber(new Date(toMillis(last)), this.#prng.hex(8)),
        issued_at: last,
        created_at: last,
        updated_at: last,
      });
      this.#notify(user.id, 'course_completed', { course_id: course.row.id, course_title: course.row.title }, last, true);
      this.#notify(user.id, 'certificate_issued', { course_id: course.row.id, course_title: course.row.title, certificate_number: certificate.certificate_number }, last, this.#prng.chance(0.5));
    }
    return { enrollment, course, at };
  }

  #cart(course: SeededCourse): CartItem[] {
    return [{ course_id: course.row.id, price: course.row.price, instructor_ids: course.instructorIds }];
  }

  #paidOrder(user: UserRow, course: SeededCourse, at: string, couponCode: string | undefined): Row<'orders'> {
    const coupon = couponCode ? this.#db.first('coupons', (row) => row.code === couponCode) : undefined;
    let quote: Quote = priceCart(this.#cart(course));
    if (coupon) {
      const verdict = applyCoupon(coupon, this.#cart(course), new Date(toMillis(at)));
      if (!verdict.valid) throw new Error(`Seeded coupon ${coupon.code} does not apply: ${verdict.reason}.`);
      quote = verdict.quote;
    }
    const order = this.#db.insert('orders', {
      user_id: user.id,
      order_number: orderNumber(this.#db.nextId('orders'), new Date(toMillis(at))),
      total_amount: quote.total,
      status: 'paid',
      meta: { subtotal: quote.subtotal, discount: quote.discount, coupon_code: coupon?.code ?? null, currency: 'USD' },
      created_at: at,
      updated_at: at,
    });
    for (const item of quote.items) this.#db.insert('order_items', { order_id: order.id, course_id: item.course_id, price: item.price, created_at: at, updated_at: at });
    const intent = `pi_${this.#prng.hex(24).toLowerCase()}`;
    this.#db.insert('transactions', {
      order_id: order.id,
      gateway: 'test',
      transaction_id: intent,
      amount: quote.total,
      status: 'success',
      response: { id: intent, object: 'payment_intent', status: 'succeeded', card_last4: '4242' },
      created_at: at,
      updated_at: at,
    });
    if (coupon) {
      this.#db.insert('coupon_redemptions', { coupon_id: coupon.id, user_id: user.id, order_id: order.id, created_at: at, updated_at: at });
      this.#db.update('coupons', coupon.id, { usage_count: coupon.usage_count + 1, updated_at: at });
      const left = this.#couponUses.get(coupon.code);
      if (left !== undefined) this.#couponUses.set(coupon.code, left - 1);
    }
    this.#notify(user.id, 'order_paid', { order_id: order.id, order_number: order.order_number, total_amount: order.total_amount }, at, true);
    return order;
  }

  #refund(enrollment: { enrollment: Row<'enrollments'>; course: SeededCourse; at: string }, reason: string): void {
    const refundedAt = after(enrollment.at, 2);
    const item = this.#db.first('order_items', (row) => row.course_id === enrollment.course.row.id && this.#db.find('orders', row.order_id)?.user_id === enrollment.enrollment.user_id)!;
    const order = this.#db.find('orders', item.order_id)!;
    this.#db.update('orders', order.id, { status: 'refunded', meta: { ...order.meta, refund_reason: reason, refunded_at: refundedAt }, updated_at: refundedAt });
    for (const transaction of this.#db.where('transactions', (row) => row.order_id === order.id)) {
      this.#db.update('transactions', transaction.id, { status: 'refunded', updated_at: refundedAt });
    }
    this.#db.update('enrollments', enrollment.enrollment.id, { status: 'refunded', updated_at: refundedAt });
    this.#notify(enrollment.enrollment.user_id, 'order_refunded', { order_id: order.id, order_number: order.order_number, total_amount: order.total_amount }, refundedAt, false);
  }

  #cancelledOrder(user: UserRow, course: SeededCourse, days: number): void {
    const at = daysAgo(days);
    const quote = priceCart(this.#cart(course));
    const order = this.#db.insert('orders', {
      user_id: user.id,
      order_number: orderNumber(this.#db.nextId('orders'), new Date(toMillis(at))),
      total_amount: quote.total,
      status: 'cancelled',
      meta: { subtotal: quote.subtotal, discount: quote.discount, coupon_code: null, currency: 'USD' },
      created_at: at,
      updated_at: after(at, 0.1),
    });
    this.#db.insert('order_items', { order_id: order.id, course_id: course.row.id, price: quote.items[0]!.price, created_at: at, updated_at: at });
  }

  #review(user: UserRow, enrollment: { course: SeededCourse; at: string }, rating: number, body: string, approved: boolean): void {
    const at = after(enrollment.at, this.#prng.int(1, 30));
    this.#db.insert('reviews', { course_id: enrollment.course.row.id, user_id: user.id, rating, body, is_approved: approved, created_at: at, updated_at: at });
  }

  /** A quiz attempt graded by the real grader; `correct` says which question types the learner gets right. */
  #attempt(user: UserRow, course: SeededCourse, enrolledAt: string, correct: Record<'single' | 'multiple' | 'true_false' | 'short_answer', boolean>): void {
    const quiz = this.#db.first('quizzes', (row) => row.course_id === course.row.id)!;
    const questions = this.#db.where('quiz_questions', (row) => row.quiz_id === quiz.id);
    const responses: Record<string, QuizAnswer> = {};
    for (const question of questions) {
      const answer = question.answer!;
      const options = question.options ?? [];
      const right = correct[question.type];
      if (question.type === 'true_false') responses[question.id] = right ? answer : !answer;
      else if (question.type === 'multiple') responses[question.id] = right ? answer : options.filter((option) => !(answer as string[]).includes(option)).slice(0, 1);
      else if (question.type === 'single') responses[question.id] = right ? answer : options.find((option) => option !== answer)!;
      else responses[question.id] = right ? (answer as string[])[0]! : 'I am not sure';
    }
    const at = after(enrolledAt, this.#prng.int(1, 20));
    this.#db.insert('quiz_attempts', { quiz_id: quiz.id, user_id: user.id, score: gradeAttempt(questions, responses).score, responses, created_at: at, updated_at: at });
  }

  #seedInstructorNotifications(): void {
    const ines = this.#instructors.get('ines')!;
    const lit = this.#course('Building Web Components with Lit');
    this.#notify(ines.id, 'course_published', { course_id: lit.row.id, course_title: lit.row.title }, after(lit.row.created_at!, 3), true);
    const review = this.#db.first('reviews', (row) => row.course_id === lit.row.id);
    if (review) this.#notify(ines.id, 'review_posted', { course_id: lit.row.id, course_title: lit.row.title, review_id: review.id, rating: review.rating }, review.created_at!, false);
  }

  #notify(userId: number, type: string, data: Record<string, unknown>, at: string, read: boolean): void {
    this.#db.insert('notifications', { user_id: userId, type, data, read, created_at: at, updated_at: at });
  }
}

function shortDescription(course: CourseBlueprint): string {
  switch (course.level) {
    case 'Beginner':
      return `A friendly, practical introduction to ${course.topic}. No prior experience needed.`;
    case 'Intermediate':
      return `Go beyond the basics of ${course.topic} with real projects and proven practices.`;
    case 'Advanced':
      return `Master ${course.topic} in depth, with the techniques experienced practitioners rely on.`;
  }
}
