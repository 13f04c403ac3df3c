/**
 * Thrown (and reported through `ckit-error`) when an element that needs the API has no
 * `<ckit-provider>` above it, or the provider has neither `base-url` nor `.client`.
 */
export class MissingProviderError extends Error {
  override name = 'MissingProviderError';

  constructor(tagName: string) {
    super(`<${tagName}> needs the CourseKit API: place it inside <ckit-provider base-url="https://school.example/api/v1">, or set .client on the provider.`);
  }
}
