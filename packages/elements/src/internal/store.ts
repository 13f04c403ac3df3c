/**
 * What every element below one `<ckit-provider>` shares: the SDK client, one request cache,
 * the signed-in session and the wishlist. A provider makes a fresh store whenever its client,
 * locale or session changes, and elements reload because their store changed.
 *
 * @module
 */
import { isAuthenticationError, type CourseKit, type Course, type CourseProgress, type Enrollment, type User } from '@coursekit/sdk';
import { RequestCache } from './request-cache.js';
import { WishlistState } from './wishlist-state.js';

/** How an element looks: fixed light or dark, following the OS (`auto`), or the host page's font and colours (`inherit`). */
export type Theme = 'light' | 'dark' | 'auto' | 'inherit';

/** Options of a `CoursekitStore`. */
export interface CoursekitStoreOptions {
  /** The SDK client every request goes through. */
  client: CourseKit;
  /** Default language of the elements when no `lang` attribute applies. */
  locale?: string | undefined;
  /** ISO 4217 currency prices are shown in. */
  currency: string;
  /**
   * Whether a signed-in session may exist that the client holds no bearer token for (cookie
   * auth, or a client built by the host). When `false` and the client has no token, the store
   * knows the visitor is anonymous without asking the server.
   */
  ambientSession: boolean;
}

/** Relations a course is loaded with, so a card and a course page can share one request. */
const COURSE_INCLUDES = ['category', 'instructors', 'media', 'tags'] as const;

/** Shared data access for the elements below one provider. */
export class CoursekitStore {
  /** The SDK client. */
  readonly client: CourseKit;
  /** Default language of the elements when no `lang` attribute applies. */
  readonly locale: string | undefined;
  /** ISO 4217 currency prices are shown in. */
  readonly currency: string;
  /** The signed-in user's wishlist, shared by every wishlist button and list. */
  readonly wishlist: WishlistState;
  readonly #cache = new RequestCache(60_000);
  readonly #ambientSession: boolean;

  constructor(options: CoursekitStoreOptions) {
    this.client = options.client;
    this.locale = options.locale;
    this.currency = options.currency;
    this.#ambientSession = options.ambientSession;
    this.wishlist = new WishlistState(this);
  }

  /** Runs `load` once for every caller asking for `key` at the same time or within a minute. */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.#cache.get(key, load);
  }

  /** Forgets cached results whose key starts with `prefix`, so the next request goes to the server. */
  invalidate(prefix = ''): void {
    this.#cache.invalidate(prefix);
  }

  /** The signed-in user (`GET /me`), or `null` for an anonymous visitor. */
  session(): Promise<User | null> {
    if (!this.#ambientSession && !this.client.http.hasToken()) return Promise.resolve(null);
    return this.cached('me', async () => {
      try {
        return await this.client.me.retrieve();
      } catch (error) {
        if (isAuthenticationError(error)) return null;
        throw error;
      }
    });
  }

  /** A course by id or slug, with its category, instructors, media and tags. */
  course(idOrSlug: number | string): Promise<Course> {
    return this.cached(`course:${idOrSlug}`, () => this.client.courses.retrieve(idOrSlug, { include: [...COURSE_INCLUDES] }));
  }

  /** The signed-in user's active and completed enrollments by course id; empty for an anonymous visitor. */
  enrollments(): Promise<ReadonlyMap<number, Enrollment>> {
    return this.cached('enrollments', async () => {
      const byCourse = new Map<number, Enrollment>();
      if (!(await this.session())) return byCourse;
      for await (const enrollment of this.client.enrollments.list({ per_page: 100 })) {
        // Refunded and cancelled enrollments no longer give access: no progress to show.
        if (enrollment.status === 'active' || enrollment.status === 'completed') byCourse.set(enrollment.course_id, enrollment);
      }
      return byCourse;
    });
  }

  /** The signed-in user's progress through a course they are enrolled in. */
  progress(courseId: number): Promise<CourseProgress> {
    return this.cached(`progress:${courseId}`, () => this.client.progress.retrieve(courseId));
  }
}
