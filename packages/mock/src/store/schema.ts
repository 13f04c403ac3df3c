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
  /** The table's columns by name, each with what the store enforces for it. */
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
  /** Accounts: learners, instructors and admins. Soft-deleted. */
  users: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** Display name. */
      name: string(),
      /** Sign-in address, unique. */
      email: string(),
      /** When the address was confirmed; `null` while unverified. */
      email_verified_at: timestamp().nullable(),
      /** A hash of the password (the mock's own fast scheme, prefixed `$mock$`), never the plain text. Never in a response. */
      password: string(),
      /** Public handle, unique when set. Nullable. */
      username: string().nullable(),
      /** URL of the profile picture. Nullable. */
      avatar: string().nullable(),
      /** One-line title shown under the name. Nullable. */
      headline: string().nullable(),
      /** About text. Nullable. */
      bio: text().nullable(),
      /** Free-form preferences, stored as given. Nullable. */
      settings: json<JsonObject>().nullable(),
      /** What the user may do: `student`, `instructor` or `admin`. Default `'student'`. */
      role: enumeration(['student', 'instructor', 'admin'] as const).default('student'),
      /** Laravel's "remember me" token. Never in a response. Nullable. */
      remember_token: string().nullable(),
      ...timestamps(),
      ...softDeletes(),
    },
    { unique: [['email'], ['username']] },
  ),

  /** Instructor profiles, one per instructor user. */
  instructors: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The user this instructor profile belongs to. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** URL key of the public profile, unique when set. Nullable. */
      slug: string().nullable(),
      /** Employer or organisation. Nullable. */
      company: string().nullable(),
      /** Website URL. Nullable. */
      website: string().nullable(),
      /** Instructor biography. Nullable. */
      bio: text().nullable(),
      ...timestamps(),
    },
    { unique: [['slug']] },
  ),

  /** The course category tree. */
  categories: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** Display name. */
      name: string(),
      /** URL key, unique. */
      slug: string(),
      /** Parent category; `null` at the top level. References `categories.id`; deleting that row sets this to `null`. */
      parent_id: foreignId().nullable().constrained('categories', 'set null'),
      /** Longer description. Nullable. */
      description: text().nullable(),
      ...timestamps(),
    },
    { unique: [['slug']] },
  ),

  /** Courses, with their counters and average rating. Soft-deleted. */
  courses: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** Course title. */
      title: string(),
      /** URL key, unique. */
      slug: string(),
      /** One or two plain-text sentences for cards. Nullable. */
      short_description: text().nullable(),
      /** Full description, HTML as the author wrote it. Nullable. */
      description: longText().nullable(),
      /** The course's category. References `categories.id`; deleting that row sets this to `null`. */
      category_id: foreignId().nullable().constrained('categories', 'set null'),
      /** Price as a decimal string; `"0.00"` is free. Default `'0.00'`. */
      price: decimal(10, 2).default('0.00'),
      /** Who the course is for. Default `'Beginner'`. */
      level: enumeration(['Beginner', 'Intermediate', 'Advanced'] as const).default('Beginner'),
      /** Publication state; only `published` courses are in the catalog. Default `'draft'`. */
      status: enumeration(['draft', 'pending_review', 'published', 'archived'] as const).default('draft'),
      /** Total length in minutes. Nullable. */
      duration_minutes: integer().nullable(),
      /** Number of lectures, kept up to date by the handlers. Default `0`. */
      lecture_count: integer().default(0),
      /** Number of enrollments, kept up to date by the handlers. Default `0`. */
      student_count: integer().default(0),
      /** Plain average of the approved reviews' stars, 0 to 5. Default `'0.00'`. */
      rating: decimal(3, 2).default('0.00'),
      /** Whether the school features the course. Default `false`. */
      is_featured: boolean().default(false),
      ...timestamps(),
      ...softDeletes(),
    },
    { unique: [['slug']] },
  ),

  /** Who teaches which course; one primary instructor per course. */
  course_instructors: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      /** The instructor's user. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Whether this is the primary instructor. Default `false`. */
      is_primary: boolean().default(false),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  /** Topics courses are tagged with. */
  tags: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** Display name, unique. */
      name: string(),
      /** URL key, unique. */
      slug: string(),
      ...timestamps(),
    },
    { unique: [['name'], ['slug']] },
  ),

  /** Which course has which tag (composite primary key). */
  course_tag: table(
    {
      /** The tagged course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      /** The tag. References `tags.id`; deleting that row deletes this one. */
      tag_id: foreignId().constrained('tags', 'cascade'),
    },
    { primaryKey: ['course_id', 'tag_id'] },
  ),

  /** The sections of a course's curriculum. */
  sections: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The course the section belongs to. References `courses.id`; deleting that row deletes this one. */
    course_id: foreignId().constrained('courses', 'cascade'),
    /** Section title. */
    title: string(),
    /** Order within the course, ascending from 0. Default `0`. */
    position: integer().default(0),
    ...timestamps(),
  }),

  /** The lectures of a section. */
  lectures: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The section the lecture belongs to. References `sections.id`; deleting that row deletes this one. */
    section_id: foreignId().constrained('sections', 'cascade'),
    /** Lecture title. */
    title: string(),
    /** What the lecture holds. Default `'video'`. */
    type: enumeration(['video', 'text', 'file', 'quiz', 'assignment'] as const).default('video'),
    /** A video hosted elsewhere (YouTube, Vimeo or a file URL). Nullable. */
    external_url: string().nullable(),
    /** Length in seconds. Nullable. */
    duration_seconds: integer().nullable(),
    /** Body of a `text` lecture, HTML. Nullable. */
    content: text().nullable(),
    /** Whether anyone may open it without enrolling. Default `false`. */
    is_preview: boolean().default(false),
    /** Order within the section, ascending from 0. Default `0`. */
    position: integer().default(0),
    ...timestamps(),
  }),

  /** Uploaded files, attached to a course, lecture or user through `model_type`/`model_id`. */
  media: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** Filesystem disk the file is on. Default `'public'`. */
    disk: string().default('public'),
    /** Path of the file on its disk. */
    path: string(),
    /** Original file name. Nullable. */
    file_name: string().nullable(),
    /** MIME type. Nullable. */
    mime_type: string().nullable(),
    /** Size in bytes. Nullable. */
    size: integer().nullable(),
    // nullableMorphs('model'): polymorphic, so no foreign key.
    /** Class of the owning model (`App\\Models\\Course`, `App\\Models\\Lecture`, `App\\Models\\User`). Nullable. */
    model_type: string().nullable(),
    /** Id of the owning model. Nullable. */
    model_id: integer().nullable(),
    /** Extra facts about the file (a caption track's `kind`, `srclang`, `label`; an image's `alt`). Nullable. */
    meta: json<JsonObject>().nullable(),
    ...timestamps(),
  }),

  /** Quizzes of a course. */
  quizzes: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The course the quiz belongs to. References `courses.id`; deleting that row deletes this one. */
    course_id: foreignId().constrained('courses', 'cascade'),
    /** Quiz title. Nullable. */
    title: string().nullable(),
    ...timestamps(),
  }),

  /** The questions of a quiz, with their canonical answers. */
  quiz_questions: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The quiz the question belongs to. References `quizzes.id`; deleting that row deletes this one. */
    quiz_id: foreignId().constrained('quizzes', 'cascade'),
    /** Question text. */
    question: text(),
    /** How it is answered. Default `'single'`. */
    type: enumeration(['single', 'multiple', 'true_false', 'short_answer'] as const).default('single'),
    /** Choices of a `single` or `multiple` question. Nullable. */
    options: json<string[]>().nullable(),
    /** The canonical answer; never sent to learners before grading. Nullable. */
    answer: json<QuizAnswer>().nullable(),
    ...timestamps(),
  }),

  /** Learners' graded quiz attempts. */
  quiz_attempts: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The attempted quiz. References `quizzes.id`; deleting that row deletes this one. */
    quiz_id: foreignId().constrained('quizzes', 'cascade'),
    /** The learner. References `users.id`; deleting that row deletes this one. */
    user_id: foreignId().constrained('users', 'cascade'),
    /** Percentage earned, `"0.00"` to `"100.00"`; `null` while ungraded. */
    score: decimal(5, 2).nullable(),
    /** The learner's response per question id. Nullable. */
    responses: json<Record<string, QuizAnswer>>().nullable(),
    ...timestamps(),
  }),

  /** Who is enrolled in which course; one per learner and course. */
  enrollments: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      /** The learner. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Only `active` and `completed` give access. Default `'active'`. */
      status: enumeration(['active', 'completed', 'refunded', 'cancelled'] as const).default('active'),
      /** When access began. Nullable. */
      enrolled_at: timestamp().nullable(),
      /** When the learner completed the course. Nullable. */
      completed_at: timestamp().nullable(),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  /** Purchases. */
  orders: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The buyer. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Human-readable reference, unique. */
      order_number: string(),
      /** Amount due after discounts, as a decimal string. */
      total_amount: decimal(12, 2),
      /** Only the payment webhook (or a free total) turns an order `paid`. Default `'pending'`. */
      status: enumeration(['pending', 'paid', 'failed', 'refunded', 'cancelled'] as const).default('pending'),
      /** Extra order data, such as the applied coupon. Nullable. */
      meta: json<JsonObject>().nullable(),
      ...timestamps(),
    },
    { unique: [['order_number']] },
  ),

  /** The courses of an order, one line each. */
  order_items: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The order. References `orders.id`; deleting that row deletes this one. */
    order_id: foreignId().constrained('orders', 'cascade'),
    /** The purchased course. References `courses.id`; deleting that row deletes this one. */
    course_id: foreignId().constrained('courses', 'cascade'),
    /** Amount charged for this line, coupon applied. */
    price: decimal(10, 2),
    /** Always 1 for a course. Default `1`. */
    quantity: integer().default(1),
    ...timestamps(),
  }),

  /** Payment attempts of an order through a gateway. */
  transactions: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The order being paid. References `orders.id`; deleting that row deletes this one. */
    order_id: foreignId().constrained('orders', 'cascade'),
    /** Payment gateway name (`test` here). */
    gateway: string(),
    /** The gateway's own payment id. Nullable. */
    transaction_id: string().nullable(),
    /** Amount of this attempt, as a decimal string. */
    amount: decimal(12, 2),
    /** Where the payment attempt stands. Default `'pending'`. */
    status: enumeration(['pending', 'success', 'failed', 'refunded'] as const).default('pending'),
    /** The gateway's raw payload. Nullable. */
    response: json<JsonObject>().nullable(),
    ...timestamps(),
  }),

  /** Course reviews; one per learner and course. */
  reviews: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The reviewed course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      /** The author; one review per learner and course. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Stars, 1 to 5. */
      rating: integer().unsigned(),
      /** Review text, untrusted. Nullable. */
      body: text().nullable(),
      /** Whether the review is public; unapproved ones are visible to their author only. Default `true`. */
      is_approved: boolean().default(true),
      ...timestamps(),
    },
    { unique: [['course_id', 'user_id']] },
  ),

  /** Discount codes and their restrictions. */
  coupons: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The code buyers type, unique. */
      code: string(),
      /** Percentage or fixed amount off. Default `'percentage'`. */
      type: enumeration(['percentage', 'fixed'] as const).default('percentage'),
      /** Percent off (0 to 100) or amount off. */
      value: decimal(10, 2),
      /** From when it applies; `null` for at once. */
      starts_at: timestamp().nullable(),
      /** Until when it applies; `null` for never. */
      expires_at: timestamp().nullable(),
      /** Redemptions allowed in all; `null` for unlimited. */
      usage_limit: integer().nullable(),
      /** Redemptions so far. Default `0`. */
      usage_count: integer().default(0),
      /** Restrictions: courses, instructors, minimum subtotal. Nullable. */
      meta: json<CouponMeta>().nullable(),
      ...timestamps(),
    },
    { unique: [['code']] },
  ),

  /** Each use of a coupon by an order. */
  coupon_redemptions: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The redeemed coupon. References `coupons.id`; deleting that row deletes this one. */
    coupon_id: foreignId().constrained('coupons', 'cascade'),
    /** Who redeemed it. References `users.id`; deleting that row deletes this one. */
    user_id: foreignId().constrained('users', 'cascade'),
    /** The order it discounted. References `orders.id`; deleting that row sets this to `null`. */
    order_id: foreignId().nullable().constrained('orders', 'set null'),
    ...timestamps(),
  }),

  /** Courses users saved for later; one row per user and course. */
  wishlists: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** Whose wishlist. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** The wished-for course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      ...timestamps(),
    },
    { unique: [['user_id', 'course_id']] },
  ),

  /** Certificates of completion. */
  certificates: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The learner who earned it. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** The completed course. References `courses.id`; deleting that row deletes this one. */
      course_id: foreignId().constrained('courses', 'cascade'),
      /** Public number anyone can verify, unique. */
      certificate_number: string(),
      /** When it was issued. Nullable. */
      issued_at: timestamp().nullable(),
      /** Path of a generated PDF. Nullable. */
      file_path: string().nullable(),
      ...timestamps(),
    },
    { unique: [['certificate_number']] },
  ),

  /** Notifications to users. */
  notifications: table({
    /** Auto-incremented primary key. */
    id: id(),
    /** The recipient. References `users.id`; deleting that row deletes this one. */
    user_id: foreignId().constrained('users', 'cascade'),
    /** What happened (`course_enrolled`, `course_completed`, `certificate_issued`, ...). */
    type: string(),
    /** Details of the event. Nullable. */
    data: json<JsonObject>().nullable(),
    /** Whether the recipient marked it read. Default `false`. */
    read: boolean().default(false),
    ...timestamps(),
  }),

  /** How far each learner got in each lecture. */
  lecture_progress: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The lecture. References `lectures.id`; deleting that row deletes this one. */
      lecture_id: foreignId().constrained('lectures', 'cascade'),
      /** The learner. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Furthest point watched, in seconds; only ever grows. Default `0`. */
      watched_seconds: integer().default(0),
      /** When progress was last reported. Nullable. */
      last_watched_at: timestamp().nullable(),
      ...timestamps(),
    },
    { unique: [['lecture_id', 'user_id']] },
  ),

  // Sanctum's table (morphs to users here). `token` holds the secret part of `12|secret`;
  // Sanctum stores its SHA-256, which buys a mock nothing.
  /** Sanctum API tokens (the secret part of `{id}|{secret}` in `token`). */
  personal_access_tokens: table(
    {
      /** Auto-incremented primary key. */
      id: id(),
      /** The token's user. References `users.id`; deleting that row deletes this one. */
      user_id: foreignId().constrained('users', 'cascade'),
      /** Device name given at sign-in. */
      name: string(),
      /** The secret part of `{id}|{secret}`. */
      token: string(),
      /** Sanctum abilities; `null` for all. */
      abilities: json<string[]>().nullable(),
      /** When the token last authenticated a request. Nullable. */
      last_used_at: timestamp().nullable(),
      /** When it stops working; `null` for never. */
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
