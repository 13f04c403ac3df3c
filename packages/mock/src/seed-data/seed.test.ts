import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../store/database.js';
import { REFERENCE_DATE } from './reference.js';
import { seedDatabase, seedSnapshot } from './seed.js';
import { averageRating } from '../domain/course-stats.js';
import { gradeAttempt } from '../domain/grading.js';
import { cents } from '../domain/pricing.js';

const db = new Database();
db.import(seedSnapshot());
const published = db.where('courses', (course) => course.status === 'published');

describe('seed data', () => {
  it('is deterministic: two builds are identical', () => {
    const again = new Database({ now: () => REFERENCE_DATE });
    seedDatabase(again);
    assert.deepEqual(again.export(), seedSnapshot());
  });

  it('dates everything at or before the reference date', () => {
    const limit = REFERENCE_DATE.toISOString().replace('Z', '000Z');
    for (const [table, rows] of Object.entries(seedSnapshot().tables)) {
      for (const row of rows as readonly Record<string, unknown>[]) {
        for (const column of ['created_at', 'updated_at', 'enrolled_at', 'completed_at', 'issued_at', 'last_watched_at']) {
          const value = row[column];
          if (typeof value === 'string') assert.ok(value <= limit, `${table}.${column} ${value} is after the reference date`);
        }
      }
    }
  });

  it('has 60+ published courses over a two-level category tree, each in a subcategory', () => {
    assert.ok(published.length >= 60, `${published.length} published courses`);
    const categories = db.all('categories');
    const roots = categories.filter((category) => category.parent_id === null);
    const children = categories.filter((category) => category.parent_id !== null);
    assert.ok(roots.length >= 5 && children.length >= 15);
    assert.ok(children.every((child) => roots.some((root) => root.id === child.parent_id)), 'exactly two levels');
    assert.ok(published.every((course) => children.some((child) => child.id === course.category_id)));
    assert.ok(db.all('courses').some((course) => course.status === 'draft'));
    assert.ok(db.all('courses').some((course) => course.status === 'pending_review'));
    assert.equal(db.all('courses').length, db.all('courses', { withTrashed: true }).length - 1, 'one soft-deleted course');
  });

  it('has free and paid courses at every level, and featured ones', () => {
    for (const level of ['Beginner', 'Intermediate', 'Advanced'] as const) {
      assert.ok(published.some((course) => course.level === level && course.price === '0.00'), `free ${level}`);
      assert.ok(published.some((course) => course.level === level && course.price !== '0.00'), `paid ${level}`);
    }
    assert.ok(published.filter((course) => course.is_featured).length >= 5);
  });

  it('has 12+ instructors with profiles, some courses co-taught, exactly one primary each', () => {
    const instructors = db.where('users', (user) => user.role === 'instructor');
    assert.ok(instructors.length >= 12);
    assert.equal(db.count('instructors'), instructors.length);
    const pivots = db.all('course_instructors');
    for (const course of db.all('courses')) {
      assert.equal(pivots.filter((pivot) => pivot.course_id === course.id && pivot.is_primary).length, 1, course.title);
    }
    const coTaught = db.all('courses').filter((course) => pivots.filter((pivot) => pivot.course_id === course.id).length === 2);
    assert.ok(coTaught.length >= 10);
  });

  it('gives every course tags, a cover, sections and every lecture type with previews', () => {
    for (const course of published) {
      assert.ok(db.count('course_tag', (row) => row.course_id === course.id) >= 1, course.title);
      assert.ok(db.first('media', (media) => media.model_id === course.id && media.mime_type === 'image/svg+xml'), course.title);
      const sectionIds = db.where('sections', (section) => section.course_id === course.id).map((section) => section.id);
      const lectures = db.where('lectures', (lecture) => sectionIds.includes(lecture.section_id));
      assert.deepEqual(new Set(lectures.map((lecture) => lecture.type)), new Set(['video', 'text', 'file', 'quiz', 'assignment']), course.title);
      assert.ok(lectures.some((lecture) => lecture.is_preview) && lectures.some((lecture) => !lecture.is_preview));
      assert.equal(course.lecture_count, lectures.length, 'lecture_count matches the curriculum');
    }
  });

  it('has quizzes with all four question types, each answer valid for its type', () => {
    const types = new Set(db.all('quiz_questions').map((question) => question.type));
    assert.deepEqual(types, new Set(['single', 'multiple', 'true_false', 'short_answer']));
    for (const question of db.all('quiz_questions')) {
      if (question.type === 'single') assert.ok(question.options?.includes(question.answer as string));
      if (question.type === 'multiple') assert.ok((question.answer as string[]).every((option) => question.options?.includes(option)));
      if (question.type === 'true_false') assert.equal(typeof question.answer, 'boolean');
    }
    for (const attempt of db.all('quiz_attempts')) {
      const questions = db.where('quiz_questions', (question) => question.quiz_id === attempt.quiz_id);
      assert.equal(attempt.score, gradeAttempt(questions, attempt.responses ?? {}).score, 'seeded scores agree with the grader');
    }
  });

  it('has approved and unapproved reviews, only by enrolled learners, and ratings that match them', () => {
    const reviews = db.all('reviews');
    assert.ok(reviews.some((review) => review.is_approved) && reviews.some((review) => !review.is_approved));
    for (const review of reviews) {
      assert.ok(db.first('enrollments', (row) => row.user_id === review.user_id && row.course_id === review.course_id), 'reviewer is enrolled');
    }
    for (const course of published) {
      const approved = reviews.filter((review) => review.course_id === course.id && review.is_approved).map((review) => review.rating);
      assert.equal(course.rating, averageRating(approved), course.title);
    }
  });

  it('keeps commerce consistent: paid enrollments have paid orders whose items add up', () => {
    for (const order of db.all('orders')) {
      const items = db.where('order_items', (item) => item.order_id === order.id);
      assert.equal(items.reduce((sum, item) => sum + cents(item.price), 0), cents(order.total_amount), order.order_number);
    }
    for (const enrollment of db.all('enrollments')) {
      const course = db.find('courses', enrollment.course_id, { withTrashed: true })!;
      if (course.price === '0.00') continue;
      const paid = db.first('order_items', (item) => item.course_id === course.id && ['paid', 'refunded'].includes(db.find('orders', item.order_id)!.status) && db.find('orders', item.order_id)!.user_id === enrollment.user_id);
      assert.ok(paid, `enrollment ${enrollment.id} in a paid course has an order`);
    }
    for (const coupon of db.all('coupons')) {
      assert.equal(coupon.usage_count, db.count('coupon_redemptions', (row) => row.coupon_id === coupon.id), coupon.code);
    }
  });

  it('issues a certificate for each completed enrollment, and only for those', () => {
    const completed = db.where('enrollments', (row) => row.status === 'completed');
    assert.ok(completed.length > 10);
    assert.equal(db.count('certificates'), completed.length);
    for (const enrollment of completed) assert.ok(db.first('certificates', (row) => row.user_id === enrollment.user_id && row.course_id === enrollment.course_id));
  });

  it('has the demo accounts with their documented state', () => {
    const student = db.first('users', (user) => user.email === 'student@coursekit.test')!;
    assert.equal(student.role, 'student');
    assert.equal(db.first('users', (user) => user.email === 'instructor@coursekit.test')?.role, 'instructor');
    assert.equal(db.first('users', (user) => user.email === 'admin@coursekit.test')?.role, 'admin');
    const statuses = db.where('enrollments', (row) => row.user_id === student.id).map((row) => row.status).sort();
    assert.deepEqual(statuses, ['active', 'active', 'completed', 'refunded']);
    assert.equal(db.count('wishlists', (row) => row.user_id === student.id), 3);
    assert.ok(db.count('notifications', (row) => row.user_id === student.id && !row.read) >= 1);
  });
});
