/**
 * Laravel wire fixtures: every spelling the contract allows parses into the same typed value.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { bool, collection, decimal, formatMinor, normalizeDecimal, resource, timestamp, toMinorUnits } from './wire.js';
import { Course, User, QuizQuestion, QuizAttempt, Order, CouponValidation, ReviewSummary, Category } from './index.js';
import { categoryWire, courseWire, orderWire, quizAttemptWire, quizQuestionWire, userWire } from '../test-support/fixtures.js';

describe('wire tolerance', () => {
  it('decimals: "19.99", 19.99, "19.990" and 19.990 are all "19.99"', () => {
    for (const input of ['19.99', 19.99, '19.990', 19.99]) assert.equal(decimal.parse(input), '19.99');
    assert.equal(decimal.parse(0), '0.00');
    assert.equal(decimal.parse('5'), '5.00');
    assert.equal(decimal.parse(1e21), '1000000000000000000000.00');
    assert.equal(decimal.parse(0.1 + 0.2), '0.30', 'a float artefact still rounds to the cent');
    assert.throws(() => decimal.parse('19,99'));
    assert.throws(() => decimal.parse('NaN'));
  });

  it('a malformed decimal or timestamp fails with the form it expected, which the JSON Schema documents', () => {
    const firstIssue = (schema: z.ZodMiniType, value: unknown) => {
      const issue = z.safeParse(schema, value).error?.issues[0];
      return { code: issue?.code, message: issue?.message };
    };
    assert.deepEqual(firstIssue(decimal, '19,99'), { code: 'invalid_format', message: 'Expected a decimal string like "19.99"' });
    assert.deepEqual(firstIssue(decimal, ' 19.99'), { code: 'invalid_format', message: 'Expected a decimal string like "19.99"' });
    assert.deepEqual(firstIssue(timestamp, 'yesterday'), { code: 'invalid_format', message: 'Expected an ISO 8601 timestamp' });
    assert.deepEqual(z.toJSONSchema(decimal, { io: 'input' }).anyOf?.[0], { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' });
    assert.equal(z.toJSONSchema(timestamp, { io: 'input' }).pattern, '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$');
  });

  it('decimal arithmetic stays in integer cents: three items of 0.10 total 0.30', () => {
    const total = ['0.10', '0.10', '0.10'].reduce((sum, price) => sum + toMinorUnits(price), 0n);
    assert.equal(formatMinor(total), '0.30');
    assert.equal(normalizeDecimal('-1.005'), '-1.01');
    assert.equal(formatMinor(-5n), '-0.05');
  });

  it('booleans: true/false, 1/0 and "1"/"0"', () => {
    assert.deepEqual([true, 1, '1', false, 0, '0'].map((value) => bool.parse(value)), [true, true, true, false, false, false]);
    assert.throws(() => bool.parse(2));
    assert.throws(() => bool.parse('yes'));
  });

  it('timestamps: microseconds, milliseconds, seconds, offsets and MySQL spacing are one instant', () => {
    const spellings = ['2026-01-02T03:04:05.000000Z', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05Z', '2026-01-02T04:04:05+01:00', '2026-01-02 03:04:05'];
    for (const spelling of spellings) assert.equal(timestamp.parse(spelling), '2026-01-02T03:04:05.000Z', spelling);
    assert.equal(timestamp.parse('2026-01-02T03:04:05.123456Z'), '2026-01-02T03:04:05.123Z');
    assert.throws(() => timestamp.parse('yesterday'));
    assert.throws(() => timestamp.parse('2026-13-45T99:99:99Z'));
  });

  it('objects wrapped in {data} or bare parse the same; {data, meta} too', () => {
    const schema = resource(Course);
    const bare = schema.parse(courseWire);
    assert.deepEqual(schema.parse({ data: courseWire }), bare);
    assert.deepEqual(schema.parse({ data: courseWire, meta: { extra: true } }), bare);
    assert.deepEqual(collection(Course).parse({ data: [courseWire] }), [bare]);
    assert.deepEqual(collection(Course).parse([courseWire]), [bare]);
  });

  it('a Laravel course without casts parses into canonical values', () => {
    const course = Course.parse({ ...courseWire, category: categoryWire });
    assert.equal(course.price, '19.90');
    assert.equal(course.rating, '4.70');
    assert.equal(course.is_featured, true);
    assert.equal(course.created_at, '2026-01-02T03:04:05.000Z');
    assert.equal(course.category?.slug, 'web-development');
    const withNumbers = Course.parse({ ...courseWire, price: 19.9, rating: 4.7, is_featured: true, created_at: '2026-01-02T03:04:05Z' });
    assert.deepEqual(withNumbers, Course.parse(courseWire));
  });

  it('category trees nest through children', () => {
    const tree = Category.parse({ ...categoryWire, children: [{ ...categoryWire, id: 9, parent_id: 3, children: [] }] });
    assert.equal(tree.children?.[0]?.id, 9);
  });
});

describe('audience views', () => {
  it('User never carries password or remember_token, even when the server leaks them', () => {
    const user = User.parse(userWire) as Record<string, unknown>;
    assert.equal('password' in user, false);
    assert.equal('remember_token' in user, false);
    assert.equal(user['email'], 'ada@example.com');
  });

  it('the learner QuizQuestion has no answer, even when the server sends one', () => {
    const question = QuizQuestion.parse({ ...quizQuestionWire, answer: true }) as Record<string, unknown>;
    assert.equal('answer' in question, false);
    assert.equal('answer' in QuizQuestion.def.shape, false, 'the schema has no answer field at all');
  });

  it('graded attempts, orders, coupon checks and review summaries parse their wire forms', () => {
    const attempt = QuizAttempt.parse(quizAttemptWire);
    assert.equal(attempt.score, '100.00');
    assert.equal(attempt.results?.[0]?.correct, true);
    const order = Order.parse(orderWire);
    assert.equal(order.items?.[0]?.price, '17.91');
    const check = CouponValidation.parse({ valid: false, reason: 'expired', discount: 0, subtotal: '19.90', total: 19.9 });
    assert.deepEqual([check.discount, check.subtotal, check.total, check.reason], ['0.00', '19.90', '19.90', 'expired']);
    const summary = ReviewSummary.parse({ average: '4.50', count: 2, histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 } });
    assert.equal(summary.histogram[5], 1);
  });

  it('schemas and types share one name (z.infer)', () => {
    const parsed: z.infer<typeof Course> = Course.parse(courseWire);
    assert.equal(parsed.slug, 'typescript-from-zero');
  });
});
