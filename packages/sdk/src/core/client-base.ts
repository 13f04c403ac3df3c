import { APIClient, type ClientOptions } from './request.js';
import type { APIResource } from './resource.js';

/** A resource class: built once per client, on first use, from the client's transport. */
export type ResourceClass<R extends APIResource = APIResource> = new (client: APIClient) => R;

/**
 * What every client holds: the transport, the token, and the resources built so far. `CourseKit`
 * extends it with all of its resources; `createClient()` builds one with only the resources a
 * page uses, so a bundler leaves the others (their classes, schemas and wire transforms) out.
 */
export class CourseKitBase {
  /** The transport; exposed for advanced use (custom endpoints through `request()`). */
  readonly http: APIClient;
  readonly #resources = new Map<ResourceClass, APIResource>();

  constructor(options: ClientOptions) {
    this.http = new APIClient(options);
  }

  /** Replaces the in-memory bearer token; `null` signs the client out. Never written to storage. */
  setToken(token: string | null): void {
    this.http.setToken(token);
  }

  /** The client's one instance of `Resource`, built on first use. */
  protected resource<R extends APIResource>(Resource: ResourceClass<R>): R {
    let instance = this.#resources.get(Resource);
    if (!instance) this.#resources.set(Resource, (instance = new Resource(this.http)));
    return instance as R;
  }
}

/** A client with the named resources only: `createClient(options, { courses: Courses })`. */
export type ClientWith<R extends Record<string, ResourceClass>> = CourseKitBase & { readonly [K in keyof R]: InstanceType<R[K]> };

/**
 * Builds a client that carries only the resources you pass, each built on first use. A page
 * that lists courses then ships the `Courses` resource and its schemas, not the other 22.
 * `new CourseKit()` is the same with every resource.
 *
 * @example
 * ```ts
 * import { createClient, Categories, Courses } from '@coursekit/sdk';
 *
 * const ck = createClient({ baseUrl: 'https://school.example/api/v1' }, { courses: Courses, categories: Categories });
 * const { data } = await ck.courses.list({ sort: '-rating' });
 * ```
 */
export function createClient<R extends Record<string, ResourceClass>>(options: ClientOptions, resources: R): ClientWith<R> {
  const client = new CourseKitBase(options);
  for (const [name, Resource] of Object.entries(resources)) {
    Object.defineProperty(client, name, {
      enumerable: true,
      get: () => CourseKitBase.prototype['resource'].call(client, Resource),
    });
  }
  return client as ClientWith<R>;
}
