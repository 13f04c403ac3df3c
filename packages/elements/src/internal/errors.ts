/**
 * Thrown (and reported through `ckit-error`) when an element that needs the API has no
 * `<ckit-provider>` above it, or the provider has neither `base-url` nor `.client`.
 */
export class MissingProviderError extends Error {
  /** Always `'MissingProviderError'`. */
  override name = 'MissingProviderError';

  constructor(tagName: string) {
    super(`<${tagName}> needs the CourseKit API: place it inside <ckit-provider base-url="https://school.example/api/v1">, or set .client on the provider.`);
  }
}

/**
 * Thrown (and reported through `ckit-error`) when an element that shows one course was given
 * neither `course-id` nor `course-slug` (nor a `.course`).
 */
export class MissingCourseError extends Error {
  /** Always `'MissingCourseError'`. */
  override name = 'MissingCourseError';

  constructor(tagName: string) {
    super(`<${tagName}> needs a course: set its course-id or course-slug attribute (for a course page, e.g. from the page's ?slug= parameter).`);
  }
}
