/**
 * The `coursekit` Trusted Types policy, for the two places CourseKit hands strings to a sink a
 * page requiring Trusted Types guards: the sanitizer's parser (`purify.ts`) and the text of a
 * course page's JSON-LD script. A module of its own, so structured data does not load DOMPurify.
 *
 * @module
 */
import type { Config } from 'dompurify';

/** The Trusted Types policy CourseKit creates; a site's `trusted-types` directive must allow it. */
export const TRUSTED_TYPES_POLICY_NAME = 'coursekit';

export type CoursekitPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScript(input: string): string; createScriptURL(input: string): string }): CoursekitPolicy;
}

/** The policy, by the `trustedTypes` factory that created it: once per page, as a `trusted-types` directive without `'allow-duplicates'` refuses a second policy of the same name. */
const policies = new WeakMap<TrustedTypesFactory, CoursekitPolicy>();

/**
 * The `coursekit` policy, created on first use; `null` where the browser has no Trusted Types.
 * Its HTML strings only reach DOMPurify's inert parser, which runs no script and loads nothing.
 *
 * @throws {TypeError} The page's `trusted-types` directive does not allow `coursekit`.
 */
export function coursekitPolicy(): CoursekitPolicy | null {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (typeof factory?.createPolicy !== 'function') return null;
  let policy = policies.get(factory);
  if (policy) return policy;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (input) => input,
      // Only JSON becomes script text (a course page's JSON-LD, data that never runs): anything else throws.
      createScript: (input) => (JSON.parse(input), input),
      // Nothing that survives sanitizing takes a script URL: course HTML never loads a script.
      createScriptURL: () => {
        throw new TypeError('CourseKit loads no script from course HTML.');
      },
    });
  } catch (error) {
    console.warn(
      `CourseKit: add "${TRUSTED_TYPES_POLICY_NAME}" to the page's trusted-types directive (with 'allow-duplicates' if two copies of CourseKit share the page); until then course HTML shows as plain text.`,
    );
    throw error;
  }
  policies.set(factory, policy);
  return policy;
}

/**
 * `json` as the text of a `<script type="application/ld+json">`: through the `coursekit` policy
 * where Trusted Types exist (a page requiring them refuses plain script text), as is elsewhere.
 *
 * @throws {SyntaxError} `json` is not JSON.
 * @throws {TypeError} The page's `trusted-types` directive does not allow `coursekit`.
 */
export function jsonScriptText(json: string): string {
  const trusted = coursekitPolicy();
  return trusted ? (trusted.createScript(json) as unknown as string) : (JSON.parse(json), json);
}
