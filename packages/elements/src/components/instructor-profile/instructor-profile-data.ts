/**
 * What `<ckit-instructor-profile>` reads: the public profile and the courses the instructor
 * teaches (one catalog request, with what a card shows, so no card asks again).
 *
 * @module
 */
import { Instructors, type Course, type Instructor, type Page } from '@coursekit/sdk';
import { courseList } from '../../data/queries.js';
import { query, type Query } from '../../data/query.js';

/** An instructor's public profile with its user (`GET /instructors/{slug}`). */
export const instructorQuery = (slug: string): Query<Instructor> => query(['instructor', slug], 'public', ({ client }) => new Instructors(client.http).retrieve(slug));

/** The instructor's most popular published courses, with everything a card shows. */
export const instructorCoursesQuery = (slug: string, perPage: number): Query<Page<Course>> =>
  courseList({ instructor: slug, include: ['category', 'instructors', 'media', 'tags'], sort: '-student_count', per_page: perPage });
