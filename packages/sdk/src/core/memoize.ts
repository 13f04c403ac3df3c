/**
 * One cache for the wrappers the client builds around schemas and validators.
 *
 * @module
 */

/**
 * Caches what `build` makes of each input, held as long as the input is: resources wrap their
 * schema (`resource(Course)`, `paginated(Course)`) on every request, and building the wrapper each
 * time would be wasted work on a hot path.
 */
export function memoize<A extends object, R>(build: (inner: A) => R): (inner: A) => R {
  const cache = new WeakMap<A, R>();
  return (inner) => {
    let built = cache.get(inner);
    if (built === undefined) cache.set(inner, (built = build(inner)));
    return built;
  };
}
