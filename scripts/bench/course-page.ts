/**
 * A page of courses exactly as a Laravel API Resource collection sends it from MySQL without
 * casts: decimals as strings, booleans as 0/1, microsecond timestamps, `category`, `tags` and
 * `instructors` (with their pivot) included, plus the paginator's `links` and `meta`.
 * Deterministic: the same arguments always give the same bytes.
 *
 * @module
 */

const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
const BASE = 'https://school.example/api/v1/courses';

function timestamp(index: number): string {
  const day = String((index % 28) + 1).padStart(2, '0');
  const second = String(index % 60).padStart(2, '0');
  return `2026-03-${day}T10:15:${second}.000000Z`;
}

function category(index: number) {
  const id = (index % 12) + 1;
  return { id, name: `Category ${id}`, slug: `category-${id}`, parent_id: id > 4 ? (id % 4) + 1 : null, description: null, created_at: timestamp(id), updated_at: timestamp(id) };
}

function tag(courseId: number, id: number) {
  return { id, name: `Tag ${id}`, slug: `tag-${id}`, created_at: timestamp(id), updated_at: timestamp(id), pivot: { course_id: courseId, tag_id: id } };
}

function instructor(courseId: number, userId: number, primary: boolean) {
  return {
    id: userId,
    name: `Instructor ${userId}`,
    username: `instructor${userId}`,
    avatar: `https://cdn.school.example/avatars/${userId}.jpg`,
    headline: 'Senior engineer and teacher',
    bio: 'Teaches what they ship. Fifteen years of building web applications in production.',
    role: 'instructor',
    pivot: { course_id: courseId, user_id: userId, is_primary: primary ? 1 : 0, created_at: timestamp(userId), updated_at: timestamp(userId) },
  };
}

function course(index: number) {
  const id = 1000 + index;
  const cents = 900 + ((index * 1234) % 18000);
  return {
    id,
    title: `Course ${id}: building production web applications`,
    slug: `course-${id}`,
    short_description: 'From first principles to a deployed application, with exercises after every lecture.',
    description: '<p>A hands-on course. <strong>Every</strong> lecture ends with an exercise and its solution.</p>',
    category_id: category(index).id,
    price: index % 10 === 0 ? '0.00' : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    level: LEVELS[index % LEVELS.length],
    status: 'published',
    duration_minutes: 120 + (index % 40) * 15,
    lecture_count: 12 + (index % 30),
    student_count: (index * 137) % 20000,
    rating: `${3 + (index % 3)}.${String((index * 7) % 100).padStart(2, '0')}`,
    is_featured: index % 7 === 0 ? 1 : 0,
    created_at: timestamp(index),
    updated_at: timestamp(index + 1),
    deleted_at: null,
    category: category(index),
    tags: [tag(id, (index % 20) + 1), tag(id, ((index + 5) % 20) + 1), tag(id, ((index + 11) % 20) + 1)],
    instructors: [instructor(id, 500 + (index % 25), true), instructor(id, 600 + (index % 9), false)],
  };
}

/** Page `page` of `perPage` courses out of `total`, as `{data, links, meta}`. */
export function coursePage(perPage: number, page = 1, total = 1000) {
  const lastPage = Math.ceil(total / perPage);
  const from = (page - 1) * perPage;
  const url = (n: number) => `${BASE}?page=${n}&per_page=${perPage}`;
  return {
    data: Array.from({ length: perPage }, (_, offset) => course(from + offset)),
    links: { first: url(1), last: url(lastPage), prev: page > 1 ? url(page - 1) : null, next: page < lastPage ? url(page + 1) : null },
    meta: {
      current_page: page,
      from: from + 1,
      last_page: lastPage,
      links: [{ url: null, label: '&laquo; Previous', active: false }, { url: url(page), label: String(page), active: true }],
      path: BASE,
      per_page: perPage,
      to: from + perPage,
      total,
    },
  };
}
