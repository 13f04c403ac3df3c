/**
 * The seed's 24 tables (`/seed/schema.md`), column for column, plus Sanctum's
 * `personal_access_tokens`, which every Laravel app with API tokens has. The store enforces what
 * MySQL would from these definitions: NOT NULL, enum values, unique keys, foreign keys with their
 * delete actions, and soft deletes for `users` and `courses`.
 *
 * @module
 */
import {
  boolean,
  decimal,
  enumeration,
  foreignId,
  id,
  integer,
  json,
  longText,
  softDeletes,
  string,
  text,
  timestamp,
  timestamps,
  type Columns,
  type InsertOf,
  type RowOf,
} from './columns.js';

/** A JSON object column. */
export type JsonObject = Record<string, unknown>;
/** A learner's answer, or a question's canonical answer. */
export type QuizAnswer = string | string[] | boolean;

/** `coupons.meta`: the restrictions a coupon carries. */
export interface CouponMeta {
  /** Only these courses are discounted. */
  course_ids?: number[];
  /** Only courses taught by these instructor user ids are discounted. */
  instructor_ids?: number[];
  /** Minimum subtotal, a decimal string. */
  min_purchase?: string;
  [key: string]: unknown;
}

/** The shape of one table: its columns and the keys the database enforces. */
export interface TableSpec<C extends Columns = Columns> {
  readonly columns: C;
  /** Column(s) of the primary key; `['id']` for auto-increment tables. */
  readonly primaryKey: readonly (keyof C & string)[];
  /** Unique indexes, each a list of columns. Like MySQL, rows with a NULL in the key do not collide. */
  readonly unique: readonly (readonly (keyof C & string)[])[];
  /** Whether deletes through the API set `deleted_at` instead of removing the row. */
  readonly softDeletes: boolean;
  /** Whether the store maintains `created_at`/`updated_at`. */
  readonly timestamps: boolean;
}

function table<C extends Columns>(
  columns: C,
  options: { primaryKey?: readonly (keyof C & string)[]; unique?: readonly (readonly (keyof C & string)[])[] } = {},
): TableSpec<C> {
  return {
    columns,
    primaryKey: options.primaryKey ?? ['id'],
    unique: options.unique ?? [],
    softDeletes: 'deleted_at' in columns,
    timestamps: 'created_at' in columns && 'updated_at' in columns,
  };
}

export const schema = {
  users: table(
    {
      id: id(),
      name: string(),
      email: string(),
      email_verified_at: timestamp().nullable(),
      password: string(),
      username: string().nullable(),
      avatar: string().nullable(),
      headline: string().nullable(),
      bio: text().nullable(),
      settings: json<JsonObject>().nullable(),
      role: enumeration(['student', 'instructor', 'admin'] as const).default('student'),
      remember_token: string().nullable(),
      ...timestamps(),
      ...softDeletes(),
    },
    { unique: [['email'], ['username']] },
  ),

  instructors: table(
    {
      id: id(),
      user_id: foreignId().constrained('users', 'cascade'),
      slug: string().nullable(),
      company: string().nullable(),
      website: string().nullable(),
      bio: text().nullable(),
      ...timestamps(),
    },
    { unique: [['slug']] },
  ),

  categories: table(
    {
      id: id(),
      name: string(),
      slug: string(),
      parent_id: foreignId().nullable().constrained('categories', 'set null'),
      description: text().nullable(),
      ...timestamps(),
    },
    { unique: [['slug']] },
  ),

  courses: table(
    {
      id: id(),
      title: string(),
      slug: string(),
      short_description: text().nullable(),
      description: longText().nullable(),
      category_id: foreignId().nullable().constrained('categories', 'set null'),
      price: decimal(10, 2).default('0.00'),
      level: enumeration(['Beginner', 'Intermediate', 'Advanced'] as const).default('Beginner'),
      status: enumeration(['draft', 'pending_review', 'published', 'archived'] as const).default('draft'),
      duration_minutes: integer().nullable(),
      lecture_count: integer().default(0),
      student_count: integer().default(0),
      rating: decimal(3, 2).default('0.00'),
      is_featured: boolean().default(false),
      ...timestamps(),
      ...softDeletes(),
    },
    { unique: [['slug']] },
  ),

  course_instructors: table(
    {
      id: id(),
      course_id: foreignId().constrained('courses', 'cascade'),
      user_id: foreignId().constrained('users', 'cascade'),
      is_primary: boolean().default(false),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  tags: table({ id: id(), name: string(), slug: string(), ...timestamps() }, { unique: [['name'], ['slug']] }),

  course_tag: table(
    {
      course_id: foreignId().constrained('courses', 'cascade'),
      tag_id: foreignId().constrained('tags', 'cascade'),
    },
    { primaryKey: ['course_id', 'tag_id'] },
  ),

  sections: table({
    id: id(),
    course_id: foreignId().constrained('courses', 'cascade'),
    title: string(),
    position: integer().default(0),
    ...timestamps(),
  }),

  lectures: table({
    id: id(),
    section_id: foreignId().constrained('sections', 'cascade'),
    title: string(),
    type: enumeration(['video', 'text', 'file', 'quiz', 'assignment'] as const).default('video'),
    external_url: string().nullable(),
    duration_seconds: integer().nullable(),
    content: text().nullable(),
    is_preview: boolean().default(false),
    position: integer().default(0),
    ...timestamps(),
  }),

  media: table({
    id: id(),
    disk: string().default('public'),
    path: string(),
    file_name: string().nullable(),
    mime_type: string().nullable(),
    size: integer().nullable(),
    // nullableMorphs('model'): polymorphic, so no foreign key.
    model_type: string().nullable(),
    model_id: integer().nullable(),
    meta: json<JsonObject>().nullable(),
    ...timestamps(),
  }),

  quizzes: table({
    id: id(),
    course_id: foreignId().constrained('courses', 'cascade'),
    title: string().nullable(),
    ...timestamps(),
  }),

  quiz_questions: table({
    id: id(),
    quiz_id: foreignId().constrained('quizzes', 'cascade'),
    question: text(),
    type: enumeration(['single', 'multiple', 'true_false', 'short_answer'] as const).default('single'),
    options: json<string[]>().nullable(),
    answer: json<QuizAnswer>().nullable(),
    ...timestamps(),
  }),

  quiz_attempts: table({
    id: id(),
    quiz_id: foreignId().constrained('quizzes', 'cascade'),
    user_id: foreignId().constrained('users', 'cascade'),
    score: decimal(5, 2).nullable(),
    responses: json<Record<string, QuizAnswer>>().nullable(),
    ...timestamps(),
  }),

  enrollments: table(
    {
      id: id(),
      course_id: foreignId().constrained('courses', 'cascade'),
      user_id: foreignId().constrained('users', 'cascade'),
      status: enumeration(['active', 'completed', 'refunded', 'cancelled'] as const).default('active'),
      enrolled_at: timestamp().nullable(),
      completed_at: timestamp().nullable(),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  orders: table(
    {
      id: id(),
      user_id: foreignId().constrained('users', 'cascade'),
      order_number: string(),
      total_amount: decimal(12, 2),
      status: enumeration(['pending', 'paid', 'failed', 'refunded', 'cancelled'] as const).default('pending'),
      meta: json<JsonObject>().nullable(),
      ...timestamps(),
    },
    { unique: [['order_number']] },
  ),

  order_items: table({
    id: id(),
    order_id: foreignId().constrained('orders', 'cascade'),
    course_id: foreignId().constrained('courses', 'cascade'),
    price: decimal(10, 2),
    quantity: integer().default(1),
    ...timestamps(),
  }),

  transactions: table({
    id: id(),
    order_id: foreignId().constrained('orders', 'cascade'),
    gateway: string(),
    transaction_id: string().nullable(),
    amount: decimal(12, 2),
    status: enumeration(['pending', 'success', 'failed', 'refunded'] as const).default('pending'),
    response: json<JsonObject>().nullable(),
    ...timestamps(),
  }),

  reviews: table(
    {
      id: id(),
      course_id: foreignId().constrained('courses', 'cascade'),
      user_id: foreignId().constrained('users', 'cascade'),
      rating: integer().unsigned(),
      body: text().nullable(),
      is_approved: boolean().default(true),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  coupons: table(
    {
      id: id(),
      code: string(),
      type: enumeration(['percentage', 'fixed'] as const).default('percentage'),
      value: decimal(10, 2),
      starts_at: timestamp().nullable(),
      expires_at: timestamp().nullable(),
      usage_limit: integer().nullable(),
      usage_count: integer().default(0),
      meta: json<CouponMeta>().nullable(),
      ...timestamps(),
    },
    { unique: [['code']] },
  ),

  coupon_redemptions: table({
    id: id(),
    coupon_id: foreignId().constrained('coupons', 'cascade'),
    user_id: foreignId().constrained('users', 'cascade'),
    order_id: foreignId().nullable().constrained('orders', 'set null'),
    ...timestamps(),
  }),

  wishlists: table(
    {
      id: id(),
      user_id: foreignId().constrained('users', 'cascade'),
      course_id: foreignId().constrained('courses', 'cascade'),
      ...timestamps(),
    },
    { unique: [['user_id', 'course_id']] },
  ),

  certificates: table(
    {
      id: id(),
      user_id: foreignId().constrained('users', 'cascade'),
      course_id: foreignId().constrained('courses', 'cascade'),
      certificate_number: string(),
      issued_at: timestamp().nullable(),
      file_path: string().nullable(),
      ...timestamps(),
    },
    { unique: [['certificate_number']] },
  ),

  notifications: table({
    id: id(),
    user_id: foreignId().constrained('users', 'cascade'),
    type: string(),
    data: json<JsonObject>().nullable(),
    read: boolean().default(false),
    ...timestamps(),
  }),

  lecture_progress: table(
    {
      id: id(),
      lecture_id: foreignId().constrained('lectures', 'cascade'),
      user_id: foreignId().constrained('users', 'cascade'),
      watched_seconds: integer().default(0),
      last_watched_at: timestamp().nullable(),
      ...timestamps(),
    },
    { unique: [['lecture_id', 'user_id']] },
  ),

  // Sanctum's table (morphs to users here). `token` holds the secret part of `12|secret`;
  // Sanctum stores its SHA-256, which buys a mock nothing.
  personal_access_tokens: table(
    {
      id: id(),
      user_id: foreignId().constrained('users', 'cascade'),
      name: string(),
      token: string(),
      abilities: json<string[]>().nullable(),
      last_used_at: timestamp().nullable(),
      expires_at: timestamp().nullable(),
      ...timestamps(),
    },
    { unique: [['token']] },
  ),
};

/** Every table's schema. */
export type Schema = typeof schema;
/** A table name. */
export type TableName = keyof Schema;
/** A stored row of `T`. */
export type Row<T extends TableName> = RowOf<Schema[T]['columns']>;
/** What an insert into `T` takes. */
export type Insert<T extends TableName> = InsertOf<Schema[T]['columns']>;
/** Tables with an auto-increment `id`. */
export type IdTable = Exclude<TableName, 'course_tag'>;
/** Tables with `deleted_at`. */
export type SoftDeleteTable = 'users' | 'courses';

/** Table names, parents before children: the order to insert a snapshot in. */
export const TABLE_NAMES = Object.keys(schema) as TableName[];

/** Convenience aliases for the rows handlers use most. */
export type UserRow = Row<'users'>;
export type CourseRow = Row<'courses'>;
export type LectureRow = Row<'lectures'>;
export type SectionRow = Row<'sections'>;
export type OrderRow = Row<'orders'>;
export type CouponRow = Row<'coupons'>;
