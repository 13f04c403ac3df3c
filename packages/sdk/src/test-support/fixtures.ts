/**
 * Wire fixtures exactly as a Laravel backend without casts sends them: decimals as strings,
 * booleans as 0/1, microsecond timestamps. Tests parse these and assert the canonical values.
 */
export const TS = '2026-01-02T03:04:05.000000Z';
export const TS_CANONICAL = '2026-01-02T03:04:05.000Z';

export const publicUserWire = { id: 7, name: 'Ada Lovelace', username: 'ada', avatar: null, headline: 'Mathematician', bio: null, role: 'instructor' };

export const userWire = {
  ...publicUserWire,
  email: 'ada@example.com',
  email_verified_at: TS,
  settings: { theme: 'dark' },
  created_at: TS,
  updated_at: TS,
  password: '$2y$10$hash-that-must-never-surface',
  remember_token: 'must-never-surface',
};

export const categoryWire = { id: 3, name: 'Web Development', slug: 'web-development', parent_id: 1, description: null, created_at: TS, updated_at: TS };
export const tagWire = { id: 4, name: 'TypeScript', slug: 'typescript', created_at: TS, updated_at: TS };

export const courseWire = {
  id: 42,
  title: 'TypeScript from Zero',
  slug: 'typescript-from-zero',
  short_description: 'Types without tears.',
  description: '<p>Learn <strong>TypeScript</strong>.</p>',
  category_id: 3,
  price: '19.90',
  level: 'Beginner',
  status: 'published',
  duration_minutes: 320,
  lecture_count: 24,
  student_count: 1200,
  rating: '4.70',
  is_featured: 1,
  created_at: TS,
  updated_at: TS,
  deleted_at: null,
};

export const sectionWire = { id: 5, course_id: 42, title: 'Basics', position: 1, created_at: TS, updated_at: TS };
export const lectureWire = {
  id: 9,
  section_id: 5,
  title: 'Why types',
  type: 'video',
  external_url: 'https://video.example/9',
  duration_seconds: 300,
  content: null,
  is_preview: 1,
  position: 1,
  created_at: TS,
  updated_at: TS,
};

export const enrollmentWire = { id: 11, course_id: 42, user_id: 7, status: 'active', enrolled_at: TS, completed_at: null, created_at: TS, updated_at: TS };
export const progressWire = { id: 12, lecture_id: 9, user_id: 7, watched_seconds: 120, last_watched_at: TS, created_at: TS, updated_at: TS };
export const courseProgressWire = { completed_lectures: 1, total_lectures: 24, percent: 4.17, lectures: [{ lecture_id: 9, watched_seconds: 300, completed: 1 }] };

export const quizQuestionWire = { id: 21, quiz_id: 20, question: 'Is TS a superset of JS?', type: 'true_false', options: null, created_at: TS, updated_at: TS };
export const quizWire = { id: 20, course_id: 42, title: 'Checkpoint', created_at: TS, updated_at: TS, questions: [quizQuestionWire] };
export const quizAttemptWire = {
  id: 30,
  quiz_id: 20,
  user_id: 7,
  score: '100.00',
  responses: { '21': true },
  created_at: TS,
  updated_at: TS,
  results: [{ question_id: 21, correct: 1, score: 1, answer: true }],
};

export const reviewWire = { id: 50, course_id: 42, user_id: 7, rating: 5, body: 'Great course', is_approved: 1, created_at: TS, updated_at: TS, user: publicUserWire };
export const couponWire = { id: 60, code: 'WELCOME10', type: 'percentage', value: '10.00', starts_at: null, expires_at: null, usage_limit: 100, usage_count: 3, meta: null, created_at: TS, updated_at: TS };
export const orderItemWire = { id: 71, order_id: 70, course_id: 42, price: '17.91', quantity: 1, created_at: TS, updated_at: TS };
export const transactionWire = { id: 80, order_id: 70, gateway: 'test', transaction_id: 'tx_1', amount: '17.91', status: 'pending', response: null, created_at: TS, updated_at: TS };
export const orderWire = { id: 70, user_id: 7, order_number: 'CK-2026-000070', total_amount: '17.91', status: 'pending', meta: { coupon_code: 'WELCOME10' }, created_at: TS, updated_at: TS, items: [orderItemWire] };
export const certificateWire = { id: 90, user_id: 7, course_id: 42, certificate_number: 'CK-CERT-0001', issued_at: TS, file_path: null, created_at: TS, updated_at: TS };
export const notificationWire = { id: 95, user_id: 7, type: 'course_enrolled', data: { course_id: 42 }, read: 0, created_at: TS, updated_at: TS };
export const wishlistWire = { id: 96, user_id: 7, course_id: 42, created_at: TS, updated_at: TS };
/** A school-hosted video lecture's files: the video and an English caption track, with signed URLs. */
export const lectureMediaWire = [
  { id: 120, disk: 'public', path: 'lectures/9/sample-lecture.webm', file_name: 'sample-lecture.webm', mime_type: 'video/webm', size: 19520, model_type: 'App\\Models\\Lecture', model_id: 9, meta: { width: 320, height: 180, duration_seconds: 12 }, url: 'https://school.example/api/v1/storage/lectures/9/sample-lecture.webm?signature=0f1e2d3c4b5a6978', created_at: TS, updated_at: TS },
  { id: 121, disk: 'public', path: 'lectures/9/sample-lecture.en.vtt', file_name: 'sample-lecture.en.vtt', mime_type: 'text/vtt', size: 402, model_type: 'App\\Models\\Lecture', model_id: 9, meta: { kind: 'captions', srclang: 'en', label: 'English' }, url: 'https://school.example/api/v1/storage/lectures/9/sample-lecture.en.vtt?signature=8796a5b4c3d2e1f0', created_at: TS, updated_at: TS },
];
export const mediaWire = { id: 97, disk: 'public', path: 'courses/42/cover.jpg', file_name: 'cover.jpg', mime_type: 'image/jpeg', size: 20480, model_type: 'App\\Models\\Course', model_id: 42, meta: { alt: 'Cover' }, created_at: TS, updated_at: TS };
export const instructorWire = { id: 8, user_id: 7, slug: 'ada-lovelace', company: 'Analytical Engines', website: null, bio: null, created_at: TS, updated_at: TS, user: publicUserWire };

/** Laravel's resource-collection paginator around `items`. */
export function resourceCollection<T>(items: T[], page = 1, lastPage = 1, perPage = 15, total = items.length) {
  return {
    data: items,
    links: { first: '?page=1', last: `?page=${lastPage}`, prev: page > 1 ? `?page=${page - 1}` : null, next: page < lastPage ? `?page=${page + 1}` : null },
    meta: { current_page: page, last_page: lastPage, per_page: perPage, total, from: items.length ? (page - 1) * perPage + 1 : null, to: items.length ? (page - 1) * perPage + items.length : null, path: '/api/v1/x' },
  };
}

/** What an `Idempotency-Key` generated by the SDK looks like (a v4 UUID). */
export const IDEMPOTENCY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const authTokenWire = { token: '1|sanctum-token', user: userWire };
export const quizQuestionWithAnswerWire = { ...quizQuestionWire, answer: true };
export const reviewSummaryWire = { average: 4.5, count: 12, histogram: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 8 } };
export const couponValidationWire = { valid: true, reason: null, discount: 1.99, subtotal: '19.90', total: '17.91', coupon: { code: 'WELCOME10', type: 'percentage', value: '10.00' } };
export const paymentWire = { ...transactionWire, id: 81, transaction_id: 'pi_1', client_secret: 'pi_1_secret', redirect_url: null };
export const certificateVerificationWire = { valid: 1, certificate_number: 'CK-CERT-0001', learner_name: 'Ada Lovelace', course_title: 'TypeScript from Zero', issued_at: '2026-01-02 03:04:05' };
