/**
 * Google's structured data for courses (Search Central, "Course info (Course and CourseInstance)
 * structured data" and "Course list"): the properties each type must or should have, with the
 * type of value Google expects, and a checker that lists what a JSON-LD object gets wrong. Used
 * by the tests of `<ckit-course-details>`; not shipped in any element.
 *
 * @module
 */

/** The schema.org types Google's course rich results use. */
export type StructuredType = 'Course' | 'Organization' | 'Offer' | 'CourseInstance' | 'Schedule' | 'Person' | 'AggregateRating' | 'Syllabus';

/** A kind of value: a scalar checked by a function, a nested type by name, or a list of one. */
type Expect = ((value: unknown) => boolean) | StructuredType | readonly [StructuredType];

interface TypeSpec {
  /** Properties without which the rich result is not eligible. */
  required: Record<string, Expect>;
  /** Properties Google recommends; checked when present. */
  recommended: Record<string, Expect>;
  /** Groups of which at least one property is required (`courseWorkload` or `courseSchedule`). */
  oneOf?: string[][];
}

const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const url = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s/]+/.test(value);
const number = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const integer = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
/** ISO 8601 duration, e.g. `PT5H20M`. */
const duration = (value: unknown) => typeof value === 'string' && /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value);
const oneOf = (...allowed: string[]) => (value: unknown) => typeof value === 'string' && allowed.includes(value);
const currency = (value: unknown) => typeof value === 'string' && /^[A-Z]{3}$/.test(value);
const urlOrList = (value: unknown) => url(value) || (Array.isArray(value) && value.length > 0 && value.every(url));

export const TYPES: Record<StructuredType, TypeSpec> = {
  Course: {
    required: { name: text, description: text, provider: 'Organization', offers: ['Offer'], hasCourseInstance: ['CourseInstance'] },
    recommended: {
      aggregateRating: 'AggregateRating',
      image: urlOrList,
      publisher: 'Organization',
      totalHistoricalEnrollment: integer,
      syllabusSections: ['Syllabus'],
      educationalLevel: text,
      inLanguage: text,
      availableLanguage: text,
    },
  },
  Organization: { required: { name: text }, recommended: { sameAs: url, url } },
  Offer: { required: { category: oneOf('Free', 'Partially Free', 'Subscription', 'Paid') }, recommended: { price: number, priceCurrency: currency } },
  CourseInstance: {
    required: { courseMode: (value: unknown) => oneOf('Online', 'Onsite', 'Blended')(value) || url(value) },
    recommended: { courseWorkload: duration, courseSchedule: 'Schedule', instructor: ['Person'] },
    oneOf: [['courseWorkload', 'courseSchedule']],
  },
  Schedule: { required: { repeatFrequency: text, repeatCount: integer }, recommended: { duration } },
  Person: { required: { name: text }, recommended: { description: text, image: url } },
  AggregateRating: {
    required: { ratingValue: number },
    recommended: { ratingCount: integer, reviewCount: integer, bestRating: number, worstRating: number },
    oneOf: [['ratingCount', 'reviewCount']],
  },
  Syllabus: { required: { name: text }, recommended: { description: text, timeRequired: duration } },
};

/** What `value` gets wrong as a `type` (an empty list when it is valid), each as `path: problem`. */
export function validateStructuredData(value: unknown, type: StructuredType, path: string = type): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected a ${type} object`];
  const object = value as Record<string, unknown>;
  const spec = TYPES[type];
  const problems: string[] = [];
  if (object['@type'] !== type) problems.push(`${path}: @type is ${JSON.stringify(object['@type'])}, expected "${type}"`);
  const check = (name: string, expect: Expect) => {
    const at = `${path}.${name}`;
    const actual = object[name];
    if (typeof expect === 'function') {
      if (!expect(actual)) problems.push(`${at}: unexpected value ${JSON.stringify(actual)}`);
    } else if (typeof expect === 'string') {
      problems.push(...validateStructuredData(actual, expect, at));
    } else if (!Array.isArray(actual) || actual.length === 0) {
      problems.push(`${at}: expected a non-empty list of ${expect[0]}`);
    } else {
      actual.forEach((item, index) => problems.push(...validateStructuredData(item, expect[0], `${at}[${index}]`)));
    }
  };
  for (const [name, expect] of Object.entries(spec.required)) {
    if (object[name] === undefined) problems.push(`${path}.${name}: required`);
    else check(name, expect);
  }
  for (const [name, expect] of Object.entries(spec.recommended)) if (object[name] !== undefined) check(name, expect);
  for (const group of spec.oneOf ?? []) if (group.every((name) => object[name] === undefined)) problems.push(`${path}: one of ${group.join(', ')} is required`);
  return problems;
}
