/**
 * The schema.org `Course` of a course page, as JSON-LD for Google's course rich results (course
 * list and course info): name, description, provider, offers, one online `CourseInstance` with
 * its workload and instructors, rating, enrollment count, image and syllabus sections. It goes
 * into the document's `<head>` (crawlers read light DOM only) through the `coursekit` Trusted
 * Types policy, never through a parser.
 *
 * @module
 */
import type { Course, ReviewSummary, Section } from '@coursekit/sdk';
import { courseImage, instructorNames } from '../../internal/course-view.js';
import { htmlText } from '../../internal/sanitize.js';

/** Who offers the course: the school. */
export interface CourseProvider {
  name: string;
  /** The school's home page, given as the provider's `sameAs`. */
  url: string;
}

/** Minutes as an ISO 8601 duration: `PT5H20M`. */
const isoMinutes = (minutes: number) => `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${Math.round(minutes % 60)}M`;
const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The schema.org `Course` of `course`, as a plain object for `JSON.stringify`. */
export function courseJsonLd(course: Course, provider: CourseProvider, currency: string, summary?: ReviewSummary, sections?: Section[]): Record<string, unknown> {
  const image = courseImage(course);
  const primary = instructorNames(course);
  const people = [...(course.instructors ?? [])].sort((a, b) => primary.indexOf(a.name) - primary.indexOf(b.name));
  const organization = { '@type': 'Organization', name: provider.name, sameAs: provider.url };
  const free = Number(course.price) === 0;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': absolute(location.pathname + location.search),
    name: course.title,
    description: course.short_description || htmlText(course.description ?? '') || course.title,
    provider: organization,
    publisher: organization,
    ...(image ? { image: [absolute(image)] } : {}),
    educationalLevel: course.level,
    ...(course.category ? { about: course.category.name } : {}),
    ...(course.tags?.length ? { keywords: course.tags.map((tag) => tag.name).join(', ') } : {}),
    totalHistoricalEnrollment: course.student_count,
    ...(course.updated_at ? { dateModified: course.updated_at } : {}),
    offers: [{ '@type': 'Offer', category: free ? 'Free' : 'Paid', price: Number(course.price), priceCurrency: currency, availability: 'https://schema.org/InStock' }],
    hasCourseInstance: [
      {
        '@type': 'CourseInstance',
        courseMode: 'Online',
        // Self-paced: the whole course's length is its workload.
        courseWorkload: isoMinutes(course.duration_minutes ?? 0),
        ...(people.length
          ? { instructor: people.map((person) => ({ '@type': 'Person', name: person.name, ...(person.headline ? { description: person.headline } : {}), ...(person.avatar ? { image: absolute(person.avatar) } : {}) })) }
          : {}),
      },
    ],
    ...(summary?.count
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: Number(summary.average), ratingCount: summary.count, reviewCount: summary.count, bestRating: 5, worstRating: 1 } }
      : {}),
    ...(sections?.length
      ? {
          syllabusSections: sections.map((section) => ({
            '@type': 'Syllabus',
            name: section.title,
            timeRequired: isoMinutes((section.lectures ?? []).reduce((total, lecture) => total + (lecture.duration_seconds ?? 0), 0) / 60),
          })),
        }
      : {}),
  };
}

/**
 * Puts `data` into the document's `<head>` as one JSON-LD script owned by `owner`, replacing the
 * one it put there before; `undefined` removes it. `<` is escaped, so no text of the course can
 * end the script early.
 */
export async function placeJsonLd(owner: object, data: Record<string, unknown> | undefined): Promise<void> {
  placed.get(owner)?.remove();
  placed.delete(owner);
  if (!data) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  placed.set(owner, script);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  try {
    const { jsonScriptText } = await import('../../internal/trusted-types.js');
    script.textContent = jsonScriptText(json);
  } catch {
    // The page refuses the `coursekit` policy: no structured data rather than a violation.
    placed.delete(owner);
    return;
  }
  // Removed or replaced while the policy loaded.
  if (placed.get(owner) === script) document.head.append(script);
}

const placed = new WeakMap<object, HTMLScriptElement>();
