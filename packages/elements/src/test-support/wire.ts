/**
 * Wire data for element tests, derived from the SDK's fixtures (Laravel shapes: string
 * decimals, 0/1 booleans, microsecond timestamps).
 */
import {
  TS,
  categoryWire,
  courseWire,
  mediaWire,
  publicUserWire,
  reviewWire,
  tagWire,
  userWire,
} from '../../../sdk/src/test-support/fixtures.js';

export { TS, userWire, publicUserWire };

const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
const TOPICS = ['TypeScript', 'Rust', 'Design Systems', 'SQL', 'Accessibility', 'Kubernetes', 'Go', 'Data Viz', 'CSS Grid', 'Testing', 'GraphQL', 'Python'];

export type CourseWire = typeof courseWire & Record<string, unknown>;

/** Course `n` (1-based) of the test catalog: levels, prices and ratings vary with `n`. */
export function courseAt(n: number): CourseWire {
  const topic = TOPICS[(n - 1) % TOPICS.length]!;
  return {
    ...courseWire,
    id: n,
    title: `${topic} ${n}`,
    slug: `${topic.toLowerCase().replace(/\s+/g, '-')}-${n}`,
    short_description: `Learn ${topic} step by step.`,
    level: LEVELS[n % 3]!,
    price: n % 4 === 0 ? '0.00' : `${10 + n}.90`,
    rating: (3 + (n % 20) / 10).toFixed(2),
    is_featured: n % 5 === 0 ? 1 : 0,
    duration_minutes: 60 + n * 7,
    lecture_count: 5 + n,
    instructors: [{ ...publicUserWire, is_primary: 1 }],
    media: [{ ...mediaWire, id: 1000 + n, model_id: n, path: `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#c7d2fe"/></svg>`)}` }],
  };
}

/** The 42-course test catalog; course 42 is the SDK fixture's "TypeScript from Zero". */
export const courses: CourseWire[] = Array.from({ length: 42 }, (_, index) => courseAt(index + 1));
courses[41] = { ...courses[41]!, ...courseWire, instructors: courses[41]!.instructors, media: courses[41]!.media };

export const categories = [
  { ...categoryWire, id: 1, name: 'Development', slug: 'development', parent_id: null },
  { ...categoryWire, id: 3, name: 'Web Development', slug: 'web-development', parent_id: 1 },
  { ...categoryWire, id: 4, name: 'Mobile Development', slug: 'mobile-development', parent_id: 1 },
  { ...categoryWire, id: 2, name: 'Design', slug: 'design', parent_id: null },
];

export const tags = [tagWire, { ...tagWire, id: 5, name: 'Rust', slug: 'rust' }];

/** Review `n` of a course, by reviewer `7 + n`. */
export function reviewAt(n: number, courseId = 42): typeof reviewWire {
  return {
    ...reviewWire,
    id: 100 + n,
    course_id: courseId,
    user_id: 100 + n,
    rating: 5 - (n % 5),
    body: `Review number ${n}.`,
    user: { ...publicUserWire, id: 100 + n, name: `Learner ${n}`, role: 'student' },
  };
}
